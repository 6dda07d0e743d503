import Foundation
import Testing

@Suite struct CoalitionRequirementCommandTests {
    static func muster(_ arguments: [String], database: String) throws -> MusterProcess.Result {
        try MusterProcess.run(arguments + ["--database", database])
    }

    @Test func requirementIsRecordedAndItsGapPrinted() throws {
        let directory = try MusterProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ledger.sqlite").path
        let name = "Coalition of the willing"
        #expect(try Self.muster(["coalition", "add", name, "--members", "FR,GB", "--joined", "2025-03-01"],
                                database: database).status == 0)
        let require = try Self.muster(["coalition", "require", name, "--category", "troops", "--amount", "25000",
                                       "--unit", "troops", "--note", "first rotation", "--valid-from", "2025-09-01"],
                                      database: database)
        #expect(require.status == 0, "\(require.stderr)")
        #expect(require.stdout == "\(name) needs 25000 troops (troops) from 2025-09-01\n")

        let json = try Self.muster(["coalition", "gaps", name, "--format", "json"], database: database)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["category"] as? String == "troops")
        #expect(rows.first?["required"] as? Int == 25_000)
        #expect(rows.first?["shortfall"] as? Int == 25_000)
        #expect(rows.first?["members"] as? Int == 2)

        let csv = try Self.muster(["coalition", "gaps", name, "--format", "csv", "--as-of", "2025-09-02"],
                                  database: database)
        #expect(csv.stdout.hasPrefix("category,valid_from,unit,required,pledged,delivered,shortfall,"))
        #expect(csv.stdout.contains("troops,2025-09-01,troops,25000,0,0,25000,0,2,0,first rotation"))
        let before = try Self.muster(["coalition", "gaps", name, "--format", "csv", "--as-of", "2025-08-31"],
                                     database: database)
        #expect(before.stdout.split(separator: "\n").count == 1, "only the header: \(before.stdout)")

        let verify = try MusterProcess.run(["verify", "--database", database])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")

        let unknown = try Self.muster(["coalition", "require", "nobody", "--category", "troops", "--amount", "1",
                                       "--unit", "troops"], database: database)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no coalition named"))
        let help = try MusterProcess.run(["coalition", "gaps", "--help"])
        #expect(help.stdout.contains("muster coalition gaps"))
    }
}
