import Foundation

/// The article fields of a page's JSON-LD (`<script type="application/ld+json">`): the first
/// object typed as an article (or, failing that, the first with a headline).
struct JSONLinkedData {
    var headline: String?
    var datePublished: String?
    var keywords: [String] = []
    var articleBody: String?

    init(scripts: [String]) {
        var fallback: [String: Any]?
        for script in scripts {
            guard let root = Self.parse(script) else { continue }
            var objects: [[String: Any]] = []
            Self.collect(root, into: &objects, depth: 0)
            for object in objects {
                if Self.isArticle(object) {
                    fill(from: object)
                    return
                }
                if fallback == nil, object["headline"] is String { fallback = object }
            }
        }
        if let fallback { fill(from: fallback) }
    }

    private mutating func fill(from object: [String: Any]) {
        headline = (object["headline"] as? String).flatMap(Self.nonEmpty)
        datePublished = (object["datePublished"] as? String) ?? (object["dateCreated"] as? String)
        articleBody = (object["articleBody"] as? String).flatMap(Self.nonEmpty)
        if let words = object["keywords"] as? String {
            keywords = words.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        } else if let words = object["keywords"] as? [Any] {
            keywords = words.compactMap { $0 as? String }
        }
        keywords = keywords.map(EntityDecoding.decode).filter { !$0.isEmpty }
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = EntityDecoding.decode(text).trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Raw control characters inside strings are common in hand-made JSON-LD and make the JSON
    /// invalid; outside strings they are whitespace anyway, so they become spaces.
    private static func parse(_ script: String) -> Any? {
        var bytes = Array(script.utf8)
        for index in bytes.indices where bytes[index] < 0x20 { bytes[index] = 0x20 }
        return try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// Objects at the top level, in arrays, in `@graph` and as `mainEntity`.
    private static func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for element in array { collect(element, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let type = object["@type"] as? String {
            types = [type]
        } else if let list = object["@type"] as? [Any] {
            types = list.compactMap { $0 as? String }
        } else {
            return false
        }
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "ReportageNews"
            || $0 == "LiveBlogPosting" || $0 == "Report" || $0 == "SocialMediaPosting" }
    }
}
