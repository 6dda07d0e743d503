import Foundation
import MusterCore
import Testing
@testable import MusterIngest

@Suite struct HTMLArticleExtractorTests {
    let extractor = HTMLArticleExtractor()

    @Test func keepsTheArticleAndDropsTheChrome() {
        let text = extractor.extract(html: HTMLFixtures.newsPage, url: nil).text
        for paragraph in HTMLFixtures.paragraphs {
            #expect(text.contains(paragraph))
        }
        #expect(text.contains("What comes next"))
        #expect(text.contains("Interceptor missiles for the capital"))
        for chrome in ["cookies", "Politics", "Share on", "photograph", "newsletter", "hidden paragraph", "comment",
                       "JavaScript", "Related stories", "great article", "Copyright", "tracking", "color: red"] {
            #expect(!text.contains(chrome), "chrome leaked: \(chrome)")
        }
    }

    @Test func writesParagraphsSeparatedByBlankLines() {
        let text = extractor.extract(html: HTMLFixtures.newsPage, url: nil).text
        let blocks = text.components(separatedBy: "\n\n")
        #expect(blocks.first == HTMLFixtures.paragraphs[0])
        #expect(blocks.contains("What comes next"))
        #expect(blocks.contains("Radar units for the eastern regions"))
        #expect(!text.hasSuffix("\n") && !text.hasPrefix("\n"))
        // The headline is metadata, not body.
        #expect(!text.contains("Allies pledge air defence"))
    }

    @Test func collapsesInlineWhitespaceAndKeepsInlineMarkupTogether() {
        let html = """
            <html><body><article><p>The   ministers\n  <b>agreed</b>&nbsp;to <a href="/x">send</a> more
            systems, and the <i>talks</i>, which were long, ended late at night in the capital city.</p>
            <p>Second   paragraph, with commas, and more words, so that the article is long enough to count.</p>
            </article></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(text.hasPrefix("The ministers agreed to send more systems, and the talks, which were long,"))
        #expect(text.contains("capital city.\n\nSecond paragraph, with commas,"))
    }

    @Test func choosesTheBodyOverALongerLinkSidebar() {
        let links = (1...30).map { "<li><a href=\"/story/\($0)\">Headline number \($0) about something else entirely</a></li>" }
            .joined()
        let html = """
            <html><body>
            <div class="column-left"><ul>\(links)</ul></div>
            <div class="story-text">\(HTMLFixtures.articleParagraphs)</div>
            <div class="column-right"><p>Short note.</p></div>
            </body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(text.hasPrefix(HTMLFixtures.paragraphs[0]))
        #expect(!text.contains("Headline number"))
        #expect(!text.contains("Short note"))
    }

    @Test func joinsSiblingPartsOfASplitArticle() {
        let html = """
            <html><body><div id="page">
            <div class="story-part"><p>\(HTMLFixtures.paragraphs[0])</p><p>\(HTMLFixtures.paragraphs[1])</p></div>
            <div class="pull-quote-image"><img src="x.jpg"></div>
            <div class="story-part"><p>\(HTMLFixtures.paragraphs[2])</p><p>\(HTMLFixtures.paragraphs[3])</p></div>
            </div></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        for paragraph in HTMLFixtures.paragraphs {
            #expect(text.contains(paragraph))
        }
    }

    @Test func pageWithoutArticleGivesEmptyText() {
        let html = """
            <html><head><title>Index</title></head><body>
            <nav><a href="/a">Home</a> <a href="/b">About</a></nav>
            <ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>
            <footer>Footer text</footer></body></html>
            """
        let extraction = extractor.extract(html: html, url: nil)
        #expect(extraction.text == "")
        #expect(extraction.title == "Index")
    }

    @Test func survivesMalformedAndTruncatedHTML() {
        let page = HTMLFixtures.newsPage
        // Cut the page at many points, including inside tags, comments, scripts and entities.
        let bytes = Array(page.utf8)
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            let prefix = String(decoding: bytes[..<cut], as: UTF8.self)
            _ = extractor.extract(html: prefix, url: nil)
        }
        let truncated = String(decoding: bytes[..<(bytes.count * 3 / 4)], as: UTF8.self)
        #expect(extractor.extract(html: truncated, url: nil).text.contains(HTMLFixtures.paragraphs[3]))

        let junk = [
            "", "<", "<<<>>>", "<html", "<!--", "<!-- never closed <p>text", "<script>", "<script>if (a < b) {",
            "<p><p><p><div></span></b></i></p>", "&#xFFFFFF; &bogus; &amp", "<svg><svg><svg>", "</html></body>",
            "<p class=\"unterminated>text " + String(repeating: "word, ", count: 50),
            String(repeating: "<div>", count: 5000) + "deep text, with commas, and more, of it" + String(repeating: "</div>", count: 10),
            "<table><tr><td>cell<td>cell<tr><td>x</table></td></td>",
            "\u{FEFF}<html><body><p>\u{0}nul and \u{7}bell</p>",
        ]
        for html in junk {
            _ = extractor.extract(html: html, url: "https://example.org/2024/01/02/x")
        }
        let unclosed = "<html><body><article><p>" + HTMLFixtures.paragraphs.joined(separator: "<p>")
        let text = extractor.extract(html: unclosed, url: nil).text
        #expect(text.contains(HTMLFixtures.paragraphs[0]) && text.contains(HTMLFixtures.paragraphs[3]))
    }

    @Test func textIsNotDecodedTwiceWhenThePageDeclaresAnotherCharset() {
        // TextDecoding already turned the bytes into a String; the <meta> must not be obeyed again.
        let html = "<html><head><meta charset=\"iso-8859-1\"><title>Café Kyiv</title></head><body><article><p>"
            + "Ministers met at the café in Kyiv, where the coalition’s talks — long, tense — ended late.</p></article></body></html>"
        let extraction = extractor.extract(html: html, url: nil)
        #expect(extraction.text == "Ministers met at the café in Kyiv, where the coalition’s talks — long, tense — ended late.")
        #expect(extraction.title == "Café Kyiv")
    }

    @Test func keepsEmbeddedPostsAndDataTables() {
        let html = """
            <html><body><article><div class="entry-content">
            \(HTMLFixtures.articleParagraphs)
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>We are sending more help this week, <a href="https://t.co/x">t.co/x</a></p>— A Minister (@minister) <a href="https://x.com/1">May 1, 2024</a></blockquote></div>
            <table class="results"><tbody><tr><th>Country</th><th>Units</th></tr><tr class="row player-row"><td>Norway</td><td>12</td></tr><tr><td>Chile</td><td>4</td></tr></tbody></table>
            </div></article></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(text.contains("We are sending more help this week"))
        #expect(text.contains("Country Units"))
        #expect(text.contains("Norway 12"))
    }
}

@Suite struct HTMLBodyChoiceTests {
    let extractor = HTMLArticleExtractor()

    @Test func wrapperNamedLikeChromeStillYieldsTheArticle() {
        // "sidebar" and "modal" in the wrappers' names must not throw the article away.
        let html = """
            <html><body><div class="layout with-sidebar"><div class="box modal-enabled">
            \(HTMLFixtures.articleParagraphs)
            </div><div class="sidebar"><p>Sidebar text that is long enough to be a paragraph of its own here.</p></div>
            </div></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(text.hasPrefix(HTMLFixtures.paragraphs[0]))
        #expect(text.contains(HTMLFixtures.paragraphs[3]))
        #expect(!text.contains("Sidebar text"))
    }

    @Test func ignoresBylineDatesAndTeaserLinkParagraphs() {
        let html = """
            <html><body><article><div class="story">
            <p class="byline">By <span itemprop="author">A. Reporter</span> <span itemprop="datePublished">4 March 2025</span></p>
            <div class="meta-line"><span class="post-views">27 views</span> <span class="reading-time">2 min read</span></div>
            \(HTMLFixtures.articleParagraphs)
            <p><a href="/other">Read more: another story about a different subject entirely</a></p>
            <p>Copyright 2025 Example News. All Rights Reserved.</p>
            </div></article></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(text.hasPrefix(HTMLFixtures.paragraphs[0]))
        #expect(!text.contains("Reporter"))
        #expect(!text.contains("views") && !text.contains("min read"))
        #expect(!text.contains("Rights Reserved"))
        #expect(text.hasSuffix(HTMLFixtures.paragraphs[3]))
        #expect(!text.contains("Read more"))
    }

    @Test func keepsStandfirstAndDatelineButNotTheDateLine() {
        // spec/claims.md: the body keeps standfirsts and datelines ("Paris —"), drops bylines.
        let html = """
            <html><body><article>
            <h2 class="standfirst" itemprop="description">Twelve countries promise radar units and missiles for the spring.</h2>
            <div class="dateline">Updated 4 March 2025, 10:41</div>
            <p><span class="dateline">PARIS —</span> \(HTMLFixtures.paragraphs[0])</p>
            \(HTMLFixtures.paragraphs.dropFirst().map { "<p>" + $0 + "</p>" }.joined())
            </article></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(text.hasPrefix("Twelve countries promise radar units and missiles for the spring."))
        #expect(text.contains("PARIS — " + HTMLFixtures.paragraphs[0]))
        #expect(!text.contains("Updated 4 March"))
    }

    @Test func dropsStandaloneTeaserLinksButKeepsLinksInSentencesAndCells() {
        let html = """
            <html><body><article><div class="story">
            <p>\(HTMLFixtures.paragraphs[0])</p>
            <a class="teaser" href="/other"><span>Also on this site</span><span>A different story about another subject</span></a>
            <p>\(HTMLFixtures.paragraphs[1]) The <a href="/nato">alliance</a> agreed.</p>
            <table><tr><th>Code</th><th>Name</th></tr><tr><td><a href="/q/ab">AB</a></td><td>Alpha Beta</td></tr></table>
            <p>\(HTMLFixtures.paragraphs[2])</p>
            </div></article></body></html>
            """
        let text = extractor.extract(html: html, url: nil).text
        #expect(!text.contains("Also on this site"))
        #expect(text.contains("The alliance agreed."))
        #expect(text.contains("AB Alpha Beta"))
    }

    @Test func concurrentExtractionsAgree() async {
        let expected = extractor.extract(html: HTMLFixtures.newsPage, url: nil)
        let results = await withTaskGroup(of: ArticleExtraction.self) { group in
            for _ in 0..<8 {
                group.addTask { HTMLArticleExtractor().extract(html: HTMLFixtures.newsPage, url: nil) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
