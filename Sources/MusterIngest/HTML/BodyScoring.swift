import CLibXML2
import Glibc

/// Readability-style choice of the article container: paragraphs score their ancestors by
/// length and commas, scores are discounted by link density, the best container wins and its
/// siblings that look like article text join it.
struct BodyScoring {
    let records: [NodeRecord]
    let stats: SubtreeStats
    /// Final scores; nil for elements no paragraph scored.
    private(set) var scores: [Float?]

    init(records: [NodeRecord], stats: SubtreeStats) {
        self.records = records
        self.stats = stats
        scores = [Float?](repeating: nil, count: records.count)
        scoreParagraphs()
    }

    private mutating func scoreParagraphs() {
        for index in records.indices where !stats.removed[index] {
            let record = records[index]
            let length = stats.inlineText[index]
            guard record.kind.isBlock, length >= SubtreeStats.paragraphMinimum else { continue }
            let score = 1 + Float(stats.inlineCommas[index]) + Float(min(length / 100, 3))
            // Loose text in a container is a paragraph inside it (readability wraps it in <p>).
            var ancestor = record.kind.isParagraphLike ? Int(record.parent) : index
            var level = 0
            while ancestor >= 0 && level < 5 {
                let divider: Float = level == 0 ? 1 : (level == 1 ? 2 : Float(level * 3))
                scores[ancestor] = (scores[ancestor] ?? initialScore(ancestor)) + score / divider
                ancestor = Int(records[ancestor].parent)
                level += 1
            }
        }
        for index in scores.indices {
            guard let score = scores[index] else { continue }
            var final = score * (1 - stats.linkDensity(index))
            // The page says where its article body is: believe it, unless it is nearly empty.
            if records[index].flags.contains(.articleBody) && stats.paragraphText[index] >= Self.declaredMinimum {
                final *= Self.declaredBodyFactor
            }
            scores[index] = final
        }
    }

    static let declaredBodyFactor: Float = 1.5
    static let declaredMinimum: Int32 = 200

    private func initialScore(_ index: Int) -> Float {
        records[index].kind.baseScore + Float(records[index].classWeight)
    }

    /// The chosen containers in document order (empty when nothing on the page scores), and the
    /// best-scoring element, which with its ancestors is never cleaned away.
    func chooseBody() -> (roots: [Int], best: Int) {
        var top = -1
        var topScore: Float = 0
        for index in scores.indices {
            if let score = scores[index], score > topScore, !stats.removed[index] {
                top = index
                topScore = score
            }
        }
        guard top >= 0 else { return ([], -1) }
        let best = top
        top = promote(top)
        return (withSiblings(top), best)
    }

    /// Readability's ancestor rules: a parent whose score keeps up with its child's contains
    /// more of the article; an only child stands for its parent.
    private func promote(_ start: Int) -> Int {
        var top = start
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        var parent = Int(records[top].parent)
        while parent >= 0, records[parent].kind != .body {
            guard let parentScore = scores[parent] else {
                parent = Int(records[parent].parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = Int(records[parent].parent)
        }
        while true {
            let parent = Int(records[top].parent)
            guard parent >= 0, records[parent].kind != .body, stats.text[parent] == stats.text[top],
                  stats.images[parent] == stats.images[top] else { break }
            top = parent
        }
        return top
    }

    /// The top container plus siblings that score near it or read as prose.
    private func withSiblings(_ top: Int) -> [Int] {
        let parent = Int(records[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = NodeTable.attribute(records[top].node, AttributeKeys.class)
        var chosen: [Int] = []
        var child = records[parent].node.pointee.children
        while let node = child {
            child = node.pointee.next
            guard let index = NodeTable.index(of: node), !stats.removed[index] else { continue }
            if index == top {
                chosen.append(index)
                continue
            }
            // A sibling named like the top candidate is another part of the same article body.
            let sameClass = topClass.map { Self.sameClass($0, records[index].node) } ?? false
            let bonus = sameClass ? topScore * 0.2 : 0
            if let score = scores[index], score + bonus >= threshold {
                chosen.append(index)
                continue
            }
            if sameClass && stats.text[index] > 0 && stats.linkDensity(index) < 0.25 {
                chosen.append(index)
                continue
            }
            guard records[index].kind == .p else { continue }
            let length = stats.text[index]
            let density = stats.linkDensity(index)
            if length > 80 && density < 0.25 {
                chosen.append(index)
            } else if length > 0 && length <= 80 && density == 0 && Self.endsSentence(records[index]) {
                chosen.append(index)
            }
        }
        return chosen
    }

    private static func sameClass(_ name: UnsafePointer<UInt8>, _ node: xmlNodePtr) -> Bool {
        guard name[0] != 0, let other = NodeTable.attribute(node, AttributeKeys.class) else { return false }
        return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(other).assumingMemoryBound(to: CChar.self)) == 0
    }

    private static func endsSentence(_ record: NodeRecord) -> Bool {
        guard let text = NodeText.collapsed(record.node) else { return false }
        return text.utf8.last == UInt8(ascii: ".") || text.contains(". ")
    }
}
