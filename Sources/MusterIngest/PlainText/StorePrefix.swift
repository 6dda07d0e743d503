import MusterCore

/// The prefix a page store writes before the pasted text: " date 2025-09-04 First words…".
/// It is metadata, not article text: its day is the publication date and the rest of the
/// line is the article's first line.
enum StorePrefix {
    /// Splits `line` into the stored day and the rest when it opens with the prefix.
    static func split(_ line: Substring) -> (day: Day, rest: Substring)? {
        let trimmed = TextLine.trimmed(line)
        let bytes = trimmed.utf8
        guard bytes.starts(with: Array("date ".utf8)) else { return nil }
        let isoStart = bytes.index(bytes.startIndex, offsetBy: 5)
        guard bytes.distance(from: isoStart, to: bytes.endIndex) >= 10 else { return nil }
        let isoEnd = bytes.index(isoStart, offsetBy: 10)
        guard let day = Day(iso: Substring(bytes[isoStart..<isoEnd])) else { return nil }
        // The ISO day must stand alone: "date 2025-09-041" is not a prefix.
        if isoEnd < bytes.endIndex, bytes[isoEnd] != 0x20, bytes[isoEnd] != 0x09 { return nil }
        return (day, TextLine.trimmed(Substring(bytes[isoEnd...])))
    }
}
