import MusterCore

/// One JSON object per line, keys in the order of spec/claims.md.
enum JSONLines {
    static func encode(_ value: some JSONRepresentable) -> String {
        value.json.serialized()
    }
}
