import ArgumentParser
import Foundation
import Hummingbird
import MusterServer
import MusterStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a ledger as a web app and a JSON API.",
        discussion: """
            Pages: / (overview), /actors/FR, /commitments/ID, /documents/ID, /review, /search.
            JSON API under /api/v1, described at /api/openapi.yaml; /healthz; /metrics.
            SIGTERM or SIGINT stops the server gracefully: requests in flight finish first.

            The ledger's schema is migrated on start unless --no-migrate; then a ledger
            whose schema is behind is refused (run `muster migrate`).

            Every page and API call needs an account (`muster user add`, sign in at /login) or
            an API token (`muster token create`, sent as Authorization: Bearer TOKEN), unless
            --public opens the read-only pages and API reads to everyone. Session cookies are
            signed with $MUSTER_SESSION_SECRET when set (give every server of a deployment the
            same one), else with a secret generated once and kept in the ledger's database.

            Examples:
              muster serve --database ledger.sqlite --port 8080
              muster serve --database ledger.sqlite --public --host 0.0.0.0 --port 80
              MUSTER_DATABASE=postgres://muster@db.internal:5432/muster muster serve
              MUSTER_SESSION_SECRET=… muster serve --secure-cookies  # behind an HTTPS proxy
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Flag(help: "Do not migrate the schema on start; refuse to start if it is out of date.")
    var noMigrate = false

    @Flag(help: "Let anyone read the pages and the API without signing in (writes still need an account).")
    var `public` = false

    @Flag(help: "Send the session cookie over HTTPS only (set it when a TLS proxy is in front).")
    var secureCookies = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
    }

    func run() async throws {
        // Serving a path with a typo would quietly create an empty ledger and show nothing.
        guard LedgerLocation.isPostgres(ledger.path) || FileManager.default.fileExists(atPath: ledger.path) else {
            printError("muster: \(ledger.path): no ledger there (create one with `muster ingest` or `muster demo`)")
            throw ExitCode(badInputExitCode)
        }
        // A server nobody can sign in to serves nothing but the sign-in page: say so at once.
        if (try? LedgerLocation.open(ledger.path, schema: noMigrate ? .requireCurrent : .migrate).accounts.accounts()
            .contains { $0.isActive }) == false {
            printError("muster: note: \(ledger.displayName) has no accounts yet, so nobody can sign in"
                + (`public` ? " to review" : " or read") + "; add one with `muster user add NAME --role admin`")
        }
        try await Self.serve(ServerConfig(databasePath: ledger.path, host: host, port: port, isPublic: `public`,
                                          secureCookies: secureCookies, sessionSecret: Self.sessionSecret,
                                          migrate: !noMigrate),
                             displayName: ledger.displayName)
    }

    static var sessionSecret: String? { ProcessInfo.processInfo.environment["MUSTER_SESSION_SECRET"] }

    /// Runs until SIGTERM or SIGINT (Hummingbird's ServiceLifecycle integration).
    static func serve(_ config: ServerConfig, displayName: String? = nil) async throws {
        do {
            let app = try buildApplication(config)
            try await app.runService()
        } catch let error as ServerStartError {
            printError("muster: \(displayName ?? config.databasePath): cannot serve the ledger: \(error)")
            throw ExitCode(badInputExitCode)
        }
    }
}
