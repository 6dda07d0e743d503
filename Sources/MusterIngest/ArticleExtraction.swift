import MusterCore

/// What the HTML and plain-text extractors find in a page: the article and its metadata.
public struct ArticleExtraction: Hashable, Sendable {
    public var title: String?
    public var published: Day?
    public var tags: [String]
    /// The article body; paragraphs (and headings) separated by a blank line ("\n\n").
    public var text: String
    public var language: String?

    public init(title: String? = nil, published: Day? = nil, tags: [String] = [], text: String,
                language: String? = nil) {
        self.title = title
        self.published = published
        self.tags = tags
        self.text = text
        self.language = language
    }
}
