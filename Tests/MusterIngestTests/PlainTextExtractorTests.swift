import MusterCore
import Testing
@testable import MusterIngest

/// Invented pages in the shapes news sites take when copied as text.
@Suite struct PlainTextExtractorTests {
    let extractor = PlainTextArticleExtractor()

    private let paragraphOne = "The ministers of twelve countries agreed on Monday to pool their spare parts for tanks."
    private let paragraphTwo = "Officials said the first shipments would leave the depots before the end of the month."
    private let paragraphThree = "The plan still needs the approval of two national parliaments, the statement added."

    @Test func readsHeaderAndDropsItsChrome() {
        let page = """
        Home > en
        143 views 3 mins 2 comments

        Allies Pool Tank Parts in New Maintenance Deal

        In en, defence, Europe
        March 14, 2024
        What the Deal Covers

        \(paragraphOne)

        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies Pool Tank Parts in New Maintenance Deal")
        #expect(article.published == Day(iso: "2024-03-14"))
        #expect(article.tags == ["defence", "Europe"])
        #expect(article.language == "en")
        #expect(article.text == "What the Deal Covers\n\n\(paragraphOne)\n\n\(paragraphTwo)")
    }

    @Test func keepsLineSpacingOfOneParagraphPerLinePastes() {
        let article = extractor.extract(text: "\(paragraphOne)\n\(paragraphTwo)\n")
        #expect(article.text == "\(paragraphOne)\n\(paragraphTwo)")
        #expect(article.title == nil)
        #expect(article.published == nil)
    }

    @Test func readsStorePrefixAndKeepsTheStandfirstBeforeTheHeadline() {
        let page = """
         date 2023-06-30 Twelve countries will share tank parts, the ministers said after a meeting in Riga.

        Ministers agree to pool spare parts for allied tank fleets

        \(paragraphOne)
        """
        let article = extractor.extract(text: page)
        #expect(article.published == Day(iso: "2023-06-30"))
        #expect(article.title == "Ministers agree to pool spare parts for allied tank fleets")
        #expect(article.text == "Twelve countries will share tank parts, the ministers said after a meeting in Riga.\n\n\(paragraphOne)")
    }

    @Test func takesTheDateFromABylineWithCounters() {
        let page = """
        Allies Pool Tank Parts
        Anna Roe | 15 January 2026, 18:02 CET | 1,204 views | 12 comments
        \(paragraphOne)
        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.published == Day(iso: "2026-01-15"))
        #expect(article.text == "\(paragraphOne)\n\n\(paragraphTwo)" || article.text == "\(paragraphOne)\n\(paragraphTwo)")
    }

    @Test func dropsBylinesAndTakesTheirDate() {
        let page = """
        Allies Pool Tank Parts
        Jane Roe (@jroe) Published March 3, 2024 | 09:10 AM
        By Jane Roe and John Doe
        \(paragraphOne)
        """
        let article = extractor.extract(text: page)
        #expect(article.published == Day(iso: "2024-03-03"))
        #expect(article.text == paragraphOne)
    }

    @Test func keepsSubheadingsAndDatelinesInTheBody() {
        let page = """
        RIGA — \(paragraphOne)
        SPARE PARTS FIRST
        \(paragraphTwo)
        Background:
        \(paragraphThree)
        """
        let article = extractor.extract(text: page)
        #expect(article.text == page)
        #expect(article.title == nil)
    }

    @Test func removesCreditsAndCaptions() {
        let page = """
        [Source: Example News] \(paragraphOne)

        Ministers inspect a tank near Riga on Monday, March 4, 2024. (AP Photo/Jane Roe)

        Getty Images

        A mechanic at work in the depot

        Source: regional television, cited by a news site

        Defence ministers (L-R) stand beside a tank at the depot near Riga on Monday.

        A tank waits for repairs at the depot near Riga during the visit of twelve delegations on Monday, as the ministers of twelve countries look onAFP/JOHN DOE

        RIGA, March 4. /TASS/. \(paragraphTwo)

        Riga, (XYZ - Example Agency - 4th Mar, 2024) \(paragraphThree)

        Reuters
        """
        let article = extractor.extract(text: page)
        #expect(article.text == """
        \(paragraphOne)

        RIGA, March 4. \(paragraphTwo)

        Riga, \(paragraphThree)
        """)
    }

    @Test func keepsOrdinaryParentheses() {
        let line = "The European Union (EU) approved €50 million (US$54 million) for repairs on Tuesday (Mar 5), officials said."
        #expect(extractor.extract(text: line).text == line)
    }

    @Test func removesPromptsRelatedLinksAndTheTail() {
        let page = """
        Allies Pool Tank Parts
        2 min read
        Listen to this article
        \(paragraphOne)
        Read also: Ministers meet again in Vilnius
        Subscribe to our newsletter for the latest updates
        Support our journalism: make a donation today
        \(paragraphTwo)
        Related articles
        Tank deliveries slow as winter nears
        Parliament debates defence budget
        \(paragraphThree)
        Leave a Reply
        Show More
        Tags: tanks, maintenance
        Drone makers expand production in the west
        https://example.com/news/12345?utm_source=feed
        3f9a0c77e1b24d5a9e0f
        To learn about the disclaimer of liability for the content of this website, click here
        © 2024 Example News. All rights reserved.
        """
        let article = extractor.extract(text: page)
        #expect(article.text == "\(paragraphOne)\n\(paragraphTwo)\n\(paragraphThree)")
        #expect(article.tags == ["tanks", "maintenance"])
    }

    @Test func dropsSiteSectionLabelsAndRepeatedHeadlines() {
        let page = """
        Page Loader
        Allies pool tank parts
        Ministers want fewer idle tanks

        Allies pool tank parts

        10.07.2025
        03:15 pm

        What's the story

        \(paragraphOne)

        World News Section
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies pool tank parts")
        #expect(article.published == Day(iso: "2025-07-10"))
        #expect(article.text == "Ministers want fewer idle tanks\n\n\(paragraphOne)")
    }

    @Test func leavesBodySentencesThatMentionChromeWords() {
        let body = """
        By contrast, the three countries will jointly donate spare parts worth $20 million to the repair hub.
        Senator Jane Roe (R) said the package should be approved before the recess.
        In Kyiv, officials said the first package would arrive in May.
        """
        #expect(extractor.extract(text: body).text == body)
    }

    @Test func prefersTheHeadlineOverAKicker() {
        let page = """
        DEFENCE INDUSTRY
        Allies pool tank parts in new maintenance deal
        \(paragraphOne)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies pool tank parts in new maintenance deal")
        #expect(article.text == paragraphOne)
    }

    @Test func dropsAuthorBoxesAndRelatedQuestionsAfterTheBody() {
        let page = """
        \(paragraphOne)
        \(paragraphTwo)
        Edited by John Doe
        Jane Roe
        Reporter
        Jane Roe is a reporter covering defence and security in the Baltic states.
        What happens to the tanks after the war?
        """
        #expect(extractor.extract(text: page).text == "\(paragraphOne)\n\(paragraphTwo)")
    }

    @Test func readsTheDateFromAHeaderLineWithAReadingTime() {
        let page = """
        Allies pool tank parts
        March 3, 2024 5:41 PM 4 min read
        \(paragraphOne)
        """
        let article = extractor.extract(text: page)
        #expect(article.published == Day(iso: "2024-03-03"))
        #expect(article.text == paragraphOne)
    }

    @Test func handlesEmptyAndChromeOnlyInput() {
        #expect(extractor.extract(text: "").text.isEmpty)
        let chromeOnly = extractor.extract(text: "Home > News\n12 views 1 min 0 comments\nShare\n")
        #expect(chromeOnly.text.isEmpty)
        #expect(chromeOnly.title == nil)
    }

    @Test func readsWindowsLineEndingsAndDropsHashtagLines() {
        let page = "Allies pool tank parts\r\n\r\n\(paragraphOne)\r\n\r\n#Tanks #Europe\r\n"
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies pool tank parts")
        #expect(article.text == paragraphOne)
    }

    @Test func endsTheArticleAtItsCommentSection() {
        let page = """
        \(paragraphOne)
        \(paragraphTwo)
        \(paragraphThree)
        2 thoughts on “Allies pool tank parts”
        Jane Roe on March 5, 2024 at 4:47 pm said:
        I think the ministers should have agreed on this much earlier than they did.
        """
        #expect(extractor.extract(text: page).text == "\(paragraphOne)\n\(paragraphTwo)\n\(paragraphThree)")
    }

    @Test func keepsWholePageHeadlineJustAboveTheArticle() {
        let menu = (1...12).map { "Menu Section Number \($0)" }.joined(separator: "\n")
        let page = """
        \(menu)
        Ministers agree to pool spare parts for allied tanks
        \(paragraphOne)
        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Ministers agree to pool spare parts for allied tanks")
        #expect(article.text == "\(paragraphOne)\n\(paragraphTwo)")
    }

    @Test func keepsAParagraphThePasteCutShort() {
        let cut = "The ministers also agreed to set up a joint office that would track the spare parts of every"
            + " tank in the twelve fleets and report each month on what is missing and what has been"
        let page = "\(paragraphOne)\n\(cut)\nShare\nRelated stories"
        #expect(extractor.extract(text: page).text == "\(paragraphOne)\n\(cut)")
    }
}

@Suite struct IconCounterTests {
    @Test func iconCountersAreNeitherTitleNorBody() {
        let page = "Home / World\n👁 1 204   💬 9\nMay 2, 2025\nMinisters agree a new training mission\n"
            + "The ministers agreed on Friday to start a new training mission for recruits next spring.\n"
        let article = PlainTextArticleExtractor().extract(text: page)
        #expect(article.title == "Ministers agree a new training mission")
        #expect(!article.text.contains("1 204"))
    }
}
