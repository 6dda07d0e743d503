import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite struct ServeCommandTests {
    static func status(_ database: String) throws -> [String: Any] {
        let result = try MusterProcess.run(["status", "--format", "json", "--database", database])
        #expect(result.status == 0)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func demoBuildsAFreshLedgerEachRun() throws {
        let directory = try MusterProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("demo.sqlite").path
        for _ in 0..<2 {
            let result = try MusterProcess.run(["demo", "--no-serve", "--database", database])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("left pending for review"))
            #expect(result.stdout.contains("coalition of the willing: 34 members"))
        }
        // Replaced, not appended to: the second run holds the samples once.
        let status = try Self.status(database)
        #expect(status["documents"] as? Int == 8)
        let claims = try #require(status["claims"] as? [String: Any])
        #expect((claims["pending"] as? Int ?? 0) > 0)
        #expect((claims["accepted"] as? Int ?? 0) > (claims["pending"] as? Int ?? 0))
    }

    @Test func serveRefusesALedgerThatDoesNotExist() throws {
        let result = try MusterProcess.run(["serve", "--database", "/nonexistent/ledger.sqlite", "--port", "9"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/ledger.sqlite"))
    }

    @Test func serveAnswersThenStopsCleanlyOnSIGTERM() async throws {
        let directory = try MusterProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("demo.sqlite").path
        #expect(try MusterProcess.run(["demo", "--no-serve", "--database", database]).status == 0)
        // Other tests run servers on random ports at the same time: when the port is taken, our
        // server exits at once (and another server may answer /healthz), so try another port.
        var port = 0
        var process = Process()
        var answered = false
        for _ in 0..<5 where !answered {
            port = 20_000 + Int.random(in: 0..<20_000)
            process = Process()
            process.executableURL = MusterProcess.executable
            process.arguments = ["serve", "--database", database, "--port", String(port), "--public"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 where !answered && process.isRunning {
                try await Task.sleep(for: .milliseconds(100))
                if let (data, _) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/healthz")!) {
                    answered = String(decoding: data, as: UTF8.self) == "ok\n" && process.isRunning
                }
            }
        }
        defer { if process.isRunning { process.terminate() } }
        #expect(answered)
        let (summary, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/api/v1/summary")!)
        #expect(String(decoding: summary, as: UTF8.self).hasPrefix("{\"data\":["))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        // The ledger was closed cleanly and still verifies.
        #expect(try MusterProcess.run(["verify", "--database", database]).status == 0)
    }
}
