import Foundation
import MusterCore

/// The ledger as the rest of Muster sees it, with two conformances: `SQLiteLedgerStore` (a
/// file) and `PostgresLedgerStore` (a server), both implemented once in `SQLLedgerStore`.
/// Nothing here mentions either database.
///
/// Methods are synchronous and throwing: every call is one short transaction, the CLI is
/// synchronous, and an async facade can wrap this protocol later without changing its meaning
/// (docs/architecture.md says how the PostgreSQL store bridges to PostgresNIO). Every method that writes does so in exactly one transaction: it is applied
/// whole or not at all.
public protocol LedgerStore: Sendable {
    /// Stores a document (deduplicated by the SHA-256 of its bytes) and its claims as pending,
    /// each with the extractor's confidence in it (`confidences[i]` for `claims[i]`; missing or nil
    /// for none); with `acceptAs`, also accepts every claim attributed to that reviewer.
    func ingest(_ document: NewDocument, claims: [Claim], confidences: [Double?], by who: String,
                acceptAs reviewer: String?) throws -> IngestOutcome

    func document(id: Int64) throws -> StoredDocument?
    func claim(id: Int64) throws -> StoredClaim?
    func claims(state: ReviewState?, limit: Int?) throws -> [StoredClaim]

    /// Accepts a claim (with `correction`, records it as corrected) and, for a commitment claim,
    /// records it against a commitment. Returns that commitment's id.
    @discardableResult
    func accept(claim id: Int64, reviewer: String, reason: String?, correction: Claim?, target: AcceptTarget) throws
        -> Int64?
    func reject(claim id: Int64, reviewer: String, reason: String) throws

    func commitments(_ query: CommitmentQuery) throws -> [CommitmentRecord]
    func commitment(id: Int64) throws -> CommitmentRecord?
    func evidence(commitment id: Int64) throws -> [Evidence]
    func history(commitment id: Int64) throws -> [LedgerEntry]
    func summary() throws -> [SummaryRow]

    func addCoalition(name: String, members: [CoalitionMember], by who: String) throws -> Int64
    func coalitions() throws -> [Coalition]
    func coverage(coalition name: String, category: MusterCore.Category, asOf: Day?) throws -> Coverage
    /// Records what the coalition needs in a category from `validFrom` on (today when nil): a
    /// ledger entry, so it is hash-chained and replayed like every other change.
    @discardableResult
    func setRequirement(coalition name: String, category: MusterCore.Category, amount: Quantity, note: String?,
                        validFrom: Day?, by who: String) throws -> Requirement
    /// The requirements in force on `asOf` (without a day, the latest set), one per category.
    func requirements(coalition name: String, asOf: Day?) throws -> [Requirement]
    /// Each requirement in force on `asOf` against what the members had committed by then.
    func gaps(coalition name: String, asOf: Day?) throws -> [Gap]

    /// Walks the hash chain from the first entry; names the first entry that does not hold.
    func verify() throws -> VerifyReport
    /// Throws the projection (commitments, review states, coalitions) away and replays it from
    /// the entries.
    func rebuildProjection() throws
    func status() throws -> LedgerStatus

    /// One row per claim; `importCSV` of the result into an empty ledger gives the same export
    /// back.
    func exportCSV() throws -> String
    func importCSV(_ text: String, by who: String) throws -> ImportOutcome

    /// Loads ECB reference rates (the eurofxref-hist.csv format); returns how many rates it read.
    @discardableResult
    func importRates(csv: String) throws -> Int
    /// `amount` in EUR on `day`, with the latest ECB rate on or before that day.
    func valueInEUR(_ amount: Quantity, on day: Day) throws -> Double?

    /// Ingests many documents in ONE transaction (bulk loads and benchmarks): all or none.
    func ingest(batch: [(document: NewDocument, claims: [Claim])], by who: String, acceptAs reviewer: String?)
        throws -> [IngestOutcome]

    // MARK: Reads for the web app and JSON API (BrowseQueries.swift, SearchIndex.swift)

    /// Documents after id `after` in id order (keyset pagination).
    func documents(after: Int64?, limit: Int) throws -> [DocumentListing]
    func claims(after: Int64?, state: ReviewState?, document: Int64?, limit: Int) throws -> [StoredClaim]
    /// The latest entries that concern a commitment or a review, newest first.
    func recentEntries(limit: Int, validOnOrBefore day: Day?) throws -> [LedgerEntry]
    /// Current commitments counted by actor, category and status.
    func statusCounts() throws -> [StatusCount]
    /// Claims waiting for review.
    func pendingCount() throws -> Int
    /// The pending claims in review order: least confident first, unscored ones last, then by id;
    /// `after` is where the previous page ended (keyset pagination).
    func reviewQueue(after: ReviewQueueCursor?, limit: Int) throws -> [StoredClaim]
    /// The titles of these documents, by id (nil for an untitled one), without their text.
    func documentTitles(_ ids: Set<Int64>) throws -> [Int64: String?]
    /// The sequence number of the last entry: it changes with every write that changes what the
    /// ledger says, so responses can be cached per value.
    func latestSeq() throws -> Int64
    /// Documents and commitments matching every word of `text` (prefix match), best first.
    func search(_ text: String, limit: Int) throws -> SearchResults
    /// Cheap liveness check: the database answers a query.
    func ping() throws

    // MARK: Schema

    /// Where the ledger is (a file path, or a postgres:// URL without its password).
    var location: String { get }
    /// Names of the schema migrations not yet applied, in order.
    func pendingMigrations() throws -> [String]
    /// Applies the pending migrations; returns their names.
    @discardableResult
    func migrate() throws -> [String]

    // MARK: Accounts

    /// Who may read and change this ledger, kept in the same database (SQLAccountStore.swift).
    var accounts: any AccountStore { get }
}

extension LedgerStore {
    public func commitments(asOf: Day? = nil, recordedBefore: Date? = nil) throws -> [CommitmentRecord] {
        try commitments(CommitmentQuery(asOf: asOf, recordedBefore: recordedBefore))
    }

    @discardableResult
    public func accept(claim id: Int64, reviewer: String, reason: String? = nil) throws -> Int64? {
        try accept(claim: id, reviewer: reviewer, reason: reason, correction: nil, target: .match)
    }

    public func recentEntries(limit: Int) throws -> [LedgerEntry] {
        try recentEntries(limit: limit, validOnOrBefore: nil)
    }

    public func search(_ text: String) throws -> SearchResults { try search(text, limit: 50) }
}

extension LedgerStore {
    /// Stores a document and its claims with no confidence (imports, benchmarks, tests).
    public func ingest(_ document: NewDocument, claims: [Claim], by who: String, acceptAs reviewer: String?) throws
        -> IngestOutcome
    {
        try ingest(document, claims: claims, confidences: [], by: who, acceptAs: reviewer)
    }
}
