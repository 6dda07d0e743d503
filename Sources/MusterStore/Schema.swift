import Foundation
import GRDB
import MusterCore

/// The database schema, as named migrations. A migration that has shipped is never edited:
/// a change is a new migration appended here, so every existing ledger file upgrades the same way.
enum Schema {
    static func quotedList(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ",")
    }

    static let categories = quotedList(MusterCore.Category.allCases.map(\.rawValue))
    static let statuses = quotedList(CommitmentStatus.allCases.map(\.rawValue))
    static let states = quotedList(ReviewState.allCases.map(\.rawValue))
    static let qualifiers = quotedList(Quantity.Qualifier.allCases.map(\.rawValue))
    static let claimTypes = "'commitment','event','incident'"
    static let entryKinds = quotedList(EntryKind.allCases.map(\.rawValue))
    static let isoDay = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-ledger", migrate: createLedger)
        migrator.registerMigration("v1-rates", migrate: createRates)
        migrator.registerMigration("v2-evidence-amounts", migrate: indexAmounts)
        migrator.registerMigration("v3-evidence-timeline-covering", migrate: coverTimeline)
        // Full-text search for the web app (SearchIndex.swift, owned by the server work).
        migrator.registerMigration("search-fts5", migrate: SearchIndex.create)
        // Accounts, API tokens and sign-in state for the server (AccountsSchema.swift).
        migrator.registerMigration("v4-accounts", migrate: AccountsSchema.create)
        // What each coalition needs per category (Requirements.swift); projection, rebuilt from
        // the `coalition` entries that set a requirement.
        migrator.registerMigration("v5-coalition-requirements", migrate: createRequirements)
        // The extractor's confidence in each claim, and the review queue's order (least first).
        migrator.registerMigration("v6-claim-confidence", migrate: addClaimConfidence)
        return migrator
    }

    private static func createLedger(_ db: Database) throws {
        // Evidence store: documents and the claims read from them. Rows are inserted, never
        // updated, except the review columns of `claim`, which are projection.
        try db.execute(sql: """
            CREATE TABLE document (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
                source TEXT NOT NULL,
                retrieved_at TEXT NOT NULL,
                title TEXT,
                published TEXT CHECK (published IS NULL OR published \(isoDay)),
                text TEXT NOT NULL,
                -- NULL only for documents known by reference (imported from CSV): their bytes
                -- live wherever the exporting ledger keeps them.
                bytes BLOB
            );
            CREATE TABLE claim (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES document(id),
                position INTEGER NOT NULL CHECK (position >= 0),
                type TEXT NOT NULL CHECK (type IN (\(claimTypes))),
                json TEXT NOT NULL,
                quote TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN (\(states))),
                reviewer TEXT,
                reason TEXT,
                correction TEXT,
                commitment_id INTEGER REFERENCES commitment(id),
                UNIQUE (document_id, position)
            );
            CREATE INDEX claim_by_state ON claim(state, id);

            -- The append-only ledger. `seq` is assigned by the writer (last + 1 inside its
            -- transaction), not by a database sequence, so a distributed store can hold it.
            CREATE TABLE entry (
                seq INTEGER PRIMARY KEY CHECK (seq >= 1),
                kind TEXT NOT NULL CHECK (kind IN (\(entryKinds))),
                who TEXT NOT NULL CHECK (who <> ''),
                recorded_at TEXT NOT NULL,
                valid_date TEXT CHECK (valid_date IS NULL OR valid_date \(isoDay)),
                commitment_id INTEGER,
                change TEXT NOT NULL,
                why TEXT,
                prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
                hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
            );
            CREATE INDEX entry_by_commitment ON entry(commitment_id, seq) WHERE commitment_id IS NOT NULL;
            CREATE TRIGGER entry_no_update BEFORE UPDATE ON entry
                BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
            CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry
                BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;

            -- Projection: rebuilt from the entries by rebuildProjection().
            CREATE TABLE commitment (
                id INTEGER PRIMARY KEY,
                actor TEXT NOT NULL,
                actor_count INTEGER CHECK (actor_count IS NULL OR actor_count > 0),
                recipient TEXT,
                category TEXT NOT NULL CHECK (category IN (\(categories))),
                object TEXT,
                object_key TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN (\(statuses))),
                status_date TEXT CHECK (status_date IS NULL OR status_date \(isoDay)),
                status_strength INTEGER NOT NULL DEFAULT 0,
                amount_date TEXT,
                amount_strength INTEGER,
                amount_value REAL,
                amount_unit TEXT,
                amount_qualifier TEXT CHECK (amount_qualifier IS NULL OR amount_qualifier IN (\(qualifiers))),
                amount_eur REAL,
                evidence INTEGER NOT NULL DEFAULT 0,
                corroboration INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX commitment_by_key ON commitment(actor, category, recipient);
            -- One row per accepted claim linked to a commitment. A later decision on the same
            -- claim marks its row retracted instead of deleting it, so recorded-time queries can
            -- still see what the ledger held before.
            CREATE TABLE evidence (
                id INTEGER PRIMARY KEY,
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                commitment_id INTEGER NOT NULL REFERENCES commitment(id),
                document_id INTEGER NOT NULL REFERENCES document(id),
                seq INTEGER NOT NULL,
                valid_date TEXT NOT NULL CHECK (valid_date \(isoDay)),
                recorded_at TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN (\(statuses))),
                strength INTEGER NOT NULL,
                amount_value REAL,
                amount_unit TEXT,
                amount_qualifier TEXT CHECK (amount_qualifier IS NULL OR amount_qualifier IN (\(qualifiers))),
                amount_eur REAL,
                retracted_at TEXT
            );
            -- As-of queries take, per commitment, the latest statement on or before a day:
            -- one index seek each instead of a scan of the history.
            CREATE INDEX evidence_by_claim ON evidence(claim_id);
            CREATE INDEX evidence_by_document ON evidence(commitment_id, document_id);
            CREATE INDEX evidence_timeline ON evidence(commitment_id, valid_date, strength, seq);
            CREATE TABLE coalition (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (name <> '')
            );
            CREATE TABLE coalition_member (
                coalition_id INTEGER NOT NULL REFERENCES coalition(id),
                actor TEXT NOT NULL,
                joined TEXT CHECK (joined IS NULL OR joined \(isoDay)),
                PRIMARY KEY (coalition_id, actor)
            ) WITHOUT ROWID;
            """)
    }

    /// As-of queries also look up, per commitment, the latest statement that gives an amount.
    /// Most categories never do; without this index that lookup read a commitment's whole
    /// history (0.9 s for 2,880 commitments at a million entries).
    private static func indexAmounts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX evidence_amounts ON evidence(commitment_id, valid_date, strength, seq)
                WHERE amount_value IS NOT NULL;
            """)
    }

    /// The timeline index also carries the recorded and retracted times, so choosing each
    /// commitment's latest live statement reads the index only, not the evidence rows.
    private static func coverTimeline(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX evidence_timeline;
            CREATE INDEX evidence_timeline_live
                ON evidence(commitment_id, valid_date, strength, seq, retracted_at, recorded_at);
            """)
    }

    private static func createRequirements(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE coalition_requirement (
                coalition_id INTEGER NOT NULL REFERENCES coalition(id),
                category TEXT NOT NULL CHECK (category IN (\(categories))),
                valid_from TEXT NOT NULL CHECK (valid_from \(isoDay)),
                amount_value REAL NOT NULL CHECK (amount_value > 0),
                amount_unit TEXT NOT NULL CHECK (amount_unit <> ''),
                amount_qualifier TEXT NOT NULL CHECK (amount_qualifier IN (\(qualifiers))),
                note TEXT,
                seq INTEGER NOT NULL,
                PRIMARY KEY (coalition_id, category, valid_from)
            ) WITHOUT ROWID;
            """)
    }

    /// A claim's confidence is the extractor's opinion, written once with the claim and never
    /// part of its ledger entry: the review queue reads it, nothing else. Unscored claims sort
    /// after every scored one (2.0), in both databases alike.
    private static func addClaimConfidence(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE claim ADD COLUMN confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
            CREATE INDEX claim_review_queue ON claim(state, \(reviewRank), id);
            """)
    }

    /// The review queue's sort key: the confidence, or 2 for an unscored claim.
    static let reviewRank = "COALESCE(confidence, 2.0)"

    private static func createRates(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE rate (
                currency TEXT NOT NULL CHECK (length(currency) = 3),
                day TEXT NOT NULL CHECK (day \(isoDay)),
                per_eur REAL NOT NULL CHECK (per_eur > 0),
                PRIMARY KEY (currency, day)
            ) WITHOUT ROWID;
            """)
    }
}
