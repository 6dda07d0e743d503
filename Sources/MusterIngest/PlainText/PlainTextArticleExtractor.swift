import MusterCore

/// Text copied from a web page → article body and metadata, with the site chrome that survives
/// copy-paste removed: each line is cleaned of inline credits, classified on its own
/// (`LineClassifier`), then read by position (`ArticleLayout`).
public struct PlainTextArticleExtractor: Sendable {
    public init() {}

    public func extract(text: String) -> ArticleExtraction {
        var storeDay: Day?
        var lines: [TextLine] = []
        var sawBlankBetween = false
        var pendingBlank = false
        for rawLine in Self.lines(of: text) {
            var content = TextLine.trimmed(rawLine)
            if content.isEmpty {
                pendingBlank = true
                continue
            }
            if lines.isEmpty, storeDay == nil, let prefix = StorePrefix.split(content) {
                storeDay = prefix.day
                content = prefix.rest
            }
            let stripped = InlineCredits.stripping(content)
            content = TextLine.trimmed(stripped.text)
            if content.isEmpty || stripped.isCaption { continue }
            if pendingBlank, !lines.isEmpty { sawBlankBetween = true }
            pendingBlank = false
            lines.append(TextLine(content))
        }

        let kinds = TableRows.keepingTables(lines, lines.map(LineClassifier.classify))
        let layout = ArticleLayout(lines: lines, kinds: kinds)
        // Paragraphs keep the page's own spacing: blank-line separated pages give "\n\n",
        // one-paragraph-per-line pastes give "\n".
        let separator = sawBlankBetween ? "\n\n" : "\n"
        let body = layout.kept.map { lines[$0].text }.joined(separator: separator)
        return ArticleExtraction(title: layout.title, published: storeDay ?? layout.published,
                                 tags: layout.tags, text: body, language: layout.language)
    }

    /// Lines ended by LF, CRLF or a lone CR (old Mac pastes), as substrings of `text`.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Substring(bytes[start..<index]))
                var next = bytes.index(after: index)
                if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        lines.append(Substring(bytes[start..<bytes.endIndex]))
        return lines
    }
}
