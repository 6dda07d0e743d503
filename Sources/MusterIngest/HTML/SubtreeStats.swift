/// Per-element totals over each element's subtree, ignoring what has been removed: computed by
/// one forward pass (what is removed, which block owns loose text) and one backward pass (sums),
/// relying on parents preceding children in the table.
struct SubtreeStats {
    /// Removed: chrome that is not protected, `<head>`, or inside either.
    var removed: [Bool]
    var text: [Int32]
    var linkText: [Int32]
    var commas: [Int32]
    /// The nearest block at or above each element (whose loose text its text is part of).
    var blockOwner: [Int32]
    /// Loose text owned by a block: its own text plus that of inline descendants.
    var inlineText: [Int32]
    var inlineCommas: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var inputs: [Int32]
    var embeds: [Int32]
    /// Embedded posts (tweets…) inside: their container is part of the story.
    var embeddedPosts: [Int32]
    /// Text of the paragraphs (blocks with at least `paragraphMinimum` characters of loose text).
    var paragraphText: [Int32]

    static let paragraphMinimum: Int32 = 25

    /// - Parameters:
    ///   - chrome: which flags mark an element as chrome.
    ///   - removeChrome: whether a chrome element really goes (false for protected wrappers).
    init(_ records: [NodeRecord], chrome: NodeFlags, removeChrome: (Int) -> Bool) {
        let count = records.count
        removed = [Bool](repeating: false, count: count)
        text = [Int32](repeating: 0, count: count)
        linkText = text
        commas = text
        inlineText = text
        inlineCommas = text
        paragraphs = text
        images = text
        listItems = text
        inputs = text
        embeds = text
        embeddedPosts = text
        paragraphText = text

        blockOwner = [Int32](repeating: -1, count: count)
        for index in 0..<count {
            let record = records[index]
            let parent = Int(record.parent)
            let parentRemoved = parent >= 0 && removed[parent]
            removed[index] = parentRemoved || record.flags.contains(.inHead) || record.kind == .head
                || (!record.flags.isDisjoint(with: chrome) && removeChrome(index))
            if removed[index] { continue }
            let owner = record.kind.isBlock || parent < 0 ? Int32(index) : blockOwner[parent]
            blockOwner[index] = owner
            inlineText[Int(owner)] += record.ownText
            inlineCommas[Int(owner)] += record.ownCommas
        }
        for index in stride(from: count - 1, through: 0, by: -1) where !removed[index] {
            let record = records[index]
            text[index] += record.ownText
            linkText[index] += record.ownLinkText
            commas[index] += record.ownCommas
            inputs[index] += Int32(record.ownInputs)
            embeds[index] += Int32(record.ownEmbeds)
            // Paragraphs as readability counts them after turning text-only divs into <p>.
            if record.kind == .p || (record.kind.isBlock && inlineText[index] >= Self.paragraphMinimum) {
                paragraphs[index] += 1
            }
            switch record.kind {
            case .img: images[index] += 1
            case .li: listItems[index] += 1
            default: break
            }
            if record.kind.isBlock && inlineText[index] >= Self.paragraphMinimum {
                paragraphText[index] += inlineText[index]
            }
            let parent = Int(record.parent)
            if record.flags.contains(.embed) && (parent < 0 || !records[parent].flags.contains(.embed)) {
                embeddedPosts[index] += 1
            }
            guard parent >= 0 else { continue }
            text[parent] += text[index]
            linkText[parent] += linkText[index]
            commas[parent] += commas[index]
            paragraphs[parent] += paragraphs[index]
            images[parent] += images[index]
            listItems[parent] += listItems[index]
            inputs[parent] += inputs[index]
            embeds[parent] += embeds[index]
            embeddedPosts[parent] += embeddedPosts[index]
            paragraphText[parent] += paragraphText[index]
        }
    }

    func linkDensity(_ index: Int) -> Float {
        text[index] > 0 ? Float(linkText[index]) / Float(text[index]) : 0
    }
}
