import MusterCore

/// Text copied from a web page → article body and metadata, with the site chrome that survives
/// copy-paste removed. (Placeholder body: being replaced by the real extractor.)
public struct PlainTextArticleExtractor: Sendable {
    public init() {}

    public func extract(text: String) -> ArticleExtraction {
        ArticleExtraction(text: text)
    }
}
