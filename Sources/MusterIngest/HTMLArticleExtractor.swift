import CLibXML2
import MusterCore

/// HTML page → article body and metadata, with libxml2's HTML parser.
/// (Placeholder body: being replaced by the real extractor.)
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    public func extract(html: String, url: String? = nil) -> ArticleExtraction {
        ArticleExtraction(text: "")
    }
}
