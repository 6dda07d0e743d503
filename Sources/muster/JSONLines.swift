import Foundation

/// One encoder configured for the claim format: compact, slashes unescaped, keys in the order
/// the types write them (document and claim records read like spec/claims.md).
enum JSONLines {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
