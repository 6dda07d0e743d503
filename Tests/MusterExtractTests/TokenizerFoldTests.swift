import Testing
@testable import MusterExtract

/// Tokens are lower-cased byte by byte when ASCII; the result must be what `fold` (Foundation's
/// lower-casing plus apostrophe folding) gives for every kind of word.
@Suite struct TokenizerFoldTests {
    @Test func asciiFastPathMatchesFold() {
        let sentence = "NATO's Secretary-General said IRIS-T, U.S. and G7-imposed ZÜRICH Zelensky’s Ärzte 1,500 km."
        for token in Tokenizer.tokenize(sentence) where token.kind == .word {
            let expected = token.lower.hasPrefix("'") ? token.lower : Tokenizer.fold(token.text)
            #expect(token.lower == expected, "\(token.text)")
            #expect(token.key == Token.key(of: token.lower))
        }
        let words = Tokenizer.tokenize("IRIS-T Ärzte already").filter(\.isWord).map(\.lower)
        #expect(words == ["iris", "t", "ärzte", "already"])
    }
}
