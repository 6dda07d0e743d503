import Foundation

/// Bytes → Swift string: UTF-8 by default, or the charset a BOM or an HTML `<meta>` declares.
/// Invalid bytes never stop ingest: they become U+FFFD and are reported as a warning.
public enum TextDecoding {
    public struct Result: Sendable {
        public var text: String
        /// The charset actually used (lower-case IANA name).
        public var charset: String
        /// Human-readable problems, e.g. "12 invalid UTF-8 sequences replaced".
        public var warnings: [String]
    }

    /// How far into an HTML page to look for a charset declaration (the HTML standard says 1024;
    /// real pages put long `<script>` blocks first, so look further).
    static let sniffLength = 8192

    public static func decode(_ bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...], declared: "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let data = Data(bytes)
            if let text = String(data: data, encoding: .utf16) {
                return Result(text: text, charset: "utf-16", warnings: [])
            }
        }
        let declared = declaredCharset(bytes)
        if let declared, let encoding = foundationEncoding(declared), encoding != .utf8 {
            if let text = String(data: Data(bytes), encoding: encoding) {
                return Result(text: text, charset: declared, warnings: [])
            }
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Result(text: text, charset: "utf-8", warnings: [])
        }
        if declared == nil || declared == "utf-8" {
            // Undeclared and not UTF-8: most such pages are Windows-1252, as browsers assume.
            if declared == nil, let text = String(data: Data(bytes), encoding: .windowsCP1252) {
                return Result(text: text, charset: "windows-1252",
                              warnings: ["not valid UTF-8 and no charset declared; read as windows-1252"])
            }
        }
        return decodeUTF8(bytes[...], declared: declared ?? "utf-8")
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, declared: String) -> Result {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Result(text: text, charset: "utf-8", warnings: [])
        }
        var invalid = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        let note = declared == "utf-8" ? "" : " (declared \(declared), which Muster cannot decode)"
        return Result(text: String(scalars), charset: "utf-8",
                      warnings: ["\(invalid) invalid UTF-8 sequence\(invalid == 1 ? "" : "s") replaced\(note)"])
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">`
    /// near the top of the page, lower-cased; nil when there is none.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(sniffLength)
        let lowered = head.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let needle = Array("charset=".utf8)
        guard lowered.count > needle.count else { return nil }
        var index = 0
        while index <= lowered.count - needle.count {
            if lowered[index] == needle[0], lowered[index..<index + needle.count].elementsEqual(needle) {
                var start = index + needle.count
                while start < lowered.count, lowered[start] == 34 || lowered[start] == 39 || lowered[start] == 32 {
                    start += 1
                }
                var end = start
                while end < lowered.count, isCharsetByte(lowered[end]) { end += 1 }
                if end > start {
                    return normalise(String(decoding: lowered[start..<end], as: UTF8.self))
                }
            }
            index += 1
        }
        return nil
    }

    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 95 || byte == 58 || byte == 46
    }

    private static func normalise(_ name: String) -> String {
        switch name {
        case "utf8", "unicode-1-1-utf-8": return "utf-8"
        case "latin1", "iso8859-1", "iso_8859-1", "us-ascii", "ascii", "cp1252": return "windows-1252"
        default: return name
        }
    }

    static func foundationEncoding(_ charset: String) -> String.Encoding? {
        switch charset {
        case "utf-8": return .utf8
        // Browsers read ISO-8859-1 and ASCII labels as Windows-1252; so do we.
        case "windows-1252", "iso-8859-1": return .windowsCP1252
        case "windows-1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        case "iso-8859-2", "latin2": return .isoLatin2
        case "shift_jis", "shift-jis", "sjis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "utf-16": return .utf16
        default: return nil
        }
    }
}
