import Foundation
import Logging
import PostgresNIO

/// A few `PostgresConnection`s on a private event loop, lent to one synchronous caller at a
/// time.
///
/// Why synchronous over PostgresNIO's async API: `LedgerStore` is synchronous (the CLI, GRDB and
/// the business logic in Review/Projection all are), and bridging async to sync by blocking on
/// a `Task` can deadlock when every thread of Swift's small cooperative pool (two on a
/// two-core machine) is blocked waiting. Here the caller blocks on an `EventLoopFuture` whose
/// work runs on this pool's own NIO thread, which no caller ever occupies, so a blocked
/// caller cannot starve the I/O it waits for. The cost is one blocked caller thread per
/// statement in flight, the same as GRDB's.
final class PostgresConnectionPool: @unchecked Sendable {
    let location: PostgresLocation
    let logger: Logger
    private let group: MultiThreadedEventLoopGroup
    private let configuration: PostgresConnection.Configuration
    private let maximum: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var nextID = 0

    init(location: PostgresLocation, maximum: Int) throws {
        self.location = location
        self.maximum = max(1, maximum)
        var logger = Logger(label: "muster.postgres")
        logger.logLevel = .warning
        self.logger = logger
        var configuration: PostgresConnection.Configuration
        if let directory = location.socketDirectory {
            configuration = .init(unixSocketPath: "\(directory)/.s.PGSQL.\(location.port)", username: location.user,
                                  password: location.password, database: location.database)
        } else {
            let tls: PostgresConnection.Configuration.TLS = location.requireTLS
                ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
            configuration = .init(host: location.host, port: location.port, username: location.user,
                                  password: location.password, database: location.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        self.configuration = configuration
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    deinit {
        // PostgresNIO requires a connection to be closed before it is released. Nothing that
        // runs on `group` holds the pool, so this never waits on its own event loop.
        for connection in idle { try? connection.close().wait() }
        group.shutdownGracefully { _ in }
    }

    /// Runs `body` with a connection of its own; the connection goes back to the pool after,
    /// unless it broke.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try checkout()
        do {
            let result = try body(connection)
            checkin(connection)
            return result
        } catch {
            checkin(connection)
            throw error
        }
    }

    /// Closes every idle connection; later calls open new ones.
    func close() {
        condition.lock()
        let connections = idle
        idle = []
        open -= connections.count
        condition.unlock()
        for connection in connections { try? connection.close().wait() }
    }

    private func checkout() throws -> PostgresConnection {
        condition.lock()
        while idle.isEmpty && open >= maximum { condition.wait() }
        if let connection = idle.popLast() {
            condition.unlock()
            return connection
        }
        open += 1
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            return try connect(id: id)
        } catch {
            condition.lock()
            open -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func checkin(_ connection: PostgresConnection) {
        condition.lock()
        if connection.isClosed {
            open -= 1
        } else {
            idle.append(connection)
        }
        condition.signal()
        condition.unlock()
    }

    private func connect(id: Int) throws -> PostgresConnection {
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(on: group.next(), configuration: configuration, id: id,
                                                        logger: logger).wait()
        } catch {
            throw LedgerError.badLocation(location.redacted, problem: "cannot connect: \(PostgresSQLConnection.describe(error))")
        }
        if let schema = location.schema {
            // Quoted: `isIdentifier` admitted only letters, digits and underscores.
            _ = try PostgresSQLConnection(connection, logger: logger).execute("SET search_path TO \"\(schema)\"")
        }
        return connection
    }
}
