/// Small hand-written pages for the HTML extractor tests (our own text, no real site's).
enum HTMLFixtures {
    static let paragraphs = [
        "The coalition agreed on Tuesday to send a further package of air defence systems, officials said, after a long meeting in the capital.",
        "Ministers from twelve countries attended the talks, which lasted well into the evening, and several announced new contributions of their own.",
        "The package includes radar units, interceptor missiles and training for crews, according to a statement published after the meeting ended.",
        "Deliveries are expected to begin in the spring, although the timetable depends on production capacity, which remains limited in several countries.",
    ]

    static var articleParagraphs: String {
        paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    /// A news page with every kind of chrome around one article.
    static let newsPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Allies pledge air defence | Example Daily News</title>
          <meta property="og:site_name" content="Example Daily News">
          <style>.x { color: red; } p { margin: 0 }</style>
          <script>var tracking = "<p>tracking pixel text</p>"; document.write("</div>");</script>
        </head>
        <body>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue browsing.</div>
          <header class="site-header"><a href="/">Example Daily News</a> <a href="/world">World</a></header>
          <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li><li><a href="/c">Sport</a></li></ul></nav>
          <main>
            <article>
              <h1>Allies pledge air defence</h1>
              <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <figure><img src="a.jpg"><figcaption>Ministers arrive for the meeting, in a photograph taken by a photographer.</figcaption></figure>
              \(articleParagraphs)
              <h2>What comes next</h2>
              <p>Officials will meet again next month to review progress, the statement said, and to agree on the next steps.</p>
              <ul><li>Radar units for the eastern regions</li><li>Interceptor missiles for the capital</li></ul>
              <div class="newsletter-signup">Sign up for our daily newsletter, delivered every morning with the top stories of the day.</div>
              <div style="display: none">This hidden paragraph should never appear in the article text at all.</div>
              <!-- a comment that is not article text, with some words in it -->
              <noscript>Please enable JavaScript to read the comments below this article.</noscript>
            </article>
            <aside class="related">
              <h3>Related stories</h3>
              <p><a href="/1">Another long headline about a completely different topic in the news today</a></p>
            </aside>
          </main>
          <div id="comments"><p>I think this is a great article, said one reader, who wrote a long comment about it.</p></div>
          <footer><p>Copyright Example Daily News. All rights reserved. Contact us for licensing information.</p></footer>
        </body>
        </html>
        """
}
