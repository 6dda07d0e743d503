import CLibXML2

/// Chosen containers → article text: skips what was removed and the blocks readability's
/// "clean conditionally" would drop (link lists, image strips, short fragments), turns blocks
/// into paragraphs and list items and headings into paragraphs of their own.
struct BodyAssembler {
    let records: [NodeRecord]
    let stats: SubtreeStats
    let scores: BodyScoring
    /// A headline to leave out when the body repeats it.
    let title: String?
    /// The best-scoring element: it and its ancestors hold the article, so are never "fishy".
    let best: Int

    func assemble(_ roots: [Int]) -> String {
        var buffer = TextBuffer(capacity: 8192)
        for root in roots {
            buffer.breakParagraph()
            append(records[root].node, root: root, to: &buffer, depth: 0)
        }
        return buffer.string()
    }

    private func append(_ node: xmlNodePtr, root: Int, to buffer: inout TextBuffer, depth: Int) {
        guard let index = NodeTable.index(of: node), !stats.removed[index], depth < 200 else { return }
        let record = records[index]
        if index != root && !record.flags.contains(.embed)
            && (isFishy(index, root: root) || isLinkParagraph(index)) {
            return
        }
        switch record.kind {
        case .h1: return
        case .br:
            buffer.breakLine()
            return
        case .td, .th:
            buffer.space()
        default:
            break
        }
        let block = record.kind.isBlock && record.kind != .td && record.kind != .th
        if block { buffer.breakParagraph() }
        let start = buffer.count
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { buffer.appendInline(content) }
            case XML_ELEMENT_NODE:
                append(current, root: root, to: &buffer, depth: depth + 1)
            default:
                break
            }
        }
        // The headline repeated as a heading, or as the first block of the body.
        if record.kind.isHeading || (block && start == 0), let title, buffer.count > start,
           buffer.count - start <= title.utf8.count + 8,
           Self.normalised(buffer.string(from: start)) == Self.normalised(title) {
            buffer.truncate(to: start)
        }
        // Copyright and rights notices are disclaimers, not story (spec/claims.md drops them).
        if block, index != root, stats.paragraphs[index] <= 1, buffer.count > start,
           buffer.count - start <= Self.noticeLength,
           buffer.isRightsNotice(from: start) {
            buffer.truncate(to: start)
        }
        if block { buffer.breakParagraph() }
        if record.kind == .td || record.kind == .th { buffer.space() }
    }

    static let noticeLength = 300

    /// A paragraph that is all link ("You may also like…" lists written as <p>s, "Read more:"
    /// lines) points away from the article.
    private func isLinkParagraph(_ index: Int) -> Bool {
        switch records[index].kind {
        case .p, .li, .div, .dd:
            return stats.linkText[index] > 0 && stats.linkDensity(index) >= Self.linkParagraphDensity
        case .a:
            // A link standing alone between blocks ("Also on…" teaser cards), not one inside
            // a sentence: it is (nearly) all the loose text of the block around it.
            let parent = Int(records[index].parent)
            let owner = parent >= 0 ? Int(stats.blockOwner[parent]) : -1
            guard owner >= 0 else { return false }
            // Only between blocks of a container: a lone link in a cell, item or heading is data.
            switch records[owner].kind {
            case .div, .section, .article, .main, .body, .center: break
            default: return false
            }
            return stats.text[index] > 0 && stats.inlineText[owner] - stats.text[index] <= 5
        default:
            return false
        }
    }

    static let linkParagraphDensity: Float = 0.8

    /// Readability's conditional cleaning of containers inside the article.
    private func isFishy(_ index: Int, root: Int) -> Bool {
        let record = records[index]
        if index <= best && isAncestor(index, of: best) { return false }
        if stats.embeddedPosts[index] > 0 { return false }
        // A block holding a third of the body's paragraph text is body, however it looks.
        if stats.paragraphText[index] * 3 >= stats.paragraphText[root] && stats.paragraphText[index] > 0 {
            return false
        }
        switch record.kind {
        case .div, .section, .ul, .ol, .table, .form, .fieldset, .aside, .dl:
            break
        default:
            return false
        }
        // Class weight alone, as readability.js does: a list's own (negative) base score says
        // nothing against it.
        let weight = Float(record.classWeight)
        if weight < 0 { return true }
        if stats.commas[index] >= 10 { return false }
        if record.kind == .table && isDataTable(index) { return false }
        let isList = record.kind == .ul || record.kind == .ol
        let paragraphs = Float(stats.paragraphs[index])
        let images = Float(stats.images[index])
        let listItems = Float(stats.listItems[index]) - 100
        let inputs = Float(stats.inputs[index])
        let length = stats.text[index]
        let density = stats.linkDensity(index)
        let embeds = stats.embeds[index]
        if images > 1 && paragraphs / images < 0.5 { return true }
        if !isList && listItems > paragraphs { return true }
        if inputs > (paragraphs / 3).rounded(.down) { return true }
        if !isList && length < 25 && (images == 0 || images > 2) { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if (embeds == 1 && length < 75) || embeds > 1 { return true }
        return false
    }

    private func isAncestor(_ candidate: Int, of node: Int) -> Bool {
        var current = node
        while current > candidate { current = Int(records[current].parent) }
        return current == candidate
    }

    /// Tables with header cells or captions hold data (a list of prices, a scoreboard), not layout.
    private func isDataTable(_ index: Int) -> Bool {
        var child = records[index].node.pointee.children
        var rows = 0
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name else { continue }
            switch TagKind.of(name) {
            case .caption, .thead: return true
            case .tr: rows += 1
            case .tbody:
                var row = current.pointee.children
                while let cell = row {
                    if cell.pointee.type == XML_ELEMENT_NODE { rows += 1 }
                    row = cell.pointee.next
                }
            default: break
            }
        }
        return rows >= 2 && stats.linkDensity(index) < 0.5
    }

    static func normalised(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
