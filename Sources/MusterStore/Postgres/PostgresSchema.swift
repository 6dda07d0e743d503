import Foundation
import MusterCore

/// The PostgreSQL schema, as named, versioned migrations recorded in `schema_migrations`. A
/// migration that has shipped is never edited: a change is a new one appended to `all`.
///
/// The tables and columns are those of the SQLite schema (Schema.swift), so one set of queries
/// serves both; the differences are types (BIGINT, DOUBLE PRECISION, BYTEA), regular
/// expressions for the date checks, a trigger function for append-only entries, and search
/// through generated tsvector columns instead of FTS5.
///
/// Distributed engines (Citus, YugabyteDB): every id is a BIGINT chosen by the application
/// (max + 1 under the chain-head lock), nothing uses a sequence or SERIAL, and `chain_head` is
/// the single row writers serialise on. See docs/scaling.md.
enum PostgresSchema {
    struct Migration {
        let name: String
        let statements: [String]
    }

    static let isoDay = "~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'"

    static let all: [Migration] = [
        Migration(name: "pg-v1-ledger", statements: ledger),
        Migration(name: "pg-v1-rates", statements: [
            """
            CREATE TABLE rate (
                currency TEXT NOT NULL CHECK (length(currency) = 3),
                day TEXT NOT NULL CHECK (day \(isoDay)),
                per_eur DOUBLE PRECISION NOT NULL CHECK (per_eur > 0),
                PRIMARY KEY (currency, day)
            )
            """,
        ]),
        Migration(name: "pg-v1-search", statements: search),
        // The tables of the SQLite migration `v4-accounts` (AccountsSchema.swift), same columns.
        Migration(name: "pg-v2-accounts", statements: accounts),
        // The table of the SQLite migration `v5-coalition-requirements`, same columns.
        Migration(name: "pg-v3-coalition-requirements", statements: [
            """
            CREATE TABLE coalition_requirement (
                coalition_id BIGINT NOT NULL REFERENCES coalition(id),
                category TEXT NOT NULL CHECK (category IN (\(Schema.categories))),
                valid_from TEXT NOT NULL CHECK (valid_from \(isoDay)),
                amount_value DOUBLE PRECISION NOT NULL CHECK (amount_value > 0),
                amount_unit TEXT NOT NULL CHECK (amount_unit <> ''),
                amount_qualifier TEXT NOT NULL CHECK (amount_qualifier IN (\(Schema.qualifiers))),
                note TEXT,
                seq BIGINT NOT NULL,
                PRIMARY KEY (coalition_id, category, valid_from)
            )
            """,
        ]),
        // The column and index of the SQLite migration `v6-claim-confidence`.
        Migration(name: "pg-v4-claim-confidence", statements: [
            "ALTER TABLE claim ADD COLUMN confidence DOUBLE PRECISION CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1))",
            "CREATE INDEX claim_review_queue ON claim (state, (\(Schema.reviewRank)), id)",
        ]),
    ]

    static var names: [String] { all.map(\.name) }

    private static let ledger: [String] = [
        """
        CREATE TABLE document (
            id BIGINT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
            source TEXT NOT NULL,
            retrieved_at TEXT NOT NULL,
            title TEXT,
            published TEXT CHECK (published IS NULL OR published \(isoDay)),
            text TEXT NOT NULL,
            bytes BYTEA
        )
        """,
        """
        CREATE TABLE commitment (
            id BIGINT PRIMARY KEY,
            actor TEXT NOT NULL,
            actor_count BIGINT CHECK (actor_count IS NULL OR actor_count > 0),
            recipient TEXT,
            category TEXT NOT NULL CHECK (category IN (\(Schema.categories))),
            object TEXT,
            object_key TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN (\(Schema.statuses))),
            status_date TEXT CHECK (status_date IS NULL OR status_date \(isoDay)),
            status_strength BIGINT NOT NULL DEFAULT 0,
            amount_date TEXT,
            amount_strength BIGINT,
            amount_value DOUBLE PRECISION,
            amount_unit TEXT,
            amount_qualifier TEXT CHECK (amount_qualifier IS NULL OR amount_qualifier IN (\(Schema.qualifiers))),
            amount_eur DOUBLE PRECISION,
            evidence BIGINT NOT NULL DEFAULT 0,
            corroboration BIGINT NOT NULL DEFAULT 0
        )
        """,
        "CREATE INDEX commitment_by_key ON commitment(actor, category, recipient)",
        """
        CREATE TABLE claim (
            id BIGINT PRIMARY KEY,
            document_id BIGINT NOT NULL REFERENCES document(id),
            position BIGINT NOT NULL CHECK (position >= 0),
            type TEXT NOT NULL CHECK (type IN (\(Schema.claimTypes))),
            json TEXT NOT NULL,
            quote TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN (\(Schema.states))),
            reviewer TEXT,
            reason TEXT,
            correction TEXT,
            commitment_id BIGINT REFERENCES commitment(id),
            UNIQUE (document_id, position)
        )
        """,
        "CREATE INDEX claim_by_state ON claim(state, id)",
        // The append-only ledger; `seq` is assigned by the writer (last + 1 under the
        // chain-head lock), never by a sequence.
        """
        CREATE TABLE entry (
            seq BIGINT PRIMARY KEY CHECK (seq >= 1),
            kind TEXT NOT NULL CHECK (kind IN (\(Schema.entryKinds))),
            who TEXT NOT NULL CHECK (who <> ''),
            recorded_at TEXT NOT NULL,
            valid_date TEXT CHECK (valid_date IS NULL OR valid_date \(isoDay)),
            commitment_id BIGINT,
            change TEXT NOT NULL,
            why TEXT,
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
        )
        """,
        "CREATE INDEX entry_by_commitment ON entry(commitment_id, seq) WHERE commitment_id IS NOT NULL",
        """
        CREATE FUNCTION entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'ledger entries are append-only';
        END
        $$
        """,
        "CREATE TRIGGER entry_no_change BEFORE UPDATE OR DELETE ON entry FOR EACH ROW EXECUTE FUNCTION entry_append_only()",
        "CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON entry FOR EACH STATEMENT EXECUTE FUNCTION entry_append_only()",
        // The one row every writer locks first (PostgresDatabase.write).
        "CREATE TABLE chain_head (id SMALLINT PRIMARY KEY CHECK (id = 1))",
        "INSERT INTO chain_head (id) VALUES (1)",
        """
        CREATE TABLE evidence (
            id BIGINT PRIMARY KEY,
            claim_id BIGINT NOT NULL REFERENCES claim(id),
            commitment_id BIGINT NOT NULL REFERENCES commitment(id),
            document_id BIGINT NOT NULL REFERENCES document(id),
            seq BIGINT NOT NULL,
            valid_date TEXT NOT NULL CHECK (valid_date \(isoDay)),
            recorded_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN (\(Schema.statuses))),
            strength BIGINT NOT NULL,
            amount_value DOUBLE PRECISION,
            amount_unit TEXT,
            amount_qualifier TEXT CHECK (amount_qualifier IS NULL OR amount_qualifier IN (\(Schema.qualifiers))),
            amount_eur DOUBLE PRECISION,
            retracted_at TEXT
        )
        """,
        "CREATE INDEX evidence_by_claim ON evidence(claim_id)",
        "CREATE INDEX evidence_by_document ON evidence(commitment_id, document_id)",
        """
        CREATE INDEX evidence_timeline_live
            ON evidence(commitment_id, valid_date, strength, seq, retracted_at, recorded_at)
        """,
        """
        CREATE INDEX evidence_amounts ON evidence(commitment_id, valid_date, strength, seq)
            WHERE amount_value IS NOT NULL
        """,
        "CREATE TABLE coalition (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (name <> ''))",
        """
        CREATE TABLE coalition_member (
            coalition_id BIGINT NOT NULL REFERENCES coalition(id),
            actor TEXT NOT NULL,
            joined TEXT CHECK (joined IS NULL OR joined \(isoDay)),
            PRIMARY KEY (coalition_id, actor)
        )
        """,
    ]

    /// Accounts, API tokens and sign-in state (see `AccountStore`). Ids are BIGINTs chosen by the
    /// application, like the ledger's, so no sequence is needed.
    private static let accounts: [String] = [
        """
        CREATE TABLE account (
            id BIGINT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (name <> ''),
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            removed_at TEXT
        )
        """,
        """
        CREATE TABLE api_token (
            id BIGINT PRIMARY KEY,
            account_id BIGINT NOT NULL REFERENCES account(id),
            label TEXT,
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
            created_at TEXT NOT NULL,
            revoked_at TEXT
        )
        """,
        // One row per failed sign-in; rows older than the window are pruned on insert.
        "CREATE TABLE login_failure (account TEXT NOT NULL, address TEXT NOT NULL, at BIGINT NOT NULL)",
        "CREATE INDEX login_failure_by_account ON login_failure(account, at)",
        "CREATE INDEX login_failure_by_address ON login_failure(address, at)",
        // Sessions signed out before their expiry; pruned once expired.
        "CREATE TABLE ended_session (nonce TEXT PRIMARY KEY, expires BIGINT NOT NULL)",
        "CREATE TABLE server_setting (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ]

    /// Full-text search: generated tsvector columns with GIN indexes. The 'simple'
    /// configuration lower-cases without stemming, like the FTS5 tokenizer on the SQLite side.
    private static let search: [String] = [
        """
        ALTER TABLE document ADD COLUMN search tsvector
            GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
        """,
        "CREATE INDEX document_search ON document USING gin (search)",
        """
        ALTER TABLE commitment ADD COLUMN search tsvector
            GENERATED ALWAYS AS (to_tsvector('simple', actor || ' ' || coalesce(recipient, '') || ' '
                                 || category || ' ' || coalesce(object, '') || ' ' || status)) STORED
        """,
        "CREATE INDEX commitment_search ON commitment USING gin (search)",
    ]

    /// Creates the schema (when the location names one) and the migrations table if missing.
    static func prepare(_ db: any SQLConnection, schema: String?) throws {
        if let schema { try db.execute("CREATE SCHEMA IF NOT EXISTS \"\(schema)\"") }
        try db.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)
            """)
    }

    static func pending(_ db: any SQLConnection) throws -> [Migration] {
        let applied = Set(try db.rows("SELECT name FROM schema_migrations").map { $0[0] as String })
        return all.filter { !applied.contains($0.name) }
    }

    /// Whether the migrations table exists (a fresh database has none, and reading it would
    /// fail the read transaction).
    static func hasMigrationsTable(_ db: any SQLConnection) throws -> Bool {
        try db.value("SELECT to_regclass('schema_migrations') IS NOT NULL", as: Bool.self) ?? false
    }
}
