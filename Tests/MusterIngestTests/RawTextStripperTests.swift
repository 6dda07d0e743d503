import Testing
@testable import MusterIngest

@Suite struct RawTextStripperTests {
    private func strip(_ html: String) -> String {
        var html = html
        return String(decoding: html.withUTF8 { RawTextStripper.strip($0) }, as: UTF8.self)
    }

    @Test func removesScriptsStylesAndComments() {
        #expect(strip("<p>a</p><script>if (x < 1) { document.write('</div>') }</script><p>b</p>") == "<p>a</p><p>b</p>")
        #expect(strip("<STYLE type=text/css>p{}</STYLE >x") == "x")
        #expect(strip("a<!-- <script> -->b") == "ab")
        #expect(strip("a<script src=x.js></script>b") == "ab")
        #expect(strip("<p>a<svg viewBox=\"0 0 9 9\"><path d=\"M0 0L9 9\"/><text>icon</text></svg>b</p>") == "<p>ab</p>")
        #expect(strip("<p>a<svg/>b</p>") == "<p>a<svg/>b</p>")
    }

    @Test func keepsJSONLDAndAttributesThatMentionScripts() {
        let jsonLD = "<script type=\"application/ld+json\">{\"headline\":\"x\"}</script>"
        #expect(strip(jsonLD + "<p>a</p>") == jsonLD + "<p>a</p>")
        // The attribute goes (the extractor never reads it), but the text after it stays.
        #expect(strip("<div data-html=\"<script>x</script>\">text</div>") == "<div >text</div>")
        #expect(strip("<p title='<style>'>a</p><p>b</p>") == "<p >a</p><p>b</p>")
    }

    @Test func truncatedInputIsCutCleanly() {
        #expect(strip("<p>a</p><script>var never = 'closed'") == "<p>a</p>")
        #expect(strip("<p>a</p><!-- never closed") == "<p>a</p>")
        #expect(strip("<p>a</p><scr") == "<p>a</p><scr")
    }

    @Test func keepsOnlyTheAttributesTheExtractorReads() {
        #expect(strip("<a href=\"/x\" class=\"tag\" data-id=7 rel=tag>t</a>") == "<a  class=\"tag\"  rel=tag>t</a>")
        #expect(strip("<IMG SRC='a.jpg' srcset=\"a 1x, b 2x\" Style=\"display:none\" hidden>")
            == "<IMG   Style=\"display:none\" hidden>")
        #expect(strip("<meta property=\"og:title\" content=\"A > B\">") == "<meta property=\"og:title\" content=\"A > B\">")
        #expect(strip("<div id = \"main\" onclick = 'go()' >x</div>") == "<div id = \"main\"  >x</div>")
        // A value whose quote never closes is left as it is.
        #expect(strip("<p class=x title=\"open>text") == "<p class=x title=\"open>text")
    }
}
