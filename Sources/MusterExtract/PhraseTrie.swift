/// A trie over lower-cased word tokens: every phrase of a lexicon is found in one left-to-right
/// pass over a sentence (longest match at each position), instead of one search per phrase.
/// Joined hyphens are skipped on both sides, so "air-defence" matches "air defence".
///
/// Edges are keyed by the tokens' 64-bit word hashes (`Token.key`) in an open-addressing table,
/// so a lookup is a multiply and a probe, not a string hash: this runs on every token.
struct PhraseTrie<Payload: Sendable>: Sendable {
    struct Match {
        /// Token indices covered, `start..<end`.
        var start: Int
        var end: Int
        var payloads: [Payload]
    }

    private struct Edge: Hashable, Sendable {
        var parent: Int32
        var key: UInt64
    }

    private var payloads: [[Payload]] = [[]]
    private var edges: [Edge: Int32] = [:]
    /// The frozen edge table: slots of (parent + 1, key, child); parent 0 marks an empty slot.
    private var slotParents: [Int32] = []
    private var slotKeys: [UInt64] = []
    private var slotChildren: [Int32] = []
    private var mask = 0

    init() {}

    /// Adds a phrase, tokenised the way sentences are.
    mutating func insert(_ phrase: String, _ payload: Payload) {
        let keys = Tokenizer.tokenize(phrase).filter { !$0.isJoinedHyphen }.map(\.key)
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            let edge = Edge(parent: node, key: key)
            if let next = edges[edge] {
                node = next
            } else {
                payloads.append([])
                let child = Int32(payloads.count - 1)
                edges[edge] = child
                node = child
            }
        }
        payloads[Int(node)].append(payload)
    }

    /// Builds the probe table; call once after the last `insert` (matching before sees nothing).
    mutating func freeze() {
        var capacity = 16
        while capacity < edges.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slotParents = [Int32](repeating: 0, count: capacity)
        slotKeys = [UInt64](repeating: 0, count: capacity)
        slotChildren = [Int32](repeating: 0, count: capacity)
        for (edge, child) in edges.sorted(by: { ($0.key.parent, $0.key.key) < ($1.key.parent, $1.key.key) }) {
            var slot = Self.slot(edge.parent, edge.key, mask)
            while slotParents[slot] != 0 { slot = (slot + 1) & mask }
            slotParents[slot] = edge.parent + 1
            slotKeys[slot] = edge.key
            slotChildren[slot] = child
        }
    }

    private static func slot(_ parent: Int32, _ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) >> 7) & mask
    }

    private func child(_ parent: Int32, _ key: UInt64) -> Int32? {
        guard !slotKeys.isEmpty else { return nil }
        var slot = Self.slot(parent, key, mask)
        while slotParents[slot] != 0 {
            if slotParents[slot] == parent + 1, slotKeys[slot] == key { return slotChildren[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Every phrase that starts at `start`, longest first.
    func matches(in tokens: [Token], at start: Int) -> [Match] {
        var found: [Match] = []
        var node: Int32 = 0
        var i = start
        while i < tokens.count {
            if tokens[i].isJoinedHyphen, i > start { i += 1; continue }
            guard let next = child(node, tokens[i].key) else { break }
            node = next
            i += 1
            if !payloads[Int(node)].isEmpty {
                found.append(Match(start: start, end: i, payloads: payloads[Int(node)]))
            }
        }
        return found.reversed()
    }
}
