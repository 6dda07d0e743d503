import CLibXML2

/// The HTML elements the extractor treats differently, recognised from libxml2's element name
/// bytes (the HTML parser lower-cases them). Everything else is `.other` and behaves as inline.
enum TagKind: UInt8, Sendable {
    case other
    // Never walked: their text is never article text.
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio
    case select, textarea, button, input, option, label, dialog, map
    // Page structure and chrome.
    case html, head, body, title, meta, link, base
    case nav, aside, header, footer, form, fieldset, figcaption, figure, menu, address, details, summary
    // Content blocks.
    case article, main, section, div, p, pre, blockquote, center, hgroup
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, caption, thead, tbody, tfoot, tr, td, th
    // Inline elements that matter.
    case a, br, hr, img, time, span, picture, source, sup

    /// Subtrees never walked: they hold code, media or controls rather than prose.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
             .video, .audio, .select, .textarea, .button, .input, .option, .dialog, .map, .source:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new line of text: their text is a paragraph of its own.
    var isBlock: Bool {
        switch self {
        case .html, .body, .nav, .aside, .header, .footer, .form, .fieldset, .figcaption, .figure, .menu,
             .address, .details, .summary, .article, .main, .section, .div, .p, .pre, .blockquote, .center,
             .hgroup, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .caption, .thead,
             .tbody, .tfoot, .tr, .td, .th, .hr, .head, .title, .label:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Blocks that are themselves a paragraph (readability's "tags to score"): their text scores
    /// their parent. Other blocks with loose text are containers whose text scores themselves.
    var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .td, .th, .li, .dd, .dt, .blockquote, .h2, .h3, .h4, .h5, .h6, .address, .caption:
            return true
        default:
            return false
        }
    }

    /// Readability's starting score for a container, by what kind of element it is.
    var baseScore: Float {
        switch self {
        case .div, .article, .main: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }

    static func of(_ name: UnsafePointer<xmlChar>) -> TagKind {
        lookup[NameKey.make(name)] ?? .other
    }

    private static let lookup: KeyTable<TagKind> = {
        let names: [(String, TagKind)] = [
            ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template),
            ("svg", .svg), ("math", .math), ("iframe", .iframe), ("object", .object), ("embed", .embed),
            ("canvas", .canvas), ("video", .video), ("audio", .audio), ("select", .select),
            ("textarea", .textarea), ("button", .button), ("input", .input), ("option", .option),
            ("label", .label), ("dialog", .dialog), ("map", .map),
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta),
            ("link", .link), ("base", .base),
            ("nav", .nav), ("aside", .aside), ("header", .header), ("footer", .footer), ("form", .form),
            ("fieldset", .fieldset), ("figcaption", .figcaption), ("figure", .figure), ("menu", .menu),
            ("address", .address), ("details", .details), ("summary", .summary),
            ("article", .article), ("main", .main), ("section", .section), ("div", .div), ("p", .p),
            ("pre", .pre), ("blockquote", .blockquote), ("center", .center), ("hgroup", .hgroup),
            ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6),
            ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd),
            ("table", .table), ("caption", .caption), ("thead", .thead), ("tbody", .tbody),
            ("tfoot", .tfoot), ("tr", .tr), ("td", .td), ("th", .th),
            ("a", .a), ("br", .br), ("hr", .hr), ("img", .img), ("time", .time), ("span", .span),
            ("picture", .picture), ("source", .source), ("sup", .sup),
        ]
        var table: [UInt64: TagKind] = [:]
        for (name, kind) in names {
            let bytes = Array(name.utf8) + [0]
            let key = bytes.withUnsafeBufferPointer { NameKey.make($0.baseAddress!) }
            precondition(table[key] == nil, "tag key collision for \(name)")
            table[key] = kind
        }
        return KeyTable(table.map { ($0.key, $0.value) })
    }()
}

/// A 64-bit key for a short ASCII name: its first eight bytes packed, mixed with its length, so
/// a dictionary lookup replaces string comparison (names differing only after byte 8 collide,
/// which among HTML tag names and the words we look for never happens).
enum NameKey {
    @inline(__always)
    static func make(_ name: UnsafePointer<xmlChar>) -> UInt64 {
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length < 8 { key |= UInt64(name[length]) << (8 * UInt64(length)) }
            length += 1
        }
        return key ^ (UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15)
    }
}
