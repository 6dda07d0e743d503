/// Finds the attributes of a start tag that the extractor never reads, so the pre-parse pass
/// can cut them. libxml2 allocates three blocks per attribute (the attribute, its text node and
/// the value); news pages carry long `srcset`, `data-*` and tracking attributes by the dozen.
/// The tag syntax is read the way `RawTextStripper.endOfTag` reads it (quotes open only after
/// `=`), and nothing is cut from a value whose closing quote is missing.
enum AttributeFilter {
    /// Calls `drop(start, end)` for each unwanted attribute in `base[start..<tagEnd]`, in order.
    static func unwanted(_ base: UnsafePointer<UInt8>, from start: Int, to tagEnd: Int,
                         drop: (Int, Int) -> Void) {
        var position = start
        while position < tagEnd {
            let byte = base[position]
            if XMLBytes.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") {
                position += 1
                continue
            }
            let nameStart = position
            while position < tagEnd, !XMLBytes.isSpace(base[position]), base[position] != UInt8(ascii: "="),
                  base[position] != UInt8(ascii: "/") {
                position += 1
            }
            let nameEnd = position
            var cursor = position
            while cursor < tagEnd && XMLBytes.isSpace(base[cursor]) { cursor += 1 }
            if cursor < tagEnd && base[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < tagEnd && XMLBytes.isSpace(base[cursor]) { cursor += 1 }
                if cursor < tagEnd && (base[cursor] == 0x22 || base[cursor] == 0x27) {
                    let quote = base[cursor]
                    cursor += 1
                    while cursor < tagEnd && base[cursor] != quote { cursor += 1 }
                    guard cursor < tagEnd else { return } // unclosed quote: leave the rest alone
                    cursor += 1
                } else {
                    while cursor < tagEnd && !XMLBytes.isSpace(base[cursor]) { cursor += 1 }
                }
                position = cursor
            }
            if !isWanted(base + nameStart, nameEnd - nameStart) { drop(nameStart, position) }
        }
    }

    /// The attributes `NodeTable` reads (class, id, role, style, hidden, aria-hidden, itemprop,
    /// rel, lang, name, property, content, http-equiv, datetime, type).
    @inline(__always)
    static func isWanted(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        func equals(_ literal: StaticString) -> Bool {
            let expected = literal.utf8Start
            for offset in 0..<length where XMLBytes.lower(name[offset]) != expected[offset] { return false }
            return true
        }
        switch length {
        case 2: return equals("id")
        case 3: return equals("rel")
        case 4: return equals("lang") || equals("name") || equals("role") || equals("type")
        case 5: return equals("class") || equals("style")
        case 6: return equals("hidden")
        case 7: return equals("content")
        case 8: return equals("itemprop") || equals("property") || equals("datetime")
        case 10: return equals("http-equiv")
        case 11: return equals("aria-hidden")
        default: return false
        }
    }
}
