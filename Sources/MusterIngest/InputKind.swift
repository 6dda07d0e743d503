/// Whether input is an HTML page or plain text. Decided from the bytes, never the file name,
/// because pasted pages are saved as `.txt` and HTML arrives on standard input.
public enum InputKind: String, Sendable, Codable {
    case html
    case text

    /// HTML if, after optional whitespace and BOM, the input opens with a doctype, a comment,
    /// an XML declaration or one of the document-level tags; or if tags are dense near the top.
    public static func detect(_ text: String) -> InputKind {
        var head = Substring(text.prefix(4096))
        while let first = head.first, first.isWhitespace || first == "\u{FEFF}" { head = head.dropFirst() }
        let lowered = head.prefix(64).lowercased()
        for opener in ["<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<title", "<div", "<article", "<p>", "<p "]
        where lowered.hasPrefix(opener) {
            return .html
        }
        var tags = 0
        var index = head.utf8.startIndex
        let bytes = head.utf8
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "<") {
                let next = bytes.index(after: index)
                if next < bytes.endIndex {
                    let byte = bytes[next] | 0x20
                    if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || bytes[next] == UInt8(ascii: "/") {
                        tags += 1
                    }
                }
            }
            index = bytes.index(after: index)
        }
        return tags >= 8 ? .html : .text
    }
}
