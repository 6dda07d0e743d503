import MusterCore
import Testing
@testable import MusterIngest

/// Invented pages whose header chrome (consent banners, long menus) once took the headline's
/// place while the real headline fell into the body.
@Suite struct HeadlineChromeTests {
    let extractor = PlainTextArticleExtractor()

    private let paragraphOne = "The defence ministers of nine countries agreed on Friday to share the cost of new radar stations."
    private let paragraphTwo = "Engineers said the first station would be ready to track aircraft before the winter."

    @Test func cookieBannerWithAChoiceIsChrome() {
        #expect(LineClassifier.classify(TextLine("This portal uses cookies. By continuing to browse you accept them. Details | OK")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Cookies keep our pages running. By using the portal you agree to our use of cookies. OK")) == .chrome)
        #expect(LineClassifier.classify(TextLine("We care about your privacy. We and our partners use cookies to measure visits. [Accept] [Reject]")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Cookies on the Harbour Gazette")) == .chrome)
        // A headline about biscuits is no banner.
        #expect(LineClassifier.classify(TextLine("Bakers ship cookies to soldiers at the front")) == .text)
    }

    @Test func longBarredMenuIsChrome() {
        #expect(LineClassifier.classify(TextLine("Harbour | Region | World | Views | Living | Money | Gadgets | Games | Clips | Shows")) == .chrome)
        // Two names joined by a bar stay text.
        #expect(LineClassifier.classify(TextLine("Talks in Vilnius | Riga host the next round of ministers on Friday")) == .text)
    }

    @Test func menuOfSectionNamesWithSingleSpacesIsChrome() {
        #expect(LineClassifier.classify(TextLine("Home News Sport Business Culture Travel Weather Live")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Ruritania Europe Africa Middle East Americas Business / Tech Sport")) == .chrome)
        // A headline in title case has words that are no section names.
        #expect(LineClassifier.classify(TextLine("Nine Countries Agree To Share Radar Costs In Europe")) == .text)
    }

    @Test func headlineUnderBannerAndMenusIsFoundAndLeavesTheBody() {
        let page = """
        The Harbour Gazette
        Home News Sport Business Culture Travel Weather Live
        Harbour | Region | World | Views | Living | Money | Gadgets | Games | Clips | Shows
        This portal uses cookies. By continuing to browse you accept them. Details | OK
        Nine countries agree to share the cost of new radar stations
        3 March 2026

        \(paragraphOne)

        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Nine countries agree to share the cost of new radar stations")
        #expect(article.published == Day(iso: "2026-03-03"))
        #expect(article.text == "\(paragraphOne)\n\n\(paragraphTwo)")
    }

    @Test func headlineBelowTheAuthorAndDateUnderASectionMenu() {
        let page = """
        Skip to content
        Home News Sport Business Innovation Culture Travel Earth Video Live
        4 March 2026
        Jane Roe
        Defence correspondent
        Nine countries agree to share the cost of new radar stations
        \(paragraphOne)
        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Nine countries agree to share the cost of new radar stations")
        #expect(article.text == "\(paragraphOne)\n\(paragraphTwo)")
    }

    @Test func headlineRightOnTheBodyUnderTheDateBeatsTheSiteSlogan() {
        let page = """
        Harbour Gazette Online
        The voice of the northern coast since 1921
        News | Region | World | Views
        3 March 2026
        HARBOUR
        Nine countries agree to share the cost of new radar stations
        \(paragraphOne)
        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Nine countries agree to share the cost of new radar stations")
        #expect(article.text == "\(paragraphOne)\n\(paragraphTwo)")
    }

    @Test func captionSignedByAnAgencyAboveTheBodyIsNoHeadline() {
        let page = """
        Harbour Gazette Online
        Nine countries agree to share the cost of new radar stations
        Engineers expect the first station to work before winter
        AFP
        Published: March 3, 2026 11:05
        Share
        Engineers inspect a radar mast on the northern coast. AFP

        \(paragraphOne)

        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Nine countries agree to share the cost of new radar stations")
    }

    @Test func questionHeadlineAboveTheBylineIsNoParagraph() {
        let page = """
        Harbour Gazette Online
        Who will pay for the radar stations on the northern coast?
        By Jane Roe
        3 March 2026

        \(paragraphOne)

        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Who will pay for the radar stations on the northern coast?")
        #expect(article.text == "\(paragraphOne)\n\n\(paragraphTwo)")
    }

    @Test func fontSizeWidgetIsChrome() {
        #expect(LineClassifier.classify(TextLine("Click to expand/ reduce font size  |  Share  |  Comment")) == .chrome)
    }
}

