import Crypto
import Foundation
import MusterCore

/// What an entry changes. The kinds are a closed set (a CHECK constraint in the schema).
enum EntryKind: String, CaseIterable, Sendable {
    case document, claim, commitment, review, coalition, member
}

/// The SHA-256 hash chain over ledger entries.
///
/// Each entry's hash is SHA-256 over the previous entry's hash, a newline, and the entry's
/// canonical content: its stored columns in a fixed order, each written as a netstring
/// (`<byte count>:<bytes>,`, or `~,` for NULL), so no value can be confused with another and
/// the change JSON is hashed as the exact text stored, without re-escaping. Verification
/// recomputes it from the stored columns, so any edit of a stored value, a deleted entry or a
/// reordered one breaks the chain from there on.
enum EntryChain {
    static let genesis = String(repeating: "0", count: 64)

    static func canonical(seq: Int64, kind: String, who: String, recordedAt: String, validDate: String?,
                          commitmentID: Int64?, change: String, why: String?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(change.utf8.count + 128)
        func field(_ value: String?) {
            guard let value else {
                out.append(UInt8(ascii: "~"))
                out.append(UInt8(ascii: ","))
                return
            }
            out.append(contentsOf: String(value.utf8.count).utf8)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: value.utf8)
            out.append(UInt8(ascii: ","))
        }
        field(String(seq))
        field(kind)
        field(who)
        field(recordedAt)
        field(validDate)
        field(commitmentID.map { String($0) })
        field(change)
        field(why)
        return out
    }

    static func hash(previous: String, canonical: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(previous.utf8))
        hasher.update(data: [0x0A])
        hasher.update(data: canonical)
        return hex(hasher.finalize())
    }

    static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Walks every entry in sequence order; stops at the first one that does not hold.
    static func verify(_ db: any SQLConnection) throws -> VerifyReport {
        var previous = genesis
        var expectedSeq: Int64 = 1
        var count = 0
        var broken: (seq: Int64, problem: String)?
        struct Stop: Error {}
        do {
            try db.forEachChunk("""
                SELECT seq, kind, who, recorded_at, valid_date, commitment_id, change, why, prev_hash, hash
                FROM entry WHERE seq > ? ORDER BY seq LIMIT ?
                """) { row in
                let seq: Int64 = row[0]
                count += 1
                if seq != expectedSeq {
                    broken = (expectedSeq, "entry \(expectedSeq) is missing (next is \(seq))")
                    throw Stop()
                }
                let prevHash: String = row[8]
                if prevHash != previous {
                    broken = (seq, "previous-hash link does not match entry \(seq - 1)")
                    throw Stop()
                }
                let text = canonical(seq: seq, kind: row[1], who: row[2], recordedAt: row[3], validDate: row[4],
                                     commitmentID: row[5], change: row[6], why: row[7])
                let stored: String = row[9]
                let computed = hash(previous: previous, canonical: text)
                if computed != stored {
                    broken = (seq, "content does not match its hash (altered after it was recorded)")
                    throw Stop()
                }
                previous = stored
                expectedSeq += 1
            }
        } catch is Stop {}
        return VerifyReport(entries: count, firstBroken: broken)
    }
}

/// Appends entries inside one write transaction and applies each to the projection.
struct LedgerWriter {
    let db: any SQLConnection
    let now: Date
    let recordedAt: String
    private(set) var lastSeq: Int64
    private(set) var lastHash: String

    /// Must run inside `SQLDatabase.write`, which serialises writers, so the last entry read
    /// here stays the last until this transaction commits.
    init(_ db: any SQLConnection, now: Date) throws {
        self.db = db
        self.now = now
        self.recordedAt = RecordedTime.format(now)
        if let row = try db.row("SELECT seq, hash FROM entry ORDER BY seq DESC LIMIT 1") {
            lastSeq = row[0]
            lastHash = row[1]
        } else {
            lastSeq = 0
            lastHash = EntryChain.genesis
        }
    }

    /// Appends one entry and returns its sequence number.
    @discardableResult
    mutating func append(_ kind: EntryKind, who: String, validDate: Day?, commitmentID: Int64? = nil,
                         change: JSONValue, why: String? = nil) throws -> Int64 {
        let seq = lastSeq + 1
        let changeText = change.serialized()
        let canonical = EntryChain.canonical(seq: seq, kind: kind.rawValue, who: who, recordedAt: recordedAt,
                                             validDate: validDate?.iso, commitmentID: commitmentID,
                                             change: changeText, why: why)
        let hash = EntryChain.hash(previous: lastHash, canonical: canonical)
        try db.execute("""
            INSERT INTO entry (seq, kind, who, recorded_at, valid_date, commitment_id, change, why, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [seq, kind.rawValue, who, recordedAt, validDate?.iso, commitmentID, changeText, why, lastHash, hash])
        lastSeq = seq
        lastHash = hash
        return seq
    }
}
