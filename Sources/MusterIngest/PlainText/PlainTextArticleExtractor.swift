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
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var content = TextLine.trimmed(Substring(rawLine))
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

        let kinds = lines.map(LineClassifier.classify)
        let layout = ArticleLayout(lines: lines, kinds: kinds)
        // Paragraphs keep the page's own spacing: blank-line separated pages give "\n\n",
        // one-paragraph-per-line pastes give "\n".
        let separator = sawBlankBetween ? "\n\n" : "\n"
        let body = layout.kept.map { lines[$0].text }.joined(separator: separator)
        return ArticleExtraction(title: layout.title, published: storeDay ?? layout.published,
                                 tags: layout.tags, text: body, language: layout.language)
    }
}
