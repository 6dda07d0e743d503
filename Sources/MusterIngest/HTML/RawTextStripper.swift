import Glibc

/// Cuts `<script>` (except JSON-LD), `<style>`, inline `<svg>` and comments out of the page bytes before
/// libxml2 sees them. They are over half the bytes of a typical news page, libxml2 reads them a
/// character at a time, and none of them is ever article text; a `memchr`-driven scan removes
/// them at memory speed. Tags are skipped quote-aware, so a `<script>` inside an attribute value
/// is left alone; when in doubt the scanner keeps bytes, it never drops text outside these.
/// Attributes the extractor never reads (`href`, `src`, `srcset`, `data-*`…) are cut from the
/// other tags too (see `AttributeFilter`): fewer attributes, fewer allocations in libxml2.
enum RawTextStripper {
    static func strip(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let base = input.baseAddress else { return [] }
        let count = input.count
        var output = [UInt8]()
        output.reserveCapacity(count)
        var copyStart = 0
        var index = 0

        func flush(upTo end: Int, resumeAt resume: Int) {
            if end > copyStart { output.append(contentsOf: UnsafeBufferPointer(start: base + copyStart, count: end - copyStart)) }
            copyStart = resume
        }

        while index < count {
            guard let found = memchr(base + index, 0x3C, count - index) else { break }
            let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            index = open + 1
            guard index < count else { break }
            let next = base[index]
            if next == 0x21 { // "<!"
                if index + 2 < count && base[index + 1] == 0x2D && base[index + 2] == 0x2D {
                    let end = find(base, count, from: index + 3, "-->").map { $0 + 3 } ?? count
                    flush(upTo: open, resumeAt: end)
                    index = end
                }
                continue
            }
            guard isLetter(next) else { continue }
            var nameEnd = index
            while nameEnd < count && isNameByte(base[nameEnd]) { nameEnd += 1 }
            let tagEnd = endOfTag(base, count, from: nameEnd)
            let length = nameEnd - index
            let isScript = matches(base + index, length, "script")
            let closer: StaticString
            if isScript {
                closer = "</script"
            } else if matches(base + index, length, "style") {
                closer = "</style"
            } else if matches(base + index, length, "svg") {
                closer = "</svg"
            } else {
                if tagEnd < count {
                    AttributeFilter.unwanted(base, from: nameEnd, to: tagEnd) { start, end in
                        flush(upTo: start, resumeAt: end)
                    }
                }
                index = tagEnd
                continue
            }
            // A self-closing `<svg/>` or a tag cut off by the end of the page has no body.
            guard tagEnd < count, base[tagEnd - 1] != UInt8(ascii: "/") else {
                index = tagEnd
                continue
            }
            let close = findIgnoringCase(base, count, from: tagEnd + 1, closer)
            let end = close.map { min(count, endOfTag(base, count, from: $0 + closer.utf8CodeUnitCount) + 1) } ?? count
            if isScript && find(base, tagEnd, from: nameEnd, "ld+json") != nil {
                index = end // keep JSON-LD: it carries the metadata
                continue
            }
            flush(upTo: open, resumeAt: end)
            index = end
        }
        flush(upTo: count, resumeAt: count)
        return output
    }

    /// Index of the `>` that ends the tag whose attributes start at `start`, honouring quoted
    /// attribute values; `count` when the page ends first.
    private static func endOfTag(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
        var index = start
        var quote: UInt8 = 0
        var afterEquals = false
        while index < count {
            let byte = base[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x3E {
                return index
            } else if (byte == 0x22 || byte == 0x27) && afterEquals {
                quote = byte
            }
            if quote == 0 && !XMLBytes.isSpace(byte) { afterEquals = byte == 0x3D }
            index += 1
        }
        return count
    }

    private static func find(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int,
                             _ needle: StaticString) -> Int? {
        let length = needle.utf8CodeUnitCount
        guard length > 0, start + length <= count else { return nil }
        let first = Int32(needle.utf8Start[0])
        var index = start
        while index + length <= count {
            guard let found = memchr(base + index, first, count - index - length + 1) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle.utf8Start, length) == 0 { return position }
            index = position + 1
        }
        return nil
    }

    /// Like `find`, ignoring ASCII case after the first byte (which is always `<`).
    private static func findIgnoringCase(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int,
                                         _ needle: StaticString) -> Int? {
        let length = needle.utf8CodeUnitCount
        var index = start
        while index + length <= count {
            guard let found = memchr(base + index, 0x3C, count - index - length + 1) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if matches(base + position, length, needle) { return position }
            index = position + 1
        }
        return nil
    }

    private static func matches(_ bytes: UnsafePointer<UInt8>, _ length: Int, _ literal: StaticString) -> Bool {
        guard length == literal.utf8CodeUnitCount else { return false }
        for offset in 0..<length where XMLBytes.lower(bytes[offset]) != literal.utf8Start[offset] { return false }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A
    }
}
