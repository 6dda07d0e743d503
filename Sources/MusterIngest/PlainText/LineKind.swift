import MusterCore

/// What a line of pasted text is, judged from the line alone (position comes later, in
/// `ArticleLayout`).
enum LineKind: Equatable, Sendable {
    /// Candidate article text: a paragraph, a headline, a subheading, a standfirst.
    case text
    /// A line that is only a date (and clock time, weekday, "Published:").
    case date(Day)
    /// Author line, possibly with the publication date in it.
    case byline(Day?)
    /// A picture or source credit ("Getty Images", "Photo: Reuters"): the short lines beside it
    /// are its caption.
    case credit
    /// Introduces a list of related-article links.
    case relatedMarker
    /// Anything else the page prints around the article: counters, breadcrumbs, prompts,
    /// credits, captions, ids.
    case chrome

    var isText: Bool { self == .text }
}
