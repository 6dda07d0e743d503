import MusterCore

/// Text → sentences with UTF-8 offsets. (Placeholder body: being replaced by the real segmenter.)
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [Sentence] {
        text.isEmpty ? [] : [Sentence(start: 0, end: text.utf8.count, text: text)]
    }
}
