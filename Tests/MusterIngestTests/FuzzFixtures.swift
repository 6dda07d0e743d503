/// Small, valid pages that the fuzz tests mutate. Invented text, shaped like the real thing:
/// a news article page with site chrome, a page in a legacy charset, a bare fragment, text
/// pasted from a web page, and a long page (over the 4 KiB the binary check looks at).
enum FuzzFixtures {
    static let articlePage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Allies agree air-defence package | The Example Times</title>
          <meta property="og:title" content="Allies agree air-defence package">
          <meta property="article:published_time" content="2025-09-04T10:15:00Z">
          <meta name="keywords" content="Ukraine, Defence, Europe">
          <script type="application/ld+json">{"@type":"NewsArticle","headline":"Allies agree","datePublished":"2025-09-04"}</script>
          <style>body { font-family: serif; } .ad { display: none; }</style>
          <script>window.dataLayer = window.dataLayer || []; if (a < b && c > d) { track("x"); }</script>
        </head>
        <body>
          <header><nav><a href="/">Home</a> &gt; <a href="/world">World</a> <a href="/login">Sign in</a></nav></header>
          <!-- begin article -->
          <main>
            <article>
              <h1>Allies agree air-defence package</h1>
              <p class="byline">By A. N. Reporter &middot; 4 Sept. 2025</p>
              <p>PARIS &mdash; Ministers from 26 countries agreed on Thursday to send more air-defence systems to Kyiv.
              The U.S. officials present said the package was worth &euro;1.5bn.</p>
              <figure><img src="/i/launcher.jpg" alt="A launcher"><figcaption>A launcher. (Photo: Agency)</figcaption></figure>
              <p>&ldquo;We will deliver before winter,&rdquo; said Dr. Maria Kowalska, the host. Delivery starts in Oct. The rest follows.</p>
              <h2>What comes next</h2>
              <p>Talks resume on Nov. 3 in Berlin&#8212;with the U.K. and Norway &amp; others. Caf&eacute; owners cheered&#x21;</p>
              <aside class="related"><h3>Related</h3><ul><li><a href="/a">Earlier talks stalled</a></li></ul></aside>
              <div class="share">Share on X &bull; Share by email</div>
            </article>
          </main>
          <footer><p>&copy; 2025 The Example Times. All rights reserved.</p><form><input name="email"><button>Subscribe</button></form></footer>
        </body>
        </html>
        """

    /// Latin-1 bytes under a declared charset: é, ü and ß are single bytes, invalid as UTF-8.
    static let latin1Page: [UInt8] = Array("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
        <title>Sanktionen</title></head><body><div id="content"><p>Die Minister aus M
        """.utf8) + [0xFC] + Array("nchen und Z".utf8) + [0xFC] + Array("rich berieten. Der Gipfel in Br".utf8)
        + [0xFC] + Array("ssel folgt. Gro".utf8) + [0xDF] + Array("e Mehrheit, caf".utf8) + [0xE9]
        + Array(".</p><table><tr><td>1</td><td>2</td></tr></table></div></body></html>".utf8)

    static let fragment = "<p>First paragraph. It has two sentences.</p><p>Second one, with <b>bold</b> and <i>italic</i>.</p>"

    static let pastedText = """
        Home > World > Europe
        27 views  5 mins  0 comments

        Coalition leaders meet in Paris

        September 4, 2025

        PARIS — Leaders of the coalition met on Thursday. They discussed a reassurance force, air policing and training.
        “We are ready,” said Mr. Dupont. The U.K. will send engineers; the U.S. will provide intelligence.
        Share this:
        Facebook  X  Email
        Leave a Reply
        """

    static let crlfText = "Headline without a stop\r\n\r\n\tBody text with a tab. Another sentence!\r\n"
        + "• A bullet point\r\n• Another one… and more\r\n"

    /// Thirty paragraphs, some 9 KB: long enough that a NUL byte can land past the binary check.
    static let longPage: String = {
        let sentences = [
            "The ministry confirmed the delivery of 40 armoured vehicles.",
            "Officials in Warsaw, Vilnius and Riga welcomed the decision.",
            "A second tranche is expected early next year, according to Gen. Novak.",
            "Critics said the plan came too late; supporters called it decisive.",
            "Parliament approved €2.3bn for the fund, i.e. more than last year.",
        ]
        var html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Long report</title></head><body><article>"
        for paragraph in 0..<30 {
            html += "<p>"
            for offset in 0..<3 { html += sentences[(paragraph + offset) % sentences.count] + " " }
            html += "</p>\n"
        }
        return html + "</article></body></html>"
    }()

    static var all: [[UInt8]] {
        [Array(articlePage.utf8), latin1Page, Array(fragment.utf8), Array(pastedText.utf8), Array(crlfText.utf8),
         Array(longPage.utf8)]
    }
}
