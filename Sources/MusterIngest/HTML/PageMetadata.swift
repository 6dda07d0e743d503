import MusterCore

/// Title, publication day, tags and language from the signals gathered in the walk, each from
/// its sources in order of trust.
struct PageMetadata {
    var title: String?
    var published: Day?
    var tags: [String]
    var language: String?

    init(signals: PageSignals, linkedData: JSONLinkedData, url: String?) {
        func meta(_ keys: String...) -> String? {
            for key in keys {
                if let found = signals.metas.first(where: { $0.key == key && !$0.value.isEmpty }) {
                    return found.value
                }
            }
            return nil
        }
        let siteName = meta("og:site_name", "application-name")
        let rawTitle = linkedData.headline ?? meta("og:title", "twitter:title") ?? signals.firstHeading
            ?? signals.titleElement
        title = rawTitle.map { TitleCleaning.clean(Self.collapse($0), siteName: siteName) }.flatMap {
            $0.isEmpty ? nil : $0
        }

        let dateSources: [String?] = [
            linkedData.datePublished,
            meta("article:published_time", "og:article:published_time", "datepublished"),
            meta("pubdate", "publishdate", "publish-date", "publish_date"),
            meta("date"),
            meta("dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dc.date.created"),
        ] + signals.timeDatetimes.map { Optional($0) }
        published = dateSources.lazy.compactMap { $0.flatMap(DateSniffing.day(in:)) }.first
        if published == nil, let url { published = DateSniffing.dayInURL(url) }

        var tags: [String] = []
        var seen = Set<String>()
        let candidates = signals.metas.filter { $0.key == "article:tag" }.flatMap {
            $0.value.split(separator: ",").map(String.init)
        } + linkedData.keywords + signals.tagLinks
        for candidate in candidates {
            let tag = Self.collapse(candidate)
            guard Self.isTag(tag), seen.insert(tag.lowercased()).inserted else { continue }
            tags.append(tag)
        }
        self.tags = tags
        language = signals.language
            ?? meta("og:locale", "content-language", "dc.language", "language").flatMap(Self.languageCode)
    }

    /// Publishing systems put internal markers among the keywords ("@post-id:123",
    /// "_no-apple-news", "type_news", "False"); a tag is a word or phrase for people.
    static func isTag(_ tag: String) -> Bool {
        guard !tag.isEmpty, tag.utf8.count <= 60, let first = tag.utf8.first else { return false }
        if first == UInt8(ascii: "@") || first == UInt8(ascii: "_") || first == UInt8(ascii: "/") { return false }
        if tag.utf8.contains(UInt8(ascii: "_")) || tag.utf8.contains(UInt8(ascii: ":")) { return false }
        let lowered = tag.lowercased()
        if lowered == "true" || lowered == "false" || lowered == "null" { return false }
        return !tag.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// "en_GB", "de-DE", "fr" → two-letter lower-case code; nil for anything else.
    static func languageCode(_ value: String) -> String? {
        let letters = Array(value.utf8.prefix(3))
        guard letters.count >= 2 else { return nil }
        let first = XMLBytes.lower(letters[0])
        let second = XMLBytes.lower(letters[1])
        guard (97...122).contains(first), (97...122).contains(second) else { return nil }
        if letters.count == 3 && letters[2] != UInt8(ascii: "-") && letters[2] != UInt8(ascii: "_") { return nil }
        return String(decoding: [first, second], as: UTF8.self)
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
