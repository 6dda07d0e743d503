import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite struct AccountCommandTests {
    /// `muster ARGS --database DB`, with the password (if any) on standard input.
    static func muster(_ arguments: [String], database: String, stdin: String? = nil) throws -> MusterProcess.Result {
        try MusterProcess.run(arguments + ["--database", database], stdin: stdin.map { Data($0.utf8) })
    }

    @Test func usersAreAddedListedChangedAndRemoved() throws {
        let directory = try MusterProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ledger.sqlite").path
        let add = try Self.muster(["user", "add", "alice", "--role", "reviewer", "--password-stdin", "--bcrypt-cost", "4"],
                                  database: database, stdin: "a long enough password\n")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "account alice added (reviewer)\n")
        let liaison = try Self.muster(["user", "add", "marie", "--role", "liaison:fr", "--password-stdin", "--bcrypt-cost", "4"],
                                      database: database, stdin: "another long password\n")
        #expect(liaison.stdout == "account marie added (liaison:FR)\n")

        // Refusals: a bad role, a short password, a duplicate, no terminal and no --password-stdin.
        let badRole = try Self.muster(["user", "add", "bob", "--role", "superuser", "--password-stdin"], database: database,
                                      stdin: "a long enough password\n")
        #expect(badRole.status == 64)
        let short = try Self.muster(["user", "add", "bob", "--role", "viewer", "--password-stdin"], database: database,
                                    stdin: "short\n")
        #expect(short.status == 1)
        #expect(short.stderr.contains("at least 10 characters"))
        let duplicate = try Self.muster(["user", "add", "alice", "--role", "viewer", "--password-stdin", "--bcrypt-cost", "4"],
                                        database: database, stdin: "a long enough password\n")
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("already exists"))
        let noTerminal = try Self.muster(["user", "add", "bob", "--role", "viewer"], database: database, stdin: "")
        #expect(noTerminal.status == 1)
        #expect(noTerminal.stderr.contains("--password-stdin"))

        #expect(try Self.muster(["user", "role", "alice", "editor"], database: database).stdout == "account alice is now editor\n")
        let list = try Self.muster(["user", "list", "--format", "json"], database: database)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["alice", "marie"])
        #expect(rows.map { $0["role"] as? String } == ["editor", "liaison:FR"])
        #expect(!list.stdout.contains("$2b$"), "hashes are never printed")
        let csv = try Self.muster(["user", "list", "--format", "csv"], database: database)
        #expect(csv.stdout.hasPrefix("name,role,created_at,removed_at\nalice,editor,"))

        #expect(try Self.muster(["user", "remove", "marie"], database: database).status == 0)
        let table = try Self.muster(["user", "list"], database: database)
        #expect(table.stdout.contains("marie"))
        #expect(table.stdout.contains("removed"))
        let reuse = try Self.muster(["user", "add", "marie", "--role", "viewer", "--password-stdin"], database: database,
                                    stdin: "a long enough password\n")
        #expect(reuse.status == 1)
        #expect(reuse.stderr.contains("names are not reused"))
    }

    @Test func tokensAreShownOnceStoredHashedAndRevoked() throws {
        let directory = try MusterProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ledger.sqlite").path
        #expect(try Self.muster(["user", "add", "bot", "--role", "editor", "--password-stdin", "--bcrypt-cost", "4"],
                                database: database, stdin: "a long enough password\n").status == 0)
        let create = try Self.muster(["token", "create", "bot", "--label", "nightly import"], database: database)
        #expect(create.status == 0, "\(create.stderr)")
        let secret = create.stdout.trimmingCharacters(in: .newlines)
        #expect(secret.hasPrefix("mst_") && secret.count > 40)
        #expect(create.stderr.contains("shown only this once"))
        let list = try Self.muster(["token", "list"], database: database)
        #expect(list.stdout.contains("nightly import"))
        #expect(list.stdout.contains("active"))
        #expect(!list.stdout.contains(secret))
        let raw = try Data(contentsOf: URL(fileURLWithPath: database)) + ((try? Data(contentsOf: URL(fileURLWithPath: database + "-wal"))) ?? Data())
        #expect(raw.range(of: Data(secret.utf8)) == nil, "the secret is not in the database file")

        #expect(try Self.muster(["token", "create", "nobody"], database: database).status == 1)
        #expect(try Self.muster(["token", "revoke", "1"], database: database).stdout == "token 1 revoked\n")
        let again = try Self.muster(["token", "revoke", "1"], database: database)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already revoked"))
        let json = try Self.muster(["token", "list", "--format", "json"], database: database)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["revoked_at"] is String)
        let csv = try Self.muster(["token", "list", "--format", "csv"], database: database)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "id,account,label,created_at,revoked_at")
        #expect(lines.count == 2 && lines[1].hasPrefix("1,bot,nightly import,"))
    }

    /// A running server sees tokens created and revoked by other `muster` processes at once.
    @Test func serveNeedsATokenAndSeesRevocationsFromTheCLI() async throws {
        let directory = try MusterProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("demo.sqlite").path
        #expect(try MusterProcess.run(["demo", "--no-serve", "--database", database]).status == 0)
        let port = 20_000 + Int.random(in: 0..<20_000)
        let process = Process()
        process.executableURL = MusterProcess.executable
        process.arguments = ["serve", "--database", database, "--port", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func status(_ path: String, token: String? = nil) async -> Int? {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            guard let (_, response) = try? await URLSession.shared.data(for: request) else { return nil }
            return (response as? HTTPURLResponse)?.statusCode
        }
        var up = false
        for _ in 0..<100 where !up {
            try await Task.sleep(for: .milliseconds(100))
            up = await status("/healthz") == 200
        }
        #expect(up)
        #expect(await status("/api/v1/summary") == 401)
        let token = try Self.muster(["token", "create", "demo-reviewer"], database: database).stdout
            .trimmingCharacters(in: .newlines)
        #expect(await status("/api/v1/summary", token: token) == 200)
        #expect(try Self.muster(["token", "revoke", "1"], database: database).status == 0)
        #expect(await status("/api/v1/summary", token: token) == 401)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
    }
}
