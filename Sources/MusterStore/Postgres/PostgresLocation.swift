import Foundation

/// A `postgres://` (or `postgresql://`) URL, read the way libpq reads the common parts:
/// `postgres://user:password@host:port/database?schema=NAME&sslmode=require`.
/// `?host=/dir` connects through the Unix socket `/dir/.s.PGSQL.<port>`. `schema` (a Muster
/// extension) keeps the ledger in that schema, created when missing, so one database can hold
/// several ledgers (the tests use one schema each).
public struct PostgresLocation: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var socketDirectory: String?
    public var user: String
    public var password: String?
    public var database: String
    public var schema: String?
    public var requireTLS: Bool

    /// True for text that names a PostgreSQL server rather than a file.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String) throws {
        func bad(_ problem: String) -> LedgerError { .badLocation(Self.redact(text), problem: problem) }
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw bad("not a postgres://user@host:port/database URL")
        }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding }
            ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        requireTLS = false
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "schema":
                guard Self.isIdentifier(value) else {
                    throw bad("schema must be letters, digits and underscores, starting with a letter")
                }
                schema = value
            case "sslmode":
                switch value {
                case "disable", "allow", "prefer": requireTLS = false
                case "require", "verify-ca", "verify-full": requireTLS = true
                default: throw bad("unknown sslmode \"\(value)\"")
                }
            case "host":
                if value.hasPrefix("/") { socketDirectory = value } else { host = value }
            case "user": user = value
            case "password": password = value
            case "port":
                guard let number = Int(value) else { throw bad("port must be a number") }
                port = number
            default:
                throw bad("unknown parameter \"\(item.name)\" (known: schema, sslmode, host, port, user, password)")
            }
        }
    }

    /// The URL without its password, for messages and logs.
    public var redacted: String {
        var text = "postgres://\(user)@\(host):\(port)/\(database)"
        var query: [String] = []
        if let socketDirectory { query.append("host=\(socketDirectory)") }
        if let schema { query.append("schema=\(schema)") }
        if requireTLS { query.append("sslmode=require") }
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        return text
    }

    static func redact(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20),
              text.utf8.count <= 63 else { return false }
        return text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
    }
}
