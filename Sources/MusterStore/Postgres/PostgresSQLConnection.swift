import Foundation
import Logging
import PostgresNIO

/// `SQLConnection` on one `PostgresConnection`: each statement is one extended-protocol round
/// trip (parse, bind, execute), waited for on the caller's thread (see PostgresConnectionPool).
final class PostgresSQLConnection: SQLConnection {
    let connection: PostgresConnection
    let logger: Logger
    var allocatedIDs: [String: Int64] = [:]

    init(_ connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    var dialect: SQLDialect { .postgres }

    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        try run(sql, arguments).rows.map { row in
            var values: [SQLValue] = []
            for cell in row { values.append(try Self.value(cell)) }
            return SQLRow(values)
        }
    }

    /// Sends a statement without waiting for its answer. A connection runs its statements in
    /// order, so whatever comes next waits behind it; used for BEGIN, whose failure the next
    /// statement reports anyway, and a read-only COMMIT, which cannot fail in a way that
    /// matters. Saves two of a read's three round trips.
    func send(_ sql: String) {
        _ = connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) as EventLoopFuture<PostgresQueryResult>
    }

    private func run(_ sql: String, _ arguments: SQLArguments) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument?.sqlValue ?? .null {
            case .null: bindings.appendNull()
            case .integer(let v): bindings.append(v)
            case .real(let v): bindings.append(v)
            case .text(let v): bindings.append(v)
            case .blob(let v): bindings.append(ByteBuffer(bytes: v))
            }
        }
        let query = PostgresQuery(unsafeSQL: Placeholders.postgres(sql), binds: bindings)
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            throw PostgresStatementError(message: Self.describe(error))
        }
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard var bytes = cell.bytes else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric:
            let decimal = try cell.decode(Decimal.self)
            if let integer = Int64(exactly: NSDecimalNumber(decimal: decimal).doubleValue), decimal == Decimal(integer) {
                return .integer(integer)
            }
            return .real(NSDecimalNumber(decimal: decimal).doubleValue)
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea: return .blob(bytes.readBytes(length: bytes.readableBytes) ?? [])
        default: return .text(try cell.decode(String.self))
        }
    }

    /// The server's message (with its detail) rather than PostgresNIO's generic description,
    /// which hides it for privacy in logs.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let server = error.serverInfo {
                var text = server[.message] ?? "server error"
                if let detail = server[.detail] { text += " (\(detail))" }
                if let code = server[.sqlState] { text += " [\(code)]" }
                return text
            }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

/// A statement PostgreSQL refused, with the server's own message.
public struct PostgresStatementError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "PostgreSQL: \(message)" }
}

/// Rewrites the portable placeholders (`?`, `?N`) into PostgreSQL's `$N`, outside string
/// literals and quoted identifiers. Each distinct statement is rewritten once per process.
enum Placeholders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: String] = [:]

    static func postgres(_ sql: String) -> String {
        if let cached = lock.withLock({ cache[sql] }) { return cached }
        var out: [UInt8] = []
        out.reserveCapacity(sql.utf8.count + 16)
        var next = 1
        var quote: UInt8?
        let bytes = Array(sql.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                out.append(byte)
                if byte == open { quote = nil }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
                out.append(byte)
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "?") else {
                out.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
            out.append(UInt8(ascii: "$"))
            if end > index + 1 {
                out.append(contentsOf: bytes[(index + 1)..<end])
            } else {
                out.append(contentsOf: Array(String(next).utf8))
                next += 1
            }
            index = end
        }
        let result = String(decoding: out, as: UTF8.self)
        lock.withLock {
            // Statements are a fixed set plus a few with a number written in; the bound only
            // keeps a long-running server from collecting those.
            if cache.count > 4_096 { cache.removeAll() }
            cache[sql] = result
        }
        return result
    }
}
