import CLibXML2
import MusterCore

/// HTML page → article body and metadata, with libxml2's HTML parser: one parse, one walk that
/// records every element and the metadata signals, then readability-style scoring on those
/// records and one walk over the chosen containers to write the text.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    public func extract(html: String, url: String? = nil) -> ArticleExtraction {
        guard let document = HTMLDocument(html: html) else { return ArticleExtraction(text: "") }
        return withExtendedLifetime(document) {
            let table = NodeTable(document: document.pointer)
            let linkedData = JSONLinkedData(scripts: table.signals.jsonLD)
            let metadata = PageMetadata(signals: table.signals, linkedData: linkedData, url: url)
            var text = BodyExtraction(records: table.records, title: metadata.title).text()
            // Pages rendered by script carry the story only in JSON-LD: prefer it when the page
            // body came out much shorter than what the page declares as its article.
            if let declared = linkedData.articleBody.map(LinkedDataText.plain),
               declared.utf8.count >= LinkedDataText.minimumLength, declared.utf8.count > 2 * text.utf8.count {
                text = declared
            }
            return ArticleExtraction(title: metadata.title, published: metadata.published, tags: metadata.tags,
                                     text: text, language: metadata.language)
        }
    }
}
