import Foundation
import Hummingbird
import HummingbirdTesting
import MusterCore
@testable import MusterServer
import MusterStore
import Testing

/// One protected route as a client calls it. `session` routes are HTML forms sent with the
/// session cookie and its CSRF token; the others are API calls with a bearer token.
struct ProtectedRoute: CustomTestStringConvertible, Sendable {
    var name: String
    var method: HTTPRequest.Method
    var session: Bool
    /// The path and body, given the seeded server's claim ids.
    var request: @Sendable (TestServer) -> (path: String, body: String)
    /// The roles that may call it; every other role gets 403.
    var allowed: Set<String>
    var success: HTTPResponse.Status

    var testDescription: String { name }

    static let everyone: Set<String> = ["admin", "editor", "reviewer", "liaison:IT", "liaison:FR", "viewer"]
    static let reviewers: Set<String> = ["admin", "editor", "reviewer"]

    static let proposal = """
        {"source": "https://example.org/it-statement", "title": "Italian statement", "published": "2025-09-20",
         "text": "Italy has delivered the de-mining equipment to Ukraine.",
         "claim": {"type": "commitment", "actor": "IT", "actor_count": null, "recipient": "UA", "category": "equipment",
                   "status": "delivered", "amount": null, "condition": null, "object": "de-mining equipment",
                   "quote": "Italy has delivered the de-mining equipment to Ukraine."}}
        """

    static let all: [ProtectedRoute] = [
        ProtectedRoute(name: "GET / (page)", method: .get, session: true, request: { _ in ("/", "") },
                       allowed: everyone, success: .ok),
        ProtectedRoute(name: "GET /review (page)", method: .get, session: true, request: { _ in ("/review", "") },
                       allowed: everyone, success: .ok),
        ProtectedRoute(name: "GET /api/v1/commitments", method: .get, session: false,
                       request: { _ in ("/api/v1/commitments", "") }, allowed: everyone, success: .ok),
        ProtectedRoute(name: "GET /api/v1/me", method: .get, session: false, request: { _ in ("/api/v1/me", "") },
                       allowed: everyone, success: .ok),
        ProtectedRoute(name: "POST /review/{id}/accept (form)", method: .post, session: true,
                       request: { ("/review/\($0.claims["it"]!)/accept", "") }, allowed: reviewers, success: .seeOther),
        ProtectedRoute(name: "POST /review/{id}/reject (form)", method: .post, session: true,
                       request: { ("/review/\($0.claims["es"]!)/reject", "reason=duplicate") }, allowed: reviewers,
                       success: .seeOther),
        ProtectedRoute(name: "POST /api/v1/claims/{id}/accept", method: .post, session: false,
                       request: { ("/api/v1/claims/\($0.claims["it"]!)/accept", "{}") }, allowed: reviewers, success: .ok),
        ProtectedRoute(name: "POST /api/v1/claims/{id}/reject", method: .post, session: false,
                       request: { ("/api/v1/claims/\($0.claims["es"]!)/reject", #"{"reason": "duplicate"}"#) },
                       allowed: reviewers, success: .ok),
        ProtectedRoute(name: "POST /api/v1/proposals (IT)", method: .post, session: false,
                       request: { _ in ("/api/v1/proposals", proposal) },
                       allowed: ["admin", "editor", "reviewer", "liaison:IT"], success: .created),
        ProtectedRoute(name: "POST /api/v1/coalitions", method: .post, session: false,
                       request: { _ in ("/api/v1/coalitions", #"{"name": "Nordic group", "members": ["DK", "NO"]}"#) },
                       allowed: ["admin", "editor"], success: .created),
        ProtectedRoute(name: "POST /api/v1/coalitions/{id}/requirements", method: .post, session: false,
                       request: { ("/api/v1/coalitions/\($0.coalitionID)/requirements",
                                   #"{"category": "troops", "amount": 25000, "unit": "troops"}"#) },
                       allowed: ["admin", "editor"], success: .created),
        ProtectedRoute(name: "GET /api/v1/coalitions/{id}/gaps", method: .get, session: false,
                       request: { ("/api/v1/coalitions/\($0.coalitionID)/gaps", "") }, allowed: everyone, success: .ok),
        ProtectedRoute(name: "GET /api/v1/accounts", method: .get, session: false,
                       request: { _ in ("/api/v1/accounts", "") }, allowed: ["admin"], success: .ok),
    ]
}

@Suite("Accounts, roles, sessions, CSRF and tokens")
struct AuthTests {
    static let roles = ["admin", "editor", "reviewer", "liaison:IT", "liaison:FR", "viewer"]

    /// Every role against every protected route: allowed → the route's success status,
    /// forbidden → 403, and the ledger changes only when allowed.
    @Test(arguments: roles, ProtectedRoute.all)
    func roleAgainstRoute(role: String, route: ProtectedRoute) async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        let account = try server.addAccount("someone", try #require(Role(role)))
        let token = try server.token(account.name)
        let seqBefore = try server.store.latestSeq()
        let (path, body) = route.request(server)
        let allowed = route.allowed.contains(role)
        try await server.test { client in
            let reply: Reply
            if route.session {
                let browser = try await client.signIn(account.name)
                if route.method == .get {
                    reply = try await client.get(path, headers: [.cookie: browser.cookie])
                } else {
                    reply = try await client.post(path, form: "csrf=\(browser.csrf)&" + body, headers: [.cookie: browser.cookie])
                }
            } else if route.method == .get {
                reply = try await client.get(path, headers: [.authorization: "Bearer \(token)"])
            } else {
                reply = try await client.postJSON(path, body, token: token)
            }
            #expect(reply.status == (allowed ? route.success : .forbidden), "\(role) \(route.name): \(reply.body.prefix(300))")
        }
        if route.method == .post {
            let seqAfter = try server.store.latestSeq()
            #expect(allowed ? seqAfter > seqBefore : seqAfter == seqBefore)
            if allowed {
                // The new entries name the account, never a form field or a default.
                let history = try server.store.entries(after: seqBefore)
                #expect(!history.isEmpty && history.allSatisfy { $0 == "someone" })
            }
        }
    }

    @Test(arguments: ProtectedRoute.all)
    func anonymousIsRefusedWhenNotPublic(route: ProtectedRoute) async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        let (path, body) = route.request(server)
        try await server.test { client in
            let reply = route.method == .get ? try await client.get(path) : try await client.postJSON(path, body, token: nil)
            if route.method == .get && !path.hasPrefix("/api") {
                #expect(reply.status == .seeOther)
                #expect(reply.location == "/login?next=\(path)")
            } else {
                #expect(reply.status == .unauthorized, "\(route.name)")
                #expect(reply.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
        }
    }

    @Test func openRoutesNeedNoAccount() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try await server.test { client throws in
            #expect(try await client.get("/login").status == .ok)
            #expect(try await client.get("/healthz").status == .ok)
            #expect(try await client.get("/static/muster.css").status == .ok)
            #expect(try await client.get("/api/openapi.yaml").status == .ok)
            #expect(try await client.get("/metrics").status == .seeOther)
            #expect(try await client.get("/api/v1/claims/1").status == .unauthorized)
        }
    }

    @Test func publicOpensReadsButNotWrites() async throws {
        let server = try TestServer(isPublic: true)
        defer { server.remove() }
        let id = server.claims["it"]!
        try await server.test { client in
            #expect(try await client.get("/").status == .ok)
            #expect(try await client.get("/api/v1/commitments").status == .ok)
            let queue = try await client.get("/review")
            #expect(queue.status == .ok)
            #expect(!queue.body.contains("action=\"/review/\(id)/accept\""), "anonymous visitors see no decision forms")
            #expect(queue.body.contains("Sign in</a> as a reviewer"))
            #expect(try await client.post("/review/\(id)/accept", form: "").status == .unauthorized)
            #expect(try await client.postJSON("/api/v1/claims/\(id)/accept", "{}", token: nil).status == .unauthorized)
            #expect(try await client.get("/api/v1/me").status == .unauthorized)
            #expect(try await client.get("/api/v1/accounts").status == .unauthorized)
        }
        #expect(try server.store.claim(id: id)?.state == .pending)
    }

    @Test func formsWithoutOrWithAWrongCSRFTokenAreRefused() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("alice", .reviewer)
        let id = server.claims["it"]!
        try await server.test { client in
            let browser = try await client.signIn("alice")
            let cookie: HTTPFields = [.cookie: browser.cookie]
            #expect(try await client.post("/review/\(id)/accept", form: "", headers: cookie).status == .forbidden)
            #expect(try await client.post("/review/\(id)/accept", form: "csrf=forged", headers: cookie).status == .forbidden)
            // Another session's token is no good either.
            let other = try await client.signIn("alice")
            #expect(other.csrf != browser.csrf)
            #expect(try await client.post("/review/\(id)/accept", form: "csrf=\(other.csrf)", headers: cookie).status == .forbidden)
            // The API with the session cookie needs the token too, as a header.
            #expect(try await client.postJSON("/api/v1/claims/\(id)/accept", "{}", token: nil).status == .unauthorized)
            var api = cookie
            api[.contentType] = "application/json"
            let noHeader = try await client.execute(uri: "/api/v1/claims/\(id)/accept", method: .post, headers: api,
                                                    body: ByteBuffer(string: "{}")) { Reply($0) }
            #expect(noHeader.status == .forbidden)
            #expect(try server.store.claim(id: id)?.state == .pending)
            api[AuthMiddleware.csrfHeader] = browser.csrf
            let withHeader = try await client.execute(uri: "/api/v1/claims/\(id)/accept", method: .post, headers: api,
                                                      body: ByteBuffer(string: "{}")) { Reply($0) }
            #expect(withHeader.status == .ok)
            // Sign-out is a form too.
            #expect(try await client.post("/logout", form: "", headers: cookie).status == .forbidden)
        }
        #expect(try server.store.claim(id: id)?.reviewer == "alice")
    }

    @Test func signInFormNeedsItsOwnCSRFToken() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("alice", .reviewer)
        try await server.test { client in
            let form = try await client.get("/login")
            let cookie = try #require(form.setCookie("muster_login")?.split(separator: ";").first.map(String.init))
            let password = TestServer.password.replacingOccurrences(of: " ", with: "+")
            let forged = try await client.post("/login", form: "csrf=forged&name=alice&password=\(password)",
                                               headers: [.cookie: cookie])
            #expect(forged.status == .forbidden)
            #expect(forged.setCookie("muster_session") == nil)
            let noCookie = try await client.post("/login", form: "csrf=\(form.csrf ?? "")&name=alice&password=\(password)")
            #expect(noCookie.status == .forbidden)
        }
    }

    @Test func sessionCookieIsSignedHttpOnlySameSiteAndEndsOnSignOut() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("alice", .viewer)
        let secure = ServerConfig(databasePath: server.path, port: 0, maxBodyBytes: 4096, secureCookies: true,
                                  sessionSecret: "test secret")
        try await server.test(config: secure) { client in
            let form = try await client.get("/login")
            let loginCookie = try #require(form.setCookie("muster_login")?.split(separator: ";").first.map(String.init))
            let password = TestServer.password.replacingOccurrences(of: " ", with: "+")
            let reply = try await client.post("/login", form: "csrf=\(form.csrf!)&name=alice&password=\(password)&next=//evil.example",
                                              headers: [.cookie: loginCookie])
            #expect(reply.location == "/", "no open redirect")
            let header = try #require(reply.setCookie("muster_session"))
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Lax"))
            #expect(header.contains("Secure"))
            #expect(header.contains("Max-Age=28800"))
            let cookie = String(header.split(separator: ";")[0])
            let me = try await client.get("/api/v1/me", headers: [.cookie: cookie])
            #expect(me.body.contains("\"name\":\"alice\""))
            // Any change to the cookie breaks its signature.
            let tampered = cookie.replacingOccurrences(of: "v1.1.", with: "v1.2.")
            #expect(try await client.get("/api/v1/me", headers: [.cookie: tampered]).status == .unauthorized)
            let csrf = try #require(try await client.get("/", headers: [.cookie: cookie]).csrf)
            let out = try await client.post("/logout", form: "csrf=\(csrf)", headers: [.cookie: cookie])
            #expect(out.status == .seeOther)
            #expect(out.setCookie("muster_session")?.contains("Max-Age=0") == true)
            // The old cookie, replayed after sign-out, no longer works.
            #expect(try await client.get("/api/v1/me", headers: [.cookie: cookie]).status == .unauthorized)
        }
    }

    @Test func liaisonCannotTouchAnotherStatesCommitmentsOrClaims() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("marie", .liaison("FR"))
        let token = try server.token("marie")
        let seq = try server.store.latestSeq()
        let proposal: @Sendable (String, String) -> String = { actor, quote in
            """
            {"source": "https://example.org/\(actor)", "text": "\(quote)",
             "claim": {"type": "commitment", "actor": "\(actor)", "recipient": "UA", "category": "troops",
                       "status": "delivered", "amount": null, "quote": "\(quote)"}}
            """
        }
        try await server.test { client in
            // Germany's commitments are not France's liaison's to change.
            let german = try await client.postJSON("/api/v1/proposals", proposal("DE", "Germany has sent troops."), token: token)
            #expect(german.status == .forbidden)
            #expect(german.body.contains("liaison:FR"))
            // Nor may a liaison decide claims, even about France.
            for claim in [server.claims["de"]!, server.claims["it"]!, server.claims["fr"]!] {
                let accept = try await client.postJSON("/api/v1/claims/\(claim)/accept", "{}", token: token)
                #expect(accept.status == .forbidden || accept.status == .conflict)
            }
            #expect(try await client.postJSON("/api/v1/claims/\(server.claims["es"]!)/reject", #"{"reason":"x"}"#,
                                              token: token).status == .forbidden)
            #expect(try server.store.latestSeq() == seq)
            // France's own: recorded as a pending proposal by marie, no commitment changed yet.
            let french = try await client.postJSON("/api/v1/proposals", proposal("FR", "France has deployed troops."), token: token)
            #expect(french.status == .created, "\(french.body)")
            let object = try JSONSerialization.jsonObject(with: Data(french.body.utf8)) as? [String: Any]
            let claimID = try #require((object?["claim_id"] as? NSNumber)?.int64Value)
            let claim = try #require(try server.store.claim(id: claimID))
            #expect(claim.state == .pending)
            #expect(try server.store.entries(after: seq).allSatisfy { $0 == "marie" })
            // A quote that is not in the text is refused.
            let bad = try await client.postJSON("/api/v1/proposals",
                                                proposal("FR", "France will train pilots.").replacingOccurrences(
                                                    of: "\"text\": \"France will train pilots.\"", with: "\"text\": \"Nothing.\""),
                                                token: token)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func revokedTokensStopWorking() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("bot", .reviewer)
        let created = try server.accounts.createToken(account: "bot", label: "ci")
        #expect(created.secret.hasPrefix("mst_"))
        // Only the hash is stored.
        let stored = try await server.store.databasePool.read { db in try String.fetchAll(db, sql: "SELECT hash FROM api_token") }
        #expect(stored == [AccountService.tokenHash(created.secret)])
        try await server.test { client in
            let bearer: HTTPFields = [.authorization: "Bearer \(created.secret)"]
            #expect(try await client.get("/api/v1/me", headers: bearer).status == .ok)
            try server.accounts.store.revokeToken(id: created.token.id)
            let after = try await client.get("/api/v1/me", headers: bearer)
            #expect(after.status == .unauthorized)
            #expect(try await client.postJSON("/api/v1/claims/\(server.claims["it"]!)/accept", "{}",
                                              token: created.secret).status == .unauthorized)
            // A wrong token is refused even on a public server's reads: never silently anonymous.
            #expect(try await client.get("/api/v1/commitments", headers: [.authorization: "Bearer mst_wrong"]).status
                    == .unauthorized)
        }
        #expect(throws: AccountError.tokenAlreadyRevoked(created.token.id)) {
            try server.accounts.store.revokeToken(id: created.token.id)
        }
    }

    @Test func removedAccountsLoseTokensAndSessions() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("temp", .editor)
        let token = try server.token("temp")
        try await server.test { client in
            let browser = try await client.signIn("temp")
            try server.accounts.store.removeAccount(named: "temp")
            #expect(try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"]).status == .unauthorized)
            #expect(try await client.get("/api/v1/me", headers: [.cookie: browser.cookie]).status == .unauthorized)
        }
        #expect(throws: AccountError.nameRetired("temp")) { try server.addAccount("temp", .viewer) }
        #expect(try server.store.accounts.tokens().allSatisfy { !$0.isActive })
    }

    @Test func roleChangesTakeEffectOnTheNextRequest() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("dana", .viewer)
        let token = try server.token("dana")
        try await server.test { client in
            let id = server.claims["it"]!
            #expect(try await client.postJSON("/api/v1/claims/\(id)/accept", "{}", token: token).status == .forbidden)
            try server.accounts.store.setRole(.reviewer, account: "dana")
            #expect(try await client.postJSON("/api/v1/claims/\(id)/accept", "{}", token: token).status == .ok)
        }
    }

    @Test func signInIsRateLimitedPerAccount() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("alice", .reviewer)
        try await server.test { client in
            let form = try await client.get("/login")
            let cookie: HTTPFields = [.cookie: try #require(form.setCookie("muster_login")?.split(separator: ";").first.map(String.init))]
            let csrf = try #require(form.csrf)
            for _ in 0..<5 {
                let wrong = try await client.post("/login", form: "csrf=\(csrf)&name=alice&password=wrong+password", headers: cookie)
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.contains("Wrong account name or password"))
            }
            let password = TestServer.password.replacingOccurrences(of: " ", with: "+")
            let limited = try await client.post("/login", form: "csrf=\(csrf)&name=alice&password=\(password)", headers: cookie)
            #expect(limited.status == .tooManyRequests)
            let retry = try #require(limited.headers[.retryAfter].flatMap(Int.init))
            #expect(retry > 800 && retry <= 900)
            #expect(limited.setCookie("muster_session") == nil)
        }
    }

    /// The limiter itself, with a clock: per account, per address, and the window sliding.
    @Test func limiterCountsPerAccountAndPerAddressInAWindow() throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        try server.addAccount("alice", .reviewer)
        try server.addAccount("bob", .reviewer)
        let clock = TestClock()
        let service = AccountService(store: server.store.accounts, bcryptCost: 4,
                                     loginLimit: LoginLimit(failures: 3, window: 600), now: { clock.now })
        for name in ["alice", "bob", "nobody"] {
            #expect(try service.login(name: name, password: "wrong", address: "10.0.0.1") == .failure)
        }
        // The address has 3 failures: even the right password is not checked from there.
        #expect(try service.login(name: "alice", password: TestServer.password, address: "10.0.0.1") == .limited(retryAfter: 600))
        // From elsewhere, alice (1 failure) still signs in, which clears her count.
        guard case .success(let account) = try service.login(name: "alice", password: TestServer.password, address: "10.0.0.2")
        else { Issue.record("alice could not sign in from another address"); return }
        #expect(account.name == "alice")
        for address in ["10.0.0.3", "10.0.0.4"] {
            #expect(try service.login(name: "bob", password: "wrong", address: address) == .failure)
        }
        clock.advance(100)
        // bob has 3 failures now (one from 10.0.0.1): limited per account from any address.
        #expect(try service.login(name: "bob", password: TestServer.password, address: "10.0.0.9") == .limited(retryAfter: 500))
        clock.advance(501)
        // Every failure is now older than the window: bob signs in again.
        guard case .success = try service.login(name: "bob", password: TestServer.password, address: "10.0.0.9") else {
            Issue.record("bob is still limited after the window"); return
        }
    }

    @Test func passwordsAreStoredAsBcryptHashes() throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        let account = try server.addAccount("alice", .reviewer)
        #expect(account.passwordHash.hasPrefix("$2b$04$"))
        #expect(!account.passwordHash.contains(TestServer.password))
        #expect(throws: AccountServiceError.self) { try server.accounts.addUser(name: "eve", role: .viewer, password: "short") }
        #expect(throws: AccountError.duplicateName("alice")) { try server.addAccount("alice", .viewer) }
        #expect(throws: AccountError.invalidName("a b")) { try server.addAccount("a b", .viewer) }
        #expect(Role("liaison:fr") == .liaison("FR"))
        #expect(Role("liaison:QQ") == nil)
        #expect(Role("superuser") == nil)
    }

    @Test func historyShowsWhoDidWhat() async throws {
        let server = try TestServer(isPublic: true)
        defer { server.remove() }
        try server.addAccount("alice", .reviewer)
        let token = try server.token("alice")
        let id = server.claims["it"]!
        try await server.test { client in
            #expect(try await client.postJSON("/api/v1/claims/\(id)/accept", #"{"reason": "checked"}"#, token: token).status == .ok)
            let commitment = try #require(try server.store.claim(id: id)?.commitmentID)
            let page = try await client.get("/commitments/\(commitment)")
            #expect(page.body.contains("by alice"))
            let overview = try await client.get("/")
            #expect(overview.body.contains("by alice"))
        }
    }
}

/// A settable clock for the limiter.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: TimeInterval = 1_750_000_000

    var now: Date { lock.withLock { Date(timeIntervalSince1970: seconds) } }
    func advance(_ delta: TimeInterval) { lock.withLock { seconds += delta } }
}

/// Who made each entry appended after `seq` (every kind: documents, claims, reviews, coalitions).
struct EntryAuthors {
    let who: [String]
    var isEmpty: Bool { who.isEmpty }
    func allSatisfy(_ test: (String) -> Bool) -> Bool { who.allSatisfy(test) }
}

extension SQLiteLedgerStore {
    func entries(after seq: Int64) throws -> EntryAuthors {
        EntryAuthors(who: try databasePool.read { db in
            try String.fetchAll(db, sql: "SELECT who FROM entry WHERE seq > ? ORDER BY seq", arguments: [seq])
        })
    }
}
