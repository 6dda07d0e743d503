/// A text cut into runs, some of them marked, so a template can escape every run and wrap the
/// marked ones in <mark> without ever emitting unescaped document text.
struct TextRun {
    var text: String
    var marked: Bool
    var claimID: Int64?

    var context: [String: Any] {
        var out: [String: Any] = ["text": text, "marked": marked]
        if let claimID { out["claimID"] = claimID }
        return out
    }
}

enum Highlighting {
    /// Runs of `text` with the first occurrence of each quote marked. Quotes that do not occur
    /// or that overlap an earlier mark are left unmarked.
    static func runs(_ text: String, quotes: [(quote: String, claimID: Int64?)]) -> [TextRun] {
        var spans: [(range: Range<String.Index>, claimID: Int64?)] = []
        for (quote, claimID) in quotes where !quote.isEmpty {
            guard let range = text.range(of: quote) else { continue }
            if spans.contains(where: { $0.range.overlaps(range) }) { continue }
            spans.append((range, claimID))
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var runs: [TextRun] = []
        var cursor = text.startIndex
        for span in spans {
            if cursor < span.range.lowerBound {
                runs.append(TextRun(text: String(text[cursor..<span.range.lowerBound]), marked: false))
            }
            runs.append(TextRun(text: String(text[span.range]), marked: true, claimID: span.claimID))
            cursor = span.range.upperBound
        }
        if cursor < text.endIndex { runs.append(TextRun(text: String(text[cursor...]), marked: false)) }
        return runs
    }

    /// The paragraph (text between blank lines or line breaks) around `quote`, with the quote
    /// marked; the quote alone when the document does not contain it.
    static func excerpt(of text: String, around quote: String) -> [TextRun] {
        guard let range = text.range(of: quote) else { return [TextRun(text: quote, marked: true)] }
        let start = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let end = text[range.upperBound...].firstIndex(of: "\n") ?? text.endIndex
        return runs(String(text[start..<end]), quotes: [(quote, nil)])
    }

    /// Splits a search snippet whose matches are wrapped in \u{1}…\u{2} into runs.
    static func snippet(_ text: String) -> [TextRun] {
        var runs: [TextRun] = []
        var current = ""
        var marked = false
        for character in text {
            if character == "\u{1}" || character == "\u{2}" {
                if !current.isEmpty { runs.append(TextRun(text: current, marked: marked)) }
                current = ""
                marked = character == "\u{1}"
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { runs.append(TextRun(text: current, marked: marked)) }
        return runs
    }
}
