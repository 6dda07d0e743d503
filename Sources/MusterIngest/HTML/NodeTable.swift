import CLibXML2

/// Why an element is set apart from the article body, recorded while walking the page.
struct NodeFlags: OptionSet, Sendable {
    let rawValue: UInt16
    /// Chrome by tag (nav, aside, form…), by class/id/role words, or hidden.
    static let chrome = NodeFlags(rawValue: 1 << 0)
    /// Inside an `<a>`: its text counts as link text.
    static let inLink = NodeFlags(rawValue: 1 << 1)
    /// `<article>`, `itemprop=articleBody` or `role=main`: a hint that the body is here.
    static let articleMarker = NodeFlags(rawValue: 1 << 2)
    /// Inside an article marker (there, header and footer are part of the article).
    static let insideArticle = NodeFlags(rawValue: 1 << 3)
    /// `itemprop=articleBody`: the strongest hint.
    static let articleBody = NodeFlags(rawValue: 1 << 4)
    /// Inside `<head>`.
    static let inHead = NodeFlags(rawValue: 1 << 5)
    /// Chrome by class/id words only: the weakest evidence, dropped on a retry.
    static let chromeWords = NodeFlags(rawValue: 1 << 6)
    /// An embedded post (tweet…) or inside one: kept whatever its links and class weight say.
    static let embed = NodeFlags(rawValue: 1 << 7)
    /// Inside navigation, a site header or something hidden: links there are menus, not tags,
    /// and a heading there is not the headline.
    static let inNavigation = NodeFlags(rawValue: 1 << 8)
}

/// One element of the page, in document order (a parent always comes before its children).
struct NodeRecord {
    let node: xmlNodePtr
    let parent: Int32
    let kind: TagKind
    var flags: NodeFlags
    /// Readability's class weight: ±25 for positive/negative words in class and id.
    var classWeight: Int16
    /// Characters of the element's own text children (whitespace runs count as one).
    var ownText: Int32 = 0
    var ownLinkText: Int32 = 0
    var ownCommas: Int32 = 0
    /// Form controls and embedded media directly inside (they are skipped, not recorded).
    var ownInputs: Int16 = 0
    var ownEmbeds: Int16 = 0
}

/// Everything the metadata rules need, gathered during the same walk.
struct PageSignals {
    var language: String?
    var titleElement: String?
    var firstHeading: String?
    /// `<meta>` name/property/itemprop (lower-cased) and content, in page order.
    var metas: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var timeDatetimes: [String] = []
    var tagLinks: [String] = []
}

/// A single pre-order walk over libxml2's tree that records each element (its index stored in
/// the node's `_private` field), its own text statistics and the page's metadata signals.
struct NodeTable {
    private(set) var records: [NodeRecord] = []
    private(set) var signals = PageSignals()

    init(document: xmlDocPtr) {
        records.reserveCapacity(2048)
        walk(document)
    }

    /// The record index of an element, or nil for elements the walk skipped.
    @inline(__always)
    static func index(of node: xmlNodePtr) -> Int? {
        guard let raw = node.pointee._private else { return nil }
        return Int(bitPattern: raw) - 1
    }

    private mutating func walk(_ document: xmlDocPtr) {
        let documentNode = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        var stack: [Int32] = []
        var current = document.pointee.children
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                let kind = TagKind.of(name)
                if kind.isSkipped {
                    skipped(node, kind: kind, parent: stack.last)
                } else {
                    let index = record(node, kind: kind, parent: stack.last ?? -1)
                    if node.pointee.children != nil {
                        stack.append(Int32(index))
                        current = node.pointee.children
                        continue
                    }
                }
            } else if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
                      let parent = stack.last, let content = node.pointee.content {
                countText(content, into: Int(parent))
            }
            // Next in document order: the next sibling, or the next sibling of an ancestor.
            var climbing = node
            while climbing.pointee.next == nil {
                guard let up = climbing.pointee.parent, up != documentNode else { return }
                climbing = up
                stack.removeLast()
            }
            current = climbing.pointee.next
        }
    }

    private mutating func countText(_ content: UnsafeMutablePointer<xmlChar>, into index: Int) {
        var characters: Int32 = 0
        var commas: Int32 = 0
        var inSpace = true
        var position = 0
        while true {
            let byte = content[position]
            if byte == 0 { break }
            if XMLBytes.isSpace(byte) {
                if !inSpace { characters += 1 }
                inSpace = true
            } else {
                inSpace = false
                if byte & 0xC0 != 0x80 { characters += 1 }
                if byte == 44 { commas += 1 }
            }
            position += 1
        }
        records[index].ownText += characters
        records[index].ownCommas += commas
        if records[index].flags.contains(.inLink) { records[index].ownLinkText += characters }
    }

    private mutating func skipped(_ node: xmlNodePtr, kind: TagKind, parent: Int32?) {
        if kind == .script {
            var isJSONLD = false
            var attribute = node.pointee.properties
            while let current = attribute {
                if let name = current.pointee.name, XMLBytes.equalsIgnoringCase(name, "type"),
                   let value = XMLBytes.value(of: current) {
                    isJSONLD = XMLBytes.equalsIgnoringCase(value, "application/ld+json")
                }
                attribute = current.pointee.next
            }
            if isJSONLD, let text = NodeText.raw(node) { signals.jsonLD.append(text) }
        }
        guard let parent else { return }
        switch kind {
        case .input, .select, .textarea, .button: records[Int(parent)].ownInputs += 1
        case .iframe, .object, .embed, .video, .audio: records[Int(parent)].ownEmbeds += 1
        default: break
        }
    }

    private mutating func record(_ node: xmlNodePtr, kind: TagKind, parent: Int32) -> Int {
        let inherited: NodeFlags = parent >= 0 ? records[Int(parent)].flags : []
        var flags = inherited.intersection([.inLink, .insideArticle, .inHead, .embed, .inNavigation])
        var weight: Int16 = 0
        var chrome = false
        var chromeWords = false
        var hidden = false
        var marker = false
        var tagLike = false
        var relTag = false

        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name else { continue }
            let key = NameKey.make(name)
            if key == AttributeKeys.hidden { hidden = true; continue }
            guard let value = XMLBytes.value(of: current) else { continue }
            switch key {
            case AttributeKeys.class, AttributeKeys.id:
                let roles = TokenRoles.of(value)
                if roles.contains(.hidden) { hidden = true }
                if roles.contains(.boilerplate) && !roles.contains(.contentName) { chromeWords = true }
                if roles.contains(.dateline) && kind.isBlock { chromeWords = true }
                if roles.contains(.negative) { weight -= 25 }
                if roles.contains(.positive) { weight += 25 }
                if roles.contains(.tagLike) { tagLike = true }
                // Page-level containers carry plugin names ("…-embed") that say nothing.
                if roles.contains(.embed) && kind != .body && kind != .html && kind != .main && kind != .article {
                    flags.insert(.embed)
                }
            case AttributeKeys.role:
                switch RoleValue.of(value) {
                case .chrome:
                    chrome = true
                    flags.insert(.inNavigation)
                case .main: marker = true
                case .none: break
                }
            case AttributeKeys.style:
                if XMLBytes.containsIgnoringSpaces(value, "display:none")
                    || XMLBytes.containsIgnoringSpaces(value, "visibility:hidden") {
                    hidden = true
                }
            case AttributeKeys.ariaHidden:
                if XMLBytes.equalsIgnoringCase(value, "true") { hidden = true }
            case AttributeKeys.itemprop:
                if XMLBytes.equalsIgnoringCase(value, "articleBody") {
                    marker = true
                    flags.insert(.articleBody)
                } else if ItemProp.isByline(value) {
                    chrome = true
                }
            case AttributeKeys.rel:
                if XMLBytes.equalsIgnoringCase(value, "tag") { relTag = true }
            case AttributeKeys.lang:
                if kind == .html { signals.language = Language.code(value) }
            default:
                break
            }
        }

        switch kind {
        case .a: flags.insert(.inLink)
        case .article: marker = true
        case .head: flags.insert(.inHead)
        case .nav, .menu:
            chrome = true
            flags.insert(.inNavigation)
        case .aside, .figcaption, .form, .fieldset:
            chrome = true
        case .figure:
            // Pictures with credits and captions; but a figure may wrap an embedded post.
            if !flags.contains(.embed) { chrome = true }
        case .header, .footer:
            if !flags.contains(.insideArticle) {
                chrome = true
                if kind == .header { flags.insert(.inNavigation) }
            }
        default: break
        }
        if hidden { flags.insert(.inNavigation) }
        chrome = chrome || hidden
        if marker { flags.insert([.articleMarker, .insideArticle]) }
        if chrome { flags.insert(.chrome) }
        // Table rows and cells are named for styling ("player-row"), never chrome.
        if chromeWords && kind != .body && kind != .html && kind != .main && kind != .article && kind != .tr
            && kind != .td && kind != .th && kind != .tbody {
            flags.insert(.chromeWords)
        }

        let index = records.count
        records.append(NodeRecord(node: node, parent: parent, kind: kind, flags: flags, classWeight: weight))
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)

        switch kind {
        case .meta: collectMeta(node)
        case .title:
            if signals.titleElement == nil { signals.titleElement = NodeText.collapsed(node) }
        case .h1:
            if signals.firstHeading == nil, !flags.contains(.inNavigation) {
                signals.firstHeading = NodeText.collapsed(node)
            }
        case .time:
            if let value = Self.attribute(node, AttributeKeys.datetime) {
                signals.timeDatetimes.append(String(cString: value))
            }
        case .a:
            if relTag || tagLike, !flags.contains(.inNavigation), let text = NodeText.collapsed(node),
               text.utf8.count <= 60 {
                signals.tagLinks.append(text)
            }
        default: break
        }
        return index
    }

    private mutating func collectMeta(_ node: xmlNodePtr) {
        var key: UnsafePointer<xmlChar>?
        var content: UnsafePointer<xmlChar>?
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name, let value = XMLBytes.value(of: current) else { continue }
            switch NameKey.make(name) {
            case AttributeKeys.name, AttributeKeys.property, AttributeKeys.itemprop, AttributeKeys.httpEquiv:
                key = value
            case AttributeKeys.content: content = value
            default: break
            }
        }
        guard let key, let content else { return }
        signals.metas.append((String(cString: key).lowercased(), String(cString: content)))
    }

    static func attribute(_ node: xmlNodePtr, _ wanted: UInt64) -> UnsafePointer<xmlChar>? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, NameKey.make(name) == wanted { return XMLBytes.value(of: current) }
            attribute = current.pointee.next
        }
        return nil
    }
}

/// Attribute names as `NameKey`s, computed once.
enum AttributeKeys {
    static let `class` = key("class")
    static let id = key("id")
    static let role = key("role")
    static let style = key("style")
    static let hidden = key("hidden")
    static let ariaHidden = key("aria-hidden")
    static let itemprop = key("itemprop")
    static let rel = key("rel")
    static let lang = key("lang")
    static let name = key("name")
    static let property = key("property")
    static let content = key("content")
    static let httpEquiv = key("http-equiv")
    static let datetime = key("datetime")

    private static func key(_ name: String) -> UInt64 {
        let bytes = Array(name.utf8) + [0]
        return bytes.withUnsafeBufferPointer { NameKey.make($0.baseAddress!) }
    }
}

/// Microdata properties that mark the byline and dates, not article text.
enum ItemProp {
    static func isByline(_ value: UnsafePointer<xmlChar>) -> Bool {
        // Not "description": that marks the standfirst, which spec/claims.md keeps in the body.
        let names: [StaticString] = ["datePublished", "dateModified", "dateCreated", "author", "publisher"]
        return names.contains { XMLBytes.equalsIgnoringCase(value, $0) }
    }
}

/// ARIA landmark roles: which mark chrome, which mark the main content.
enum RoleValue {
    case chrome, main

    static func of(_ value: UnsafePointer<xmlChar>) -> RoleValue? {
        let chrome: [StaticString] = ["navigation", "complementary", "banner", "contentinfo", "search", "menu",
                                      "menubar", "toolbar", "dialog", "alert", "alertdialog", "tablist"]
        for word in chrome where XMLBytes.equalsIgnoringCase(value, word) { return .chrome }
        if XMLBytes.equalsIgnoringCase(value, "main") || XMLBytes.equalsIgnoringCase(value, "article") {
            return .main
        }
        return nil
    }
}

/// Language codes from `lang` attributes: "en-GB" → "en".
enum Language {
    static func code(_ value: UnsafePointer<xmlChar>) -> String? {
        var index = 0
        while XMLBytes.isSpace(value[index]) { index += 1 }
        let first = XMLBytes.lower(value[index])
        let second = first == 0 ? 0 : XMLBytes.lower(value[index + 1])
        guard first >= 97, first <= 122, second >= 97, second <= 122 else { return nil }
        let third = value[index + 2]
        // "en", "en-GB", "en_US"; not three-letter codes or words.
        guard third == 0 || third == 45 || third == 95 || XMLBytes.isSpace(third) else { return nil }
        return String(decoding: [first, second], as: UTF8.self)
    }
}

/// Text of small subtrees (titles, headings, links, scripts), for metadata.
enum NodeText {
    /// All descendant text, whitespace collapsed; nil when there is none.
    static func collapsed(_ node: xmlNodePtr) -> String? {
        var buffer = TextBuffer()
        append(node, to: &buffer, depth: 0)
        return buffer.isEmpty ? nil : buffer.string()
    }

    private static func append(_ node: xmlNodePtr, to buffer: inout TextBuffer, depth: Int) {
        guard depth < 32 else { return }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = current.pointee.content { buffer.appendInline(content) }
            } else if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name,
                      !TagKind.of(name).isSkipped {
                append(current, to: &buffer, depth: depth + 1)
            }
            child = current.pointee.next
        }
    }

    /// The raw text of a script element (JSON-LD), uncollapsed.
    static func raw(_ node: xmlNodePtr) -> String? {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { text += String(cString: content) }
            child = current.pointee.next
        }
        return text.isEmpty ? nil : text
    }
}
