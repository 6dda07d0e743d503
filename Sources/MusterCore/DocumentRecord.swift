/// The first line of `muster extract --format jsonl`: what a document is, before its claims.
public struct DocumentRecord: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var published: Day?
    public var language: String?
    public var tags: [String]
    /// The article body, boilerplate removed; paragraphs separated by a blank line.
    public var text: String

    public init(id: String, title: String? = nil, published: Day? = nil, language: String? = "en",
                tags: [String] = [], text: String) {
        self.id = id
        self.title = title
        self.published = published
        self.language = language
        self.tags = tags
        self.text = text
    }
}

extension DocumentRecord: Decodable {
    private enum Keys: String, CodingKey { case type, id, title, published, language, tags, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            title: try c.decodeIfPresent(String.self, forKey: .title),
            published: try c.decodeIfPresent(Day.self, forKey: .published),
            language: try c.decodeIfPresent(String.self, forKey: .language),
            tags: try c.decodeIfPresent([String].self, forKey: .tags) ?? [],
            text: try c.decode(String.self, forKey: .text))
    }

}
