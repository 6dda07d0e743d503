import Testing
@testable import MusterIngest

/// The line rules take shortcuts for speed (a phrase index, word-count guards, no copy of lines
/// without credit marks); these tests hold them to the plain definitions they replace.
@Suite struct LineRuleShortcutTests {
    /// The definition `containsPrompt` must keep: a phrase on word boundaries of the key.
    func plainSearch(_ key: String) -> Bool {
        let padded = " " + key + " "
        return ChromeLexicon.containedPhrases.contains { padded.containsBytes(" " + $0 + " ") }
    }

    @Test func promptIndexAgreesWithPlainSearch() {
        var keys: [String] = []
        for phrase in ChromeLexicon.containedPhrases {
            keys += [phrase, "please " + phrase, phrase + " today", "we " + phrase + " now",
                     "x" + phrase, phrase + "s", String(phrase.dropLast()), String(phrase.dropFirst())]
        }
        keys += ["", "a", "the talks ended", "clicks here", "minute reads", "is a", "share on xbox"]
        for key in keys {
            #expect(ChromeLexicon.containsPrompt(key) == plainSearch(key), "\(key)")
        }
        #expect(ChromeLexicon.containsPrompt("please click here for more"))
        #expect(!ChromeLexicon.containsPrompt("doubleclick here"))
    }

    @Test func linesWithoutCreditMarksComeBackWhole() {
        let line: Substring = "Ministers met in Brussels on Thursday, officials said."
        #expect(InlineCredits.stripping(line) == InlineCredits.Stripped(text: line, isCaption: false))
        #expect(InlineCredits.stripping("Troops arrived on Monday. (AP Photo/Jane Roe)").isCaption)
    }

    @Test func longParagraphsAreNeverCreditsOrBylines() {
        let paragraph = TextLine(Substring(String(repeating: "Photo: Reuters by Jane Roe 4 September 2025 ", count: 8)))
        #expect(paragraph.words > 24)
        #expect(!LineClassifier.isPictureCredit(paragraph))
        #expect(!LineClassifier.isCreditLine(paragraph))
        #expect(LineClassifier.byline(paragraph) == nil)
        #expect(LineClassifier.isPictureCredit(TextLine("Photo: Reuters")))
        #expect(LineClassifier.byline(TextLine("By Jane Roe, 4 September 2025")) != nil)
    }

    @Test func firstWordOfAKey() {
        #expect("photo credit".firstWord == "photo")
        #expect("reuters".firstWord == "reuters")
        #expect("".firstWord == nil)
    }
}
