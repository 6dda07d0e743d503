import MusterCore
import Testing
@testable import MusterExtract

/// The rules look at words before and after each trigger by position; a rule that forgets a
/// sentence's first or last word traps the whole process (round 26 met one: "keep … supplied"
/// read four words back from the first word). Sentences scrambled from the lexicons' own words,
/// in a fixed pseudo-random order (`SplitMix64`), put every kind of trigger at every edge.
@Suite struct ScrambledSentenceTests {
    static let words: [String] = {
        var words = Set(StatusLexicon.verbs.keys).union(StatusLexicon.progressive.keys)
            .union(StatusLexicon.modalsPledge).union(StatusLexicon.modalsMaybe).union(StatusLexicon.be)
            .union(StatusLexicon.negations).union(StatusLexicon.speechVerbs)
        for phrase in StatusLexicon.willingness + StatusLexicon.refusals + StatusLexicon.pledges { words.formUnion(phrase) }
        words.formUnion([
            "Germany", "France", "Ukraine", "Russia", "Kyiv", "NATO", "the", "a", "of", "to", "with", "and", "but", "that",
            "which", "whether", "if", "after", "before", "on", "Monday", "March", "2026", "€500", "million", "troops",
            "Patriot", "missiles", "shells", "sanctions", "loan", "meeting", "summit", "call", "government", "minister",
            "every", "partner", "them", "four", "keep", "supplied", "ended", "depend", "statement", ",", ".", ";", "—", "\"",
        ])
        return words.sorted()
    }()

    @Test func scrambledSentencesNeverTrapTheExtractor() {
        var random = SplitMix64(seed: 26)
        let extractor = ClaimExtractor()
        var claims = 0
        for _ in 0..<400 {
            let sentences = (0..<5).map { _ in
                (0..<(3 + random.below(14))).map { _ in random.element(of: Self.words) }.joined(separator: " ") + "."
            }
            claims += extractor.extract(text: "The war in Ukraine goes on.\n" + sentences.joined(separator: " "),
                                        published: Day(year: 2025, month: 9, day: 5)).count
        }
        // (The lexicon's words do make claims: the scrambles reach the rules, not just the tokenizer.)
        #expect(claims > 0)
    }
}
