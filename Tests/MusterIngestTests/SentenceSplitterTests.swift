import MusterCore
import Testing
@testable import MusterIngest

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    /// Splits `text`, checks that every sentence's offsets select exactly its text, that the text
    /// is trimmed, and that sentences are in order and do not overlap; returns the texts.
    func sentences(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let found = splitter.split(text)
        expectValidSentenceOffsets(found, in: text, sourceLocation: sourceLocation)
        return found.map(\.text)
    }

    @Test func splitsAtFullStopsBeforeCapitals() {
        #expect(sentences("Kyiv was quiet. The sirens stopped at dawn.")
            == ["Kyiv was quiet.", "The sirens stopped at dawn."])
        #expect(sentences("Will they come? Nobody knows! Wait and see.")
            == ["Will they come?", "Nobody knows!", "Wait and see."])
        #expect(sentences("It rained?! Yes.") == ["It rained?!", "Yes."])
    }

    @Test func splitsBeforeDigitsQuotesAndBrackets() {
        #expect(sentences("The fund grew. 2025 was a record year.")
            == ["The fund grew.", "2025 was a record year."])
        #expect(sentences("He left. “We will return,” he said.")
            == ["He left.", "“We will return,” he said."])
        #expect(sentences("He left. \"Soon,\" she said. (The talks resumed.) 'Fine.' Done.")
            == ["He left.", "\"Soon,\" she said.", "(The talks resumed.)", "'Fine.'", "Done."])
        #expect(sentences("She agreed. [Editor's note: updated.]")
            == ["She agreed.", "[Editor's note: updated.]"])
    }

    @Test func doesNotSplitBeforeLowerCase() {
        #expect(sentences("Prices rose 3 p.c. after the vote. so it goes.")
            == ["Prices rose 3 p.c. after the vote. so it goes."])
        #expect(sentences("“Is it over?” he asked. “No!” she replied.")
            == ["“Is it over?” he asked.", "“No!” she replied."])
    }

    @Test func lineBreaksAlwaysEndSentences() {
        #expect(sentences("Allies pledge support\n\nThe summit ended late.\nMinisters left")
            == ["Allies pledge support", "The summit ended late.", "Ministers left"])
        #expect(sentences("Dateline — PARIS\r\nTalks began\u{2028}and ended")
            == ["Dateline — PARIS", "Talks began", "and ended"])
        #expect(sentences("\n\n  \n\t\n").isEmpty)
        #expect(sentences("").isEmpty)
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(sentences("He said “yes.” Then he left.") == ["He said “yes.”", "Then he left."])
        #expect(sentences("Aid was sent (again.) Trucks followed.")
            == ["Aid was sent (again.)", "Trucks followed."])
        #expect(sentences("She asked: 'why?' Nobody knew.") == ["She asked: 'why?'", "Nobody knew."])
        #expect(sentences("They cheered: «victoire!» Then silence.")
            == ["They cheered: «victoire!»", "Then silence."])
    }

    @Test func quoteAttributionsStayWithTheQuote() {
        #expect(sentences("“We will win!” Zelensky said. “When?” Mr. Rutte asked, smiling. "
                          + "“Now.” President Ada Lovel added.")
            == ["“We will win!” Zelensky said.", "“When?” Mr. Rutte asked, smiling.",
                "“Now.” President Ada Lovel added."])
        // Not an attribution: a capitalised word after the quote that is not followed by a speech verb.
        #expect(sentences("He said “yes.” Zelensky then left. “No!” The crowd said nothing.")
            == ["He said “yes.”", "Zelensky then left.", "“No!”", "The crowd said nothing."])
        // A speech verb opening reported speech, or a pronoun after the quote, starts a new sentence.
        #expect(sentences("“We’ll see.” Smith said the plan was dead. “Fine.” He said it twice. "
                          + "“Go.” Ann added that. ‘No.’ I said, ‘stop.’")
            == ["“We’ll see.”", "Smith said the plan was dead.", "“Fine.”", "He said it twice.",
                "“Go.”", "Ann added that.", "‘No.’", "I said, ‘stop.’"])
        #expect(sentences("“Never!” Smith told reporters on Monday.")
            == ["“Never!” Smith told reporters on Monday."])
        // Only after a closing quote: a bracket or a bare stop still ends the sentence.
        #expect(sentences("It ended (finally.) Kyiv said so. Ukraine won. Kyiv said it.")
            == ["It ended (finally.)", "Kyiv said so.", "Ukraine won.", "Kyiv said it."])
    }

    @Test func titlesNeverEndSentences() {
        let text = "Mr. Lammy met Mrs. Reed, Ms. Okafor and Dr. Chen. Prof. Adams and Gen. Ruiz came. "
            + "Lt. Col. Baker, Sgt. Ives and Capt. Moss listened. Gov. Hale, Sen. Ward and Rep. Cole spoke. "
            + "They drove to St. Petersburg. The Rt. Hon. Member rose."
        #expect(sentences(text) == [
            "Mr. Lammy met Mrs. Reed, Ms. Okafor and Dr. Chen.",
            "Prof. Adams and Gen. Ruiz came.",
            "Lt. Col. Baker, Sgt. Ives and Capt. Moss listened.",
            "Gov. Hale, Sen. Ward and Rep. Cole spoke.",
            "They drove to St. Petersburg.",
            "The Rt. Hon. Member rose.",
        ])
    }

    @Test func countryAbbreviationsInsideAndAtTheEndOfSentences() {
        #expect(sentences("U.S. officials said the U.K. Defence Ministry and E.U. Council agreed.")
            == ["U.S. officials said the U.K. Defence Ministry and E.U. Council agreed."])
        #expect(sentences("The missiles were sent to the U.S. The next day, the U.K. It was late.")
            == ["The missiles were sent to the U.S.", "The next day, the U.K.", "It was late."])
        #expect(sentences("Both sides met in the U.S. “We agree,” one said.")
            == ["Both sides met in the U.S.", "“We agree,” one said."])
        #expect(sentences("The U.N. Security Council met.") == ["The U.N. Security Council met."])
    }

    @Test func latinAndOtherAbbreviations() {
        #expect(sentences("Some allies, e.g. Poland, agreed; others, i.e. Hungary, did not. Talks go on.")
            == ["Some allies, e.g. Poland, agreed; others, i.e. Hungary, did not.", "Talks go on."])
        #expect(sentences("It is Ukraine vs. Russia. Approx. 40 states, approx. Ten more soon.")
            == ["It is Ukraine vs. Russia.", "Approx. 40 states, approx. Ten more soon."])
        #expect(sentences("They met at 9 a.m. Kyiv time and left at 5 p.m. The day was long.")
            == ["They met at 9 a.m. Kyiv time and left at 5 p.m.", "The day was long."])
        #expect(sentences("Rheinmetall Inc. The firm grew. Acme Corp. Shares rose. BAE Ltd. It won.")
            == ["Rheinmetall Inc.", "The firm grew.", "Acme Corp. Shares rose.", "BAE Ltd.", "It won."])
        #expect(sentences("Smith & Co. Holdings and Jones Jr. Partners signed.")
            == ["Smith & Co. Holdings and Jones Jr. Partners signed."])
        #expect(sentences("Rep. Ann Lee (D-Calif.) Pentagon critic, spoke in Portland, Ore. The hall was full.")
            == ["Rep. Ann Lee (D-Calif.) Pentagon critic, spoke in Portland, Ore.", "The hall was full."])
    }

    @Test func etCeteraCanEndASentence() {
        #expect(sentences("They sent drones, shells, etc. Ukraine asked for more.")
            == ["They sent drones, shells, etc.", "Ukraine asked for more."])
        #expect(sentences("Tanks, trucks, etc. were delivered.") == ["Tanks, trucks, etc. were delivered."])
    }

    @Test func monthAbbreviations() {
        #expect(sentences("The talks on Sept. 5 and Oct. 12 failed. Jan. Reports were late.")
            == ["The talks on Sept. 5 and Oct. 12 failed.", "Jan. Reports were late."])
        #expect(sentences("Signed in Dec. The treaty took effect.")
            == ["Signed in Dec.", "The treaty took effect."])
    }

    @Test func initialsDoNotSplit() {
        #expect(sentences("J. R. R. Tolkien wrote it. Donald J. Trump read it. J.R.R. Tolkien smiled.")
            == ["J. R. R. Tolkien wrote it.", "Donald J. Trump read it.", "J.R.R. Tolkien smiled."])
        #expect(sentences("Funding came from Plan B. The rest waited.")
            == ["Funding came from Plan B.", "The rest waited."])
        #expect(sentences("It ships with a 5500M. For gaming, that is enough.")
            == ["It ships with a 5500M.", "For gaming, that is enough."])
    }

    @Test func numbersAndDecimalsNeverSplit() {
        #expect(sentences("He lives at No. 10 Downing Street. Nos. 3 and 4 agreed.")
            == ["He lives at No. 10 Downing Street.", "Nos. 3 and 4 agreed."])
        #expect(sentences("The package is worth €1.5bn, or 3.14 times more. It grew by 2.5%.")
            == ["The package is worth €1.5bn, or 3.14 times more.", "It grew by 2.5%."])
        #expect(sentences("See Art. 5 of the treaty. Fig. 2 shows it. It cost Rs. 500 crore.")
            == ["See Art. 5 of the treaty.", "Fig. 2 shows it.", "It cost Rs. 500 crore."])
        #expect(sentences("Was it yes or no. The vote said no.") == ["Was it yes or no.", "The vote said no."])
    }

    @Test func numberedListItemsStayWhole() {
        #expect(sentences("1. The first point.\n2. The second point.")
            == ["1. The first point.", "2. The second point."])
        #expect(sentences("Output rose in 2024. The rest fell.") == ["Output rose in 2024.", "The rest fell."])
    }

    @Test func dashesAndEllipsesInsideSentences() {
        #expect(sentences("Aid — some of it delayed — arrived. It helped.")
            == ["Aid — some of it delayed — arrived.", "It helped."])
        #expect(sentences("He paused… and then went on. They waited ... and waited.")
            == ["He paused… and then went on.", "They waited ... and waited."])
        #expect(sentences("He paused… Then he spoke. Silence... Nobody moved.")
            == ["He paused…", "Then he spoke.", "Silence...", "Nobody moved."])
    }

    @Test func offsetsAreUTF8BytesIntoNonASCIIText() {
        let text = "  “Café Élysée,” said the minister — twice.\u{00A0}Émile agreed.\n\nÜber alles? Nein. Ça va. "
        let found = splitter.split(text)
        expectValidSentenceOffsets(found, in: text)
        #expect(found.map(\.text) == [
            "“Café Élysée,” said the minister — twice.", "Émile agreed.", "Über alles?", "Nein.", "Ça va.",
        ])
        #expect(found.first?.start == 2)
        #expect(found.first?.end == 2 + "“Café Élysée,” said the minister — twice.".utf8.count)
    }

    @Test func nonASCIIWordsBeforeAPeriodAreNotAbbreviations() {
        // "Zürich." must not be read as the abbreviation "rich" nor "Ré." as an initial.
        #expect(sentences("They met in Zürich. The talks began. It was Dré. Then rain.")
            == ["They met in Zürich.", "The talks began.", "It was Dré.", "Then rain."])
    }

    @Test func otherScripts() {
        #expect(sentences("Он ушёл. Она осталась, 2 ст. л. масла.")
            == ["Он ушёл.", "Она осталась, 2 ст. л. масла."])
        // Korean has no capitals: any letter after a full stop and a space can open a sentence.
        #expect(sentences("전쟁은 계속된다. 하지만 희망은 있다.") == ["전쟁은 계속된다.", "하지만 희망은 있다."])
        // Chinese and Japanese full stops need no space; closing brackets stay with the sentence.
        #expect(sentences("会議は終わった。次は来週だ！本当？") == ["会議は終わった。", "次は来週だ！", "本当？"])
        #expect(sentences("「行こう。」彼は言った。") == ["「行こう。」", "彼は言った。"])
    }

    @Test func currencyCanOpenASentence() {
        #expect(sentences("The fund was approved. $1.5bn goes to air defence. €200m follows.")
            == ["The fund was approved.", "$1.5bn goes to air defence.", "€200m follows."])
        #expect(sentences("It cost approx. $5m and the U.S. $2bn loan.")
            == ["It cost approx. $5m and the U.S. $2bn loan."])
    }

    @Test func trimsUnicodeSpacesAndInvisibleMarks() {
        let text = "\u{FEFF}\u{200B}\u{2009}First one.\u{2003}Second one.\u{3000}"
        #expect(sentences(text) == ["First one.", "Second one."])
    }
}

/// Offsets are UTF-8 byte offsets: the slice `start..<end` of `text.utf8` must equal the
/// sentence text, which is trimmed; sentences are in order and never overlap.
func expectValidSentenceOffsets(_ sentences: [Sentence], in text: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    let utf8 = Array(text.utf8)
    var previousEnd = 0
    for sentence in sentences {
        guard sentence.start >= previousEnd, sentence.start < sentence.end, sentence.end <= utf8.count else {
            Issue.record("bad offsets \(sentence.start)..<\(sentence.end) after \(previousEnd) in \(utf8.count) bytes",
                         sourceLocation: sourceLocation)
            return
        }
        let slice = String(decoding: utf8[sentence.start..<sentence.end], as: UTF8.self)
        #expect(slice == sentence.text, sourceLocation: sourceLocation)
        #expect(Array(sentence.text.utf8) == Array(utf8[sentence.start..<sentence.end]), sourceLocation: sourceLocation)
        #expect(sentence.text.first?.isWhitespace == false && sentence.text.last?.isWhitespace == false,
                sourceLocation: sourceLocation)
        previousEnd = sentence.end
    }
}
