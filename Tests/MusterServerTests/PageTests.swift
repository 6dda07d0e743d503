import Foundation
import Hummingbird
import HummingbirdTesting
import MusterCore
import MusterStore
import Testing

@Suite("HTML pages")
struct PageTests {
    @Test func overviewShowsMembersChartAndTimeline() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("Coalition of the willing: 7 members"))
            #expect(page.body.contains("<a href=\"/actors/FR\">FR</a>"))
            // Members without commitments are named once, not given rows of empty cells.
            #expect(page.body.contains("No commitments recorded yet for 4 members"))
            // The grid cell for Germany's air defence says delivered.
            #expect(page.body.contains("title=\"DE, air defense: delivered\""))
            // The server-drawn chart is labelled for screen readers.
            #expect(page.body.contains("<svg class=\"chart\""))
            #expect(page.body.contains("<title>troops: 1 pledged"))
            #expect(page.body.contains("Latest changes"))
            #expect(page.body.contains("New commitment: FR, troops (pledged)"))
            #expect(page.body.contains("href=\"/static/muster.css\""))
        }
    }

    @Test func partiesOutsideTheCoalitionAreListedApart() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let text = "The United States will provide $500 million in military assistance to Ukraine."
        _ = try server.store.ingest(
            NewDocument(bytes: Array(text.utf8), source: "https://example.org/us", title: "US aid",
                        published: Day(iso: "2025-01-09"), text: text),
            claims: [TestServer.pledge("US", .equipment, .pledged, amount: Quantity(value: 500_000_000, unit: "USD"),
                                       quote: text)],
            by: "test", acceptAs: "test")
        try await server.test { client in
            let page = try await client.get("/")
            #expect(page.body.contains("Other parties"))
            #expect(page.body.contains("<a href=\"/actors/US\">US</a>: 1 (1)"))
            #expect(!page.body.contains("<th scope=\"row\"><a href=\"/actors/US\">"))
        }
    }

    @Test func asOfShowsTheLedgerOnThatDay() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let before = try await client.get("/?as_of=2025-06-01")
            #expect(before.status == .ok)
            #expect(before.body.contains("as it stood on <strong>2025-06-01</strong>"))
            #expect(!before.body.contains("title=\"FR, troops: pledged\""))
            #expect(before.body.contains("title=\"NL, financial: pledged\""))
            let after = try await client.get("/?as_of=2025-09-30")
            #expect(after.body.contains("title=\"FR, troops: pledged\""))
            // Links keep the chosen day.
            #expect(after.body.contains("/actors/FR?as_of=2025-09-30"))
        }
    }

    @Test func badAsOfIs400NamingTheParameter() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/?as_of=yesterday")
            #expect(page.status == .badRequest)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("parameter as_of"))
        }
    }

    @Test func actorPageListsCommitmentsAndStatusOverTime() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/actors/de")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h1>Actor DE</h1>"))
            #expect(page.body.contains("IRIS-T systems"))
            #expect(page.body.contains("4 systems"))
            #expect(page.body.contains("<li><time>2025-09-04</time> delivered</li>"))
            #expect(page.body.contains("Coalition of the willing"))
            let unknown = try await client.get("/actors/QQ")
            #expect(unknown.status == .notFound)
            #expect(unknown.body.contains("no actor with code QQ"))
        }
    }

    @Test func commitmentPageMarksTheQuoteInItsDocument() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = try #require(try server.store.claim(id: server.claims["fr"]!)?.commitmentID)
        try await server.test { client in
            let page = try await client.get("/commitments/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.contains("<mark>France will send troops to Ukraine as part of a reassurance force.</mark>"))
            #expect(page.body.contains("accepted by test"))
            #expect(page.body.contains("History"))
            #expect(try await client.get("/commitments/99999").status == .notFound)
            #expect(try await client.get("/commitments/abc").status == .notFound)
        }
    }

    @Test func documentPageEscapesMarkupAndMarksClaims() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/documents/\(server.documents["script"]!)")
            #expect(page.status == .ok)
            #expect(!page.body.contains("<script>"))
            #expect(page.body.contains("Notes &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more."))
            #expect(page.body.contains("&lt;b&gt;Bold&lt;/b&gt; title"))
            #expect(!page.body.contains("<b>Bold</b>"))
            // A non-http source is shown as text, never as a link.
            #expect(!page.body.contains("href=\"javascript:"))
            #expect(page.body.contains("<mark id=\"claim-\(server.claims["dk"]!)\">Denmark may train pilots for Ukraine.</mark>"))
            #expect(page.body.contains("Claims found"))
            #expect(try await client.get("/documents/424242").status == .notFound)
            let list = try await client.get("/documents")
            #expect(list.body.contains("Paris meeting"))
        }
    }

    @Test func unknownRouteIsAnHTMLPage() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/no/such/page")
            #expect(page.status == .notFound)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("<h1>Not found</h1>"))
        }
    }

    @Test func searchFindsDocumentsAndCommitments() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/search?q=reassurance")
            #expect(page.status == .ok)
            #expect(page.body.contains("<mark>reassurance</mark>"))
            #expect(page.body.contains("Paris meeting"))
            let commitments = try await client.get("/search?q=iris")
            #expect(commitments.body.contains("IRIS-T systems"))
            let nothing = try await client.get("/search?q=%22%29%28*")
            #expect(nothing.status == .ok)
            let empty = try await client.get("/search?q=zebra")
            #expect(empty.body.contains("Nothing matches"))
        }
    }

    @Test func searchIndexFollowsAProjectionRebuild() throws {
        let server = try TestServer()
        defer { server.remove() }
        #expect(try server.store.search("iris").commitments.count == 1)
        try server.store.rebuildProjection()
        let after = try server.store.search("iris")
        #expect(after.commitments.map(\.object) == ["IRIS-T systems"])
        #expect(try server.store.search("reassurance").documents.count == 1)
    }

    @Test func aboutPageSaysTheDemoDocumentsAreSamples() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/about")
            #expect(page.status == .ok)
            #expect(page.body.contains("The documents in the demo ledger are samples."))
            let css = try await client.get("/static/muster.css")
            #expect(css.contentType.hasPrefix("text/css"))
        }
    }
}
