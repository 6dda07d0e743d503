import CLibXML2

/// Byte-level helpers over libxml2 nodes: no copies, no `String` until a value is kept.
enum XMLBytes {
    /// The value of an attribute as libxml2 stores it (entities already decoded), or nil.
    @inline(__always)
    static func value(of attribute: UnsafeMutablePointer<xmlAttr>) -> UnsafePointer<xmlChar>? {
        guard let child = attribute.pointee.children, let content = child.pointee.content else { return nil }
        return UnsafePointer(content)
    }

    /// Whether the NUL-terminated `bytes` equal the ASCII `literal`, ignoring ASCII case.
    @inline(__always)
    static func equalsIgnoringCase(_ bytes: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for index in 0..<count {
            let byte = bytes[index]
            if byte == 0 || lower(byte) != lower(expected[index]) { return false }
        }
        return bytes[count] == 0
    }

    /// Whether `bytes` start with the ASCII `literal`, ignoring ASCII case.
    @inline(__always)
    static func hasPrefixIgnoringCase(_ bytes: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let expected = literal.utf8Start
        for index in 0..<literal.utf8CodeUnitCount {
            let byte = bytes[index]
            if byte == 0 || lower(byte) != lower(expected[index]) { return false }
        }
        return true
    }

    /// Whether `bytes`, with spaces removed and lower-cased, contain `literal` (for inline styles).
    static func containsIgnoringSpaces(_ bytes: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let expected = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        var start = 0
        while bytes[start] != 0 {
            var matched = 0
            var index = start
            while matched < count {
                let byte = bytes[index]
                if byte == 0 { break }
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 { index += 1; continue }
                if lower(byte) != lower(expected[matched]) { break }
                matched += 1
                index += 1
            }
            if matched == count { return true }
            start += 1
        }
        return false
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }

    /// A C string as a Swift string with whitespace collapsed and trimmed.
    static func collapsedString(_ bytes: UnsafePointer<xmlChar>) -> String {
        var buffer = TextBuffer()
        buffer.appendInline(bytes)
        return buffer.string()
    }
}
