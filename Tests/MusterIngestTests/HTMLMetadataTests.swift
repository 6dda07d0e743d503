import Foundation
import MusterCore
import Testing
@testable import MusterIngest

@Suite struct HTMLMetadataTests {
    let extractor = HTMLArticleExtractor()

    private func page(head: String, body: String = "") -> String {
        "<html lang=\"fr-BE\"><head>\(head)</head><body>\(body)<article>\(HTMLFixtures.articleParagraphs)</article></body></html>"
    }

    private let jsonLD = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page"},
        {"@type":"NewsArticle","headline":"Headline from JSON-LD","datePublished":"2025-03-04T10:00:00+01:00",
        "keywords":["air defence","coalition"]}]}</script>
        """
    private let openGraph = """
        <meta property="og:title" content="Headline from Open Graph - Example News">
        <meta property="article:published_time" content="2025-03-05T08:00:00Z">
        <meta property="article:tag" content="Ukraine">
        """
    private let titles = "<title>Headline from title element | Example News</title>"
    private let heading = "<h1>Headline from heading</h1><time datetime=\"2025-03-07\">7 March</time>"

    @Test func titleSourcesInPriorityOrder() {
        #expect(extractor.extract(html: page(head: jsonLD + openGraph + titles, body: heading), url: nil).title
            == "Headline from JSON-LD")
        #expect(extractor.extract(html: page(head: openGraph + titles, body: heading), url: nil).title
            == "Headline from Open Graph")
        #expect(extractor.extract(html: page(head: titles, body: heading), url: nil).title == "Headline from heading")
        #expect(extractor.extract(html: page(head: titles), url: nil).title == "Headline from title element")
    }

    @Test func stripsSiteNameFromTitles() {
        #expect(TitleCleaning.clean("Allies pledge air defence | Example News", siteName: nil)
            == "Allies pledge air defence")
        #expect(TitleCleaning.clean("Example News - Allies pledge air defence", siteName: "Example News")
            == "Allies pledge air defence")
        #expect(TitleCleaning.clean("Allies pledge air defence - The Daily Gazette", siteName: nil)
            == "Allies pledge air defence")
        // A hyphen inside a headline is not a site suffix.
        #expect(TitleCleaning.clean("Ukraine - the long road to a ceasefire deal explained in detail", siteName: nil)
            == "Ukraine - the long road to a ceasefire deal explained in detail")
    }

    @Test func publishedDaySourcesInPriorityOrder() throws {
        let url = "https://example.org/news/2025/03/09/allies-pledge"
        func day(_ html: String, url: String? = nil) -> String? {
            extractor.extract(html: html, url: url).published?.iso
        }
        #expect(day(page(head: jsonLD + openGraph, body: heading), url: url) == "2025-03-04")
        #expect(day(page(head: openGraph, body: heading), url: url) == "2025-03-05")
        #expect(day(page(head: "<meta name=\"pubdate\" content=\"2025-03-06\">", body: heading), url: url) == "2025-03-06")
        #expect(day(page(head: "<meta name=\"DC.date\" content=\"2025/03/08\">"), url: url) == "2025-03-08")
        #expect(day(page(head: "", body: heading), url: url) == "2025-03-07")
        #expect(day(page(head: ""), url: url) == "2025-03-09")
        #expect(day(page(head: "")) == nil)
    }

    @Test func readsWrittenAndRFCDates() {
        #expect(DateSniffing.day(in: "Mon, 18 Nov 2019 10:00:00 GMT")?.iso == "2019-11-18")
        #expect(DateSniffing.day(in: "November 18, 2019")?.iso == "2019-11-18")
        #expect(DateSniffing.day(in: "2019-02-30") == nil)
        #expect(DateSniffing.dayInURL("https://example.org/a/2019/1/1/?d=2020/02/02")?.iso == "2019-01-01")
        #expect(DateSniffing.dayInURL("https://example.org/story-123456789") == nil)
    }

    @Test func tagsFromMetaJSONLDAndTagLinks() {
        let body = """
            <div class="tags"><a rel="tag" href="/t/1">Air Defence</a> <a class="post-category" href="/c/2">Europe</a></div>
            """
        let extraction = extractor.extract(html: page(head: jsonLD + openGraph, body: body), url: nil)
        #expect(extraction.tags == ["Ukraine", "air defence", "coalition", "Europe"])
    }

    @Test func tagLinksInNavigationAreMenusNotTags() {
        let body = """
            <nav><ul><li><a class="category-link" href="/c/1">World</a></li></ul></nav>
            <div style="display:none"><a rel="tag" href="/t/0">Hidden</a></div>
            <footer><a class="tag" href="/t/2">Footer Tag</a></footer>
            <div class="article-tags"><a rel="tag" href="/t/1">Kyiv</a></div>
            """
        let extraction = extractor.extract(html: page(head: "", body: body), url: nil)
        #expect(extraction.tags == ["Footer Tag", "Kyiv"])
    }

    @Test func languageFromHTMLLang() {
        #expect(extractor.extract(html: page(head: ""), url: nil).language == "fr")
        #expect(extractor.extract(html: "<html lang=\"EN\"><body><p>x</p></body></html>", url: nil).language == "en")
        #expect(extractor.extract(html: "<html lang=\"und-x\"><body></body></html>", url: nil).language == nil)
        #expect(extractor.extract(html: "<html><body></body></html>", url: nil).language == nil)
        let locale = "<html><head><meta property=\"og:locale\" content=\"uk_UA\"></head><body></body></html>"
        #expect(extractor.extract(html: locale, url: nil).language == "uk")
    }

    @Test func jsonLDArticleBodyWhenThePageHasNoText() {
        let story = HTMLFixtures.paragraphs.joined(separator: "\n")
        let escaped = story.replacingOccurrences(of: "\n", with: "\\n")
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"\(escaped)"}</script>
            </head><body><div id="app"></div></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(text == HTMLFixtures.paragraphs.joined(separator: "\n\n"))
    }

    @Test func decodesEntitiesInJSONLDAndDropsInternalKeywords() {
        let head = """
            <script type="application/ld+json">{"@type":"Article","headline":"&#8216;Aid&#8217; &amp; arms: &pound;5bn","keywords":"@post-id:12, _hidden, type_news, False, 2025, Air defence"}</script>
            """
        let extraction = extractor.extract(html: page(head: head), url: nil)
        #expect(extraction.title == "\u{2018}Aid\u{2019} & arms: \u{A3}5bn")
        #expect(extraction.tags == ["Air defence"])
    }
}
