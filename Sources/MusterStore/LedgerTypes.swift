import Foundation
import MusterCore

/// A document as handed to the ledger: its raw bytes and what extraction made of them.
public struct NewDocument: Sendable {
    public var bytes: [UInt8]
    /// Where it came from: a path or a URL.
    public var source: String
    public var retrievedAt: Date
    public var title: String?
    public var published: Day?
    public var text: String

    public init(bytes: [UInt8], source: String, retrievedAt: Date = Date(), title: String? = nil,
                published: Day? = nil, text: String) {
        self.bytes = bytes
        self.source = source
        self.retrievedAt = retrievedAt
        self.title = title
        self.published = published
        self.text = text
    }
}

/// What `ingest` did with one document.
public struct IngestOutcome: Sendable, Equatable {
    public var documentID: Int64
    /// True when the same bytes were already stored: nothing was written.
    public var duplicate: Bool
    public var claimIDs: [Int64]
    /// Commitments the accepted claims were recorded against (with `acceptAs`).
    public var commitmentIDs: [Int64]
    /// Claims `acceptAs` could not accept as extracted (e.g. an unknown actor code): they stay
    /// pending for a reviewer.
    public var leftPending: [LeftPending]
}

public struct LeftPending: Sendable, Equatable {
    public var claimID: Int64
    public var reason: String
}

public struct StoredDocument: Sendable, Equatable {
    public var id: Int64
    public var sha256: String
    public var source: String
    public var retrievedAt: String
    public var title: String?
    public var published: Day?
    public var text: String
}

/// Where a claim stands in review.
public enum ReviewState: String, CaseIterable, Sendable {
    case pending, accepted, corrected, rejected
}

public struct StoredClaim: Sendable, Equatable {
    public var id: Int64
    public var documentID: Int64
    public var position: Int
    /// What the document says, as extracted.
    public var claim: Claim
    /// The reviewer's edit, when the state is `corrected`.
    public var correction: Claim?
    public var state: ReviewState
    public var reviewer: String?
    public var reason: String?
    public var commitmentID: Int64?
    /// How likely the extractor's learned model found the claim (0–1) when it was stored; nil for
    /// events, incidents, imported claims and claims stored before scores existed. It orders the
    /// review queue and is not part of the claim.
    public var confidence: Double? = nil

    /// The claim as the ledger uses it: the correction when there is one.
    public var effective: Claim { correction ?? claim }
}

/// Which commitment an accepted claim is recorded against.
public enum AcceptTarget: Sendable, Equatable {
    /// The matching commitment (same actor, recipient, category, compatible object), or a new one.
    case match
    /// Link by hand to this commitment.
    case commitment(Int64)
    /// Split: always a new commitment.
    case new
}

/// A commitment as the ledger knows it, now or at a chosen point on either time axis.
public struct CommitmentRecord: Sendable, Equatable {
    public var id: Int64
    public var actor: ActorCode
    public var actorCount: Int?
    public var recipient: ActorCode?
    public var category: MusterCore.Category
    public var object: String?
    public var status: CommitmentStatus
    /// The valid-time date of the statement that set the status.
    public var statusDate: Day?
    public var amount: Quantity?
    /// `amount` valued in EUR on the date of the statement that gave it (nil when not money or
    /// no rate is known).
    public var amountEUR: Double?
    /// Distinct documents whose accepted claims support this commitment (nil in as-of views).
    public var corroboration: Int?
}

public struct CommitmentQuery: Sendable {
    public var actor: ActorCode?
    public var category: MusterCore.Category?
    /// Valid time: what statements made on or before this day say.
    public var asOf: Day?
    /// Recorded time: what the ledger held before this instant.
    public var recordedBefore: Date?

    public init(actor: ActorCode? = nil, category: MusterCore.Category? = nil, asOf: Day? = nil,
                recordedBefore: Date? = nil) {
        self.actor = actor
        self.category = category
        self.asOf = asOf
        self.recordedBefore = recordedBefore
    }
}

/// One append-only ledger entry, as stored.
public struct LedgerEntry: Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var who: String
    public var recordedAt: String
    public var validDate: Day?
    public var commitmentID: Int64?
    /// The change, as JSON text.
    public var change: String
    public var why: String?
    public var previousHash: String
    public var hash: String
}

/// An accepted claim that supports a commitment.
public struct Evidence: Sendable, Equatable {
    public var claimID: Int64
    public var documentID: Int64
    public var source: String
    public var validDate: Day?
    public var status: CommitmentStatus
    public var quote: String
    public var reviewer: String?
    /// True when a later review took the claim back.
    public var retracted: Bool
}

/// One line of `summary`: what an actor pledged and delivered in a category.
public struct SummaryRow: Sendable, Equatable {
    public var actor: ActorCode
    public var category: MusterCore.Category
    public var commitments: Int
    /// Pledged, allocated or delivered: everything the actor stands behind.
    public var pledged: Int
    public var pledgedEUR: Double
    public var delivered: Int
    public var deliveredEUR: Double
}

public struct CoalitionMember: Sendable, Equatable {
    public var actor: ActorCode
    public var joined: Day?

    public init(actor: ActorCode, joined: Day? = nil) {
        self.actor = actor
        self.joined = joined
    }
}

public struct Coalition: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var members: [CoalitionMember]
}

/// "26 of 35 members pledged troops", and which have not.
public struct Coverage: Sendable, Equatable {
    public var coalition: String
    public var category: MusterCore.Category
    public var members: Int
    public var covered: [ActorCode]
    public var missing: [ActorCode]
}

/// What `verify` found.
public struct VerifyReport: Sendable, Equatable {
    public var entries: Int
    /// The first entry whose chain is broken, and why; nil when the chain holds.
    public var firstBroken: (seq: Int64, problem: String)?

    public var isIntact: Bool { firstBroken == nil }

    public static func == (lhs: VerifyReport, rhs: VerifyReport) -> Bool {
        lhs.entries == rhs.entries && lhs.firstBroken?.seq == rhs.firstBroken?.seq
            && lhs.firstBroken?.problem == rhs.firstBroken?.problem
    }
}

public struct LedgerStatus: Sendable, Equatable {
    public var documents: Int
    public var claims: [ReviewState: Int]
    public var commitments: Int
    public var entries: Int
}

public struct ImportOutcome: Sendable, Equatable {
    public var rows: Int
    public var claimsAdded: Int
    public var skipped: Int
}

/// Refusals. Each names what was wrong so the message can be shown as is.
public enum LedgerError: Error, Equatable, CustomStringConvertible {
    case noSuchClaim(Int64)
    case noSuchCommitment(Int64)
    case noSuchCoalition(String)
    case alreadyReviewed(claim: Int64, state: ReviewState)
    case unknownActor(String, field: String)
    case notACommitmentClaim(Int64)
    case badRow(row: Int, field: String, problem: String)
    case badRates(line: Int, problem: String)
    case emptyReviewer
    case schemaOutOfDate(pending: [String])
    case targetNotEmpty(String)
    case chainBroken(String, seq: Int64, problem: String)
    case badLocation(String, problem: String)
    case badRequirement(String)
    /// A claim's confidence outside 0–1 (`position` is the claim's place in its document).
    case badConfidence(position: Int, value: Double)

    public var description: String {
        switch self {
        case .noSuchClaim(let id): return "no claim with id \(id)"
        case .noSuchCommitment(let id): return "no commitment with id \(id)"
        case .noSuchCoalition(let name): return "no coalition named \"\(name)\""
        case .alreadyReviewed(let claim, let state): return "claim \(claim) is already \(state.rawValue)"
        case .unknownActor(let code, let field): return "\(field): unknown actor code \"\(code)\""
        case .notACommitmentClaim(let id): return "claim \(id) is not a commitment; it cannot be linked"
        case .badRow(let row, let field, let problem): return "row \(row), field \(field): \(problem)"
        case .badRates(let line, let problem): return "rates line \(line): \(problem)"
        case .emptyReviewer: return "a review needs a reviewer name"
        case .schemaOutOfDate(let pending):
            return "the ledger's schema is out of date (pending migrations: \(pending.joined(separator: ", "))); "
                + "run `muster migrate` first"
        case .targetNotEmpty(let target): return "\(target) already holds a ledger; copy only into an empty one"
        case .chainBroken(let side, let seq, let problem): return "\(side): hash chain broken at entry \(seq): \(problem)"
        case .badLocation(let location, let problem): return "\(location): \(problem)"
        case .badRequirement(let problem): return "requirement: \(problem)"
        case .badConfidence(let position, let value): return "claim \(position): confidence \(value) is not between 0 and 1"
        }
    }
}
