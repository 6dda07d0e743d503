import ArgumentParser
import Foundation
import MusterStore

/// `--database PATH|URL`, shared by every ledger command: the option wins, then the
/// MUSTER_DATABASE environment variable, then ./muster.sqlite. A postgres:// URL names a
/// PostgreSQL database instead of a file.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The ledger: a SQLite file or a postgres://user@host:port/db URL "
            + "(default: $MUSTER_DATABASE, else ./muster.sqlite).", valueName: "path|url"))
    var database: String?

    var path: String {
        if let database { return database }
        if let fromEnvironment = ProcessInfo.processInfo.environment["MUSTER_DATABASE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "muster.sqlite"
    }

    /// What to show of the location in messages: a URL without its password.
    var displayName: String { Self.displayName(path) }

    func open(schema: SchemaPolicy = .migrate) throws -> any LedgerStore { try Self.open(path, schema: schema) }

    static func displayName(_ location: String) -> String {
        LedgerLocation.isPostgres(location)
            ? ((try? PostgresLocation(url: location))?.redacted ?? "postgres://…") : location
    }

    static func open(_ location: String, schema: SchemaPolicy = .migrate) throws -> any LedgerStore {
        do {
            return try LedgerLocation.open(location, schema: schema)
        } catch let error as LedgerError {
            // A bad location already names itself (without its password).
            if case .badLocation = error {
                printError("muster: cannot open the ledger: \(error)")
            } else {
                printError("muster: \(displayName(location)): cannot open the ledger: \(error)")
            }
            throw ExitCode(badInputExitCode)
        } catch {
            printError("muster: \(displayName(location)): cannot open the ledger: \(error)")
            throw ExitCode(badInputExitCode)
        }
    }
}

/// How ledger commands print data.
enum DataFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Who is acting, when a command does not say: the login name, else "muster".
var currentUser: String {
    let environment = ProcessInfo.processInfo.environment
    return environment["MUSTER_USER"] ?? environment["USER"] ?? "muster"
}

/// Runs a ledger operation, turning library refusals into one line on stderr and exit code 1.
func reportingErrors<T>(_ context: String? = nil, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("muster: " + (context.map { "\($0): " } ?? "") + "\(error)")
        throw ExitCode(badInputExitCode)
    }
}
