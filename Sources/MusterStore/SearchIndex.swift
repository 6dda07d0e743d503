import Foundation
import GRDB
import MusterCore

/// Full-text search over documents and commitments, for the web app: SQLite FTS5 here,
/// PostgreSQL tsvector columns in PostgresSchema.
///
/// Both indexes are external-content tables kept in step by triggers, so every writer (ingest,
/// review, `rebuildProjection`, CSV import) updates them without knowing they exist.
enum SearchIndex {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE document_fts USING fts5(
                title, text, content='document', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
                INSERT INTO document_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
                INSERT INTO document_fts(document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            END;
            CREATE TRIGGER document_fts_update AFTER UPDATE OF title, text ON document BEGIN
                INSERT INTO document_fts(document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO document_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            INSERT INTO document_fts(document_fts) VALUES ('rebuild');

            CREATE VIRTUAL TABLE commitment_fts USING fts5(
                actor, recipient, category, object, status, content='commitment', content_rowid='id');
            CREATE TRIGGER commitment_fts_insert AFTER INSERT ON commitment BEGIN
                INSERT INTO commitment_fts(rowid, actor, recipient, category, object, status)
                VALUES (new.id, new.actor, new.recipient, new.category, new.object, new.status);
            END;
            CREATE TRIGGER commitment_fts_delete AFTER DELETE ON commitment BEGIN
                INSERT INTO commitment_fts(commitment_fts, rowid, actor, recipient, category, object, status)
                VALUES ('delete', old.id, old.actor, old.recipient, old.category, old.object, old.status);
            END;
            CREATE TRIGGER commitment_fts_update AFTER UPDATE OF actor, recipient, category, object, status ON commitment
            BEGIN
                INSERT INTO commitment_fts(commitment_fts, rowid, actor, recipient, category, object, status)
                VALUES ('delete', old.id, old.actor, old.recipient, old.category, old.object, old.status);
                INSERT INTO commitment_fts(rowid, actor, recipient, category, object, status)
                VALUES (new.id, new.actor, new.recipient, new.category, new.object, new.status);
            END;
            INSERT INTO commitment_fts(commitment_fts) VALUES ('rebuild');
            """)
    }

    /// The words of what a user typed (letters and digits only, at most 16), from which each
    /// backend builds a query that cannot be a syntax error: every word a required prefix term.
    static func words(_ text: String) -> [String] {
        var terms: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { terms.append(word) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) { word.unicodeScalars.append(scalar) } else { flush() }
        }
        flush()
        return Array(terms.prefix(16))
    }
}

/// A document found by search, with a snippet whose matches are wrapped in
/// `SearchHit.markStart` / `SearchHit.markEnd` (control characters, so the caller can escape
/// the text and then mark the matches).
public struct DocumentHit: Sendable, Equatable {
    public var id: Int64
    public var title: String?
    public var source: String
    public var published: Day?
    public var snippet: String
}

public enum SearchHit {
    public static let markStart: Character = "\u{1}"
    public static let markEnd: Character = "\u{2}"
}

public struct SearchResults: Sendable, Equatable {
    public var documents: [DocumentHit]
    public var commitments: [CommitmentRecord]
}

extension SQLLedgerStore {
    /// Documents and commitments matching every word of `text` (prefix match), best first.
    public func search(_ text: String, limit: Int) throws -> SearchResults {
        let words = SearchIndex.words(text)
        guard !words.isEmpty else { return SearchResults(documents: [], commitments: []) }
        return try database.read { db in
            switch db.dialect {
            case .sqlite: return try SearchIndex.searchFTS5(db, words: words, limit: limit)
            case .postgres: return try SearchIndex.searchTSVector(db, words: words, limit: limit)
            }
        }
    }
}

extension SearchIndex {
    static func searchFTS5(_ db: any SQLConnection, words: [String], limit: Int) throws -> SearchResults {
        let match = words.map { "\"\($0)\"*" }.joined(separator: " ")
        let documents = try db.rows("""
            SELECT d.id, d.title, d.source, d.published,
                   snippet(document_fts, 1, char(1), char(2), '…', 16)
            FROM document_fts JOIN document d ON d.id = document_fts.rowid
            WHERE document_fts MATCH ? ORDER BY rank LIMIT ?
            """, [match, limit]).map(documentHit)
        let commitments = try db.rows("""
            SELECT c.id, c.actor, c.actor_count, c.recipient, c.category, c.object, c.status, c.status_date,
                   c.amount_value, c.amount_unit, c.amount_qualifier, c.amount_eur, c.corroboration
            FROM commitment_fts JOIN commitment c ON c.id = commitment_fts.rowid
            WHERE commitment_fts MATCH ? AND c.evidence > 0 ORDER BY rank LIMIT ?
            """, [match, limit]).map(LedgerRows.commitmentRecord)
        return SearchResults(documents: documents, commitments: commitments)
    }

    /// PostgreSQL: the `search` tsvector columns (generated, GIN-indexed; see PostgresSchema),
    /// prefix terms joined with `&`, ranked by `ts_rank`, snippets from `ts_headline`.
    static func searchTSVector(_ db: any SQLConnection, words: [String], limit: Int) throws -> SearchResults {
        // Words are letters and digits only, so quoting each is enough to make a valid tsquery.
        let query = words.map { "'\($0)':*" }.joined(separator: " & ")
        let documents = try db.rows("""
            SELECT d.id, d.title, d.source, d.published,
                   ts_headline('simple', d.text, q, 'StartSel="' || chr(1) || '", StopSel="' || chr(2)
                               || '", MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter="…"')
            FROM document d, to_tsquery('simple', ?) q
            WHERE d.search @@ q ORDER BY ts_rank(d.search, q) DESC, d.id LIMIT ?
            """, [query, limit]).map(documentHit)
        let commitments = try db.rows("""
            SELECT c.id, c.actor, c.actor_count, c.recipient, c.category, c.object, c.status, c.status_date,
                   c.amount_value, c.amount_unit, c.amount_qualifier, c.amount_eur, c.corroboration
            FROM commitment c, to_tsquery('simple', ?) q
            WHERE c.search @@ q AND c.evidence > 0 ORDER BY ts_rank(c.search, q) DESC, c.id LIMIT ?
            """, [query, limit]).map(LedgerRows.commitmentRecord)
        return SearchResults(documents: documents, commitments: commitments)
    }

    static func documentHit(_ row: SQLRow) -> DocumentHit {
        DocumentHit(id: row[0], title: row[1], source: row[2], published: (row[3] as String?).flatMap { Day(iso: $0) },
                    snippet: row[4])
    }
}
