import MusterCore
import Testing
@testable import MusterIngest

/// The splitter alone, on token soup built to hit every rule at once: whatever the text, the
/// sentences are in order, match their offsets, and together cover every byte that is not space
/// or a line break (nothing is lost between sentences).
@Suite struct SentenceSplitterFuzzTests {
    static let tokens: [String] = [
        "word", "Word", "the", "The", "U.S.", "e.g.", "Mr.", "No.", "J.", "etc.", "a.m.", "Inc.", "1.5bn", "2025",
        "Zürich", "Émile", "전쟁", "会議", "Он", ".", "!", "?", "?!", "…", "...", "。", "！", "“", "”", "‘", "’",
        "\"", "'", "(", ")", "[", "]", "«", "»", "「", "」", "—", "-", ",", ";", ":", "$", "€", "said", "Smith",
        " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{200B}",
        "\u{FEFF}", "\u{2028}", "\u{0085}", "\u{000C}", "😀", "e\u{0301}",
    ]

    @Test func sentencesCoverEveryNonSpaceByte() {
        var random = SplitMix64(seed: 0x5E17_0001)
        let splitter = SentenceSplitter()
        for number in 0..<2_000 {
            let text = (0..<random.between(0...80)).map { _ in random.element(of: Self.tokens) }.joined()
            let sentences = splitter.split(text)
            expectValidSentenceOffsets(sentences, in: text)
            if let stray = Self.uncoveredContent(text, sentences) {
                Issue.record("case #\(number): \(stray) lies outside every sentence in \(text.debugDescription)")
            }
        }
    }

    /// The first non-space scalar that no sentence contains, or nil.
    static func uncoveredContent(_ text: String, _ sentences: [Sentence]) -> Unicode.Scalar? {
        var offset = 0
        var next = sentences.makeIterator()
        var current = next.next()
        for scalar in text.unicodeScalars {
            while let sentence = current, sentence.end <= offset { current = next.next() }
            let inside = current.map { $0.start <= offset && offset < $0.end } ?? false
            let blank = scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
            if !inside && !blank { return scalar }
            offset += String(scalar).utf8.count
        }
        return nil
    }
}
