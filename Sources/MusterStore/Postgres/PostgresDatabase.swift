import Foundation
import PostgresNIO

/// `SQLDatabase` on PostgreSQL.
///
/// Writers are serialised by a row lock on the one-row `chain_head` table (`SELECT … FOR
/// UPDATE` first in every write transaction): the next entry's `seq` is the last + 1 read
/// inside the transaction, never a server-side sequence, so two writers cannot both take the
/// same number, and the rule stays the same on a distributed engine, where the lock row is
/// the one place writers meet. Reads run in REPEATABLE READ READ ONLY transactions: a
/// consistent snapshot across the several statements of one read, as SQLite's WAL gives.
struct PostgresDatabase: SQLDatabase {
    let pool: PostgresConnectionPool

    var dialect: SQLDialect { .postgres }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", lock: false, body)
    }

    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try transaction("BEGIN", lock: true, body)
    }

    private func transaction<T>(_ begin: String, lock: Bool, _ body: (any SQLConnection) throws -> T) throws -> T {
        try pool.withConnection { connection in
            let sql = PostgresSQLConnection(connection, logger: pool.logger)
            sql.send(begin)
            do {
                if lock { try sql.execute("SELECT id FROM chain_head WHERE id = 1 FOR UPDATE") }
                let result = try body(sql)
                // A write's COMMIT is waited for: its success is the write's success.
                if lock { try sql.execute("COMMIT") } else { sql.send("COMMIT") }
                return result
            } catch {
                // A connection whose transaction cannot be ended is closed, so the pool (which
                // drops closed connections) never lends it out mid-transaction.
                if (try? sql.execute("ROLLBACK")) == nil { try? connection.close().wait() }
                throw error
            }
        }
    }

    /// Runs `body` in a transaction that first takes a cluster-wide advisory lock, so two
    /// processes migrating the same database at once apply each migration once.
    func migrating<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try pool.withConnection { connection in
            let sql = PostgresSQLConnection(connection, logger: pool.logger)
            try sql.execute("BEGIN")
            do {
                try sql.execute("SELECT pg_advisory_xact_lock(7305766)")
                let result = try body(sql)
                try sql.execute("COMMIT")
                return result
            } catch {
                if (try? sql.execute("ROLLBACK")) == nil { try? connection.close().wait() }
                throw error
            }
        }
    }
}
