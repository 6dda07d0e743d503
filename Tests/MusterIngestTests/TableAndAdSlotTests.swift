import MusterCore
import Testing
@testable import MusterIngest

/// Invented pages for two shapes of round 16: a table pasted as text, whose rows each look like
/// a menu of short items between bars, and an ad slot that announces itself above the article.
@Suite struct TableAndAdSlotTests {
    let extractor = PlainTextArticleExtractor()

    private let lead = "Six governments have now paid for spare parts through the joint maintenance scheme, the ministry said."
    private let after = "Officials said the next round of contributions would be announced at the ministers' meeting in March."

    @Test func tableRowsBetweenParagraphsAreKept() {
        let rows = [
            "Donor | Parts | Paid | Shipped",
            "Norway | Track links | 400 | 250",
            "Austria | Engines | 12 | 12",
            "Ireland | Gearboxes | 30 | 0",
        ]
        let page = """
        Home | Parts | Depots | Contact
        Allies pay for tank spare parts
        \(lead)
        \(rows.joined(separator: "\n"))
        \(after)
        © 2026 Depot News | About | Advertise | Privacy
        """
        let article = extractor.extract(text: page)
        #expect(article.text == ([lead] + rows + [after]).joined(separator: "\n"))
    }

    @Test func barredMenusAndFootersStayChrome() {
        // Two menu lines of equal width, with no figures, are no table.
        let page = """
        News | Sport | Weather
        Video | Audio | Live
        Allies pay for tank spare parts
        \(lead)
        \(after)
        """
        #expect(extractor.extract(text: page).text == "\(lead)\n\(after)")
    }

    @Test func anAdSlotNoticeAboveTheArticleIsChrome() {
        let page = """
        Skip to Content
        VALLEY GAZETTE
        Subscribe now   Sign in
        This advertisement has not loaded yet, but your article continues below.
        Local News
        Allies pay for tank spare parts
        The depots will open to all twelve armies, the ministers said.
        Author of the article: Jane Roe
        Published Mar 02, 2026
        Join the conversation
        \(lead)
        \(after)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies pay for tank spare parts")
        #expect(article.text.hasSuffix("\(lead)\n\(after)"))
        #expect(!article.text.contains("advertisement"))
        #expect(!article.text.contains("Author of the article"))
    }
}
