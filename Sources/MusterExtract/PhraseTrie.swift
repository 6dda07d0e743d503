/// A trie over lower-cased word tokens: every phrase of a lexicon is found in one left-to-right
/// pass over a sentence (longest match at each position), instead of one search per phrase.
/// Joined hyphens are skipped on both sides, so "air-defence" matches "air defence".
struct PhraseTrie<Payload: Sendable>: Sendable {
    struct Match {
        /// Token indices covered, `start..<end`.
        var start: Int
        var end: Int
        var payloads: [Payload]
    }

    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var payloads: [Payload] = []
    }

    private var nodes: [Node] = [Node()]

    init() {}

    /// Adds a phrase, tokenised the way sentences are.
    mutating func insert(_ phrase: String, _ payload: Payload) {
        let keys = Tokenizer.tokenize(phrase).filter { !$0.isJoinedHyphen }.map(\.lower)
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].payloads.append(payload)
    }

    /// Every phrase that starts at `start`, longest first.
    func matches(in tokens: [Token], at start: Int) -> [Match] {
        var found: [Match] = []
        var node = 0
        var i = start
        while i < tokens.count {
            if tokens[i].isJoinedHyphen, i > start { i += 1; continue }
            guard let next = nodes[node].children[tokens[i].lower] else { break }
            node = next
            i += 1
            if !nodes[node].payloads.isEmpty {
                found.append(Match(start: start, end: i, payloads: nodes[node].payloads))
            }
        }
        return found.reversed()
    }
}
