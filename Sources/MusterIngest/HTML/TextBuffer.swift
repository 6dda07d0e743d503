/// Article text built as UTF-8 bytes: inline whitespace collapsed, blocks turned into
/// paragraph breaks ("\n\n"), `<br>` into line breaks, nothing trailing.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    /// 0 none, 1 line break, 2 paragraph break; applied before the next visible byte.
    private var pendingBreak: UInt8 = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    mutating func breakParagraph() { pendingBreak = 2 }

    /// Two `<br>` in a row end a paragraph, as they do visually.
    mutating func breakLine() { pendingBreak = pendingBreak == 0 ? 1 : 2 }

    mutating func space() { pendingSpace = true }

    /// Appends a NUL-terminated run of text, collapsing whitespace (and no-break spaces).
    mutating func appendInline(_ text: UnsafePointer<UInt8>) {
        var index = 0
        while true {
            let byte = text[index]
            if byte == 0 { return }
            if byte == 32 || (byte >= 9 && byte <= 13) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2 && text[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if pendingBreak != 0 || pendingSpace {
                if !bytes.isEmpty {
                    if pendingBreak == 2 {
                        bytes.append(10); bytes.append(10)
                    } else if pendingBreak == 1 {
                        bytes.append(10)
                    } else {
                        bytes.append(32)
                    }
                }
                pendingBreak = 0
                pendingSpace = false
            }
            bytes.append(byte)
            index += 1
        }
    }

    /// Drops everything from `offset` on (used to take back a paragraph that turned out to be
    /// the headline).
    mutating func truncate(to offset: Int) {
        if offset < bytes.count { bytes.removeSubrange(offset...) }
    }

    /// Whether the text from `offset` on is a rights notice: it contains "©" or
    /// "all rights reserved" (any case).
    func isRightsNotice(from offset: Int) -> Bool {
        let needle = Array("all rights reserved".utf8)
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA9 { return true }
            if byte | 0x20 == needle[0] && index + needle.count <= bytes.count {
                var matched = 1
                while matched < needle.count && bytes[index + matched] | 0x20 == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    func string() -> String { String(decoding: bytes, as: UTF8.self) }

    func string(from offset: Int) -> String { String(decoding: bytes[offset...], as: UTF8.self) }
}
