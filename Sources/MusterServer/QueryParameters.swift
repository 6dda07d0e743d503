import Foundation
import Hummingbird
import MusterCore
import MusterStore

/// Typed access to a request's query string. Every accessor throws a 400 naming the
/// parameter when a value is present but malformed; an absent or empty value is nil.
struct QueryParameters {
    let parameters: Hummingbird.Parameters

    init(_ request: Request) {
        parameters = request.uri.queryParameters
    }

    func string(_ name: String) -> String? {
        guard let value = parameters.get(name), !value.isEmpty else { return nil }
        return value
    }

    func day(_ name: String) throws -> Day? {
        guard let value = string(name) else { return nil }
        guard let day = Day(iso: value) else { throw ServerError.badParameter(name, "expected a date YYYY-MM-DD") }
        return day
    }

    func asOf() throws -> Day? { try day("as_of") }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = string(name) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw ServerError.badParameter(name, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func limit(default fallback: Int = 100) throws -> Int { try int("limit", in: 1...1000) ?? fallback }

    /// Cursors are the last id of the previous page, written in base 36 so nobody mistakes
    /// them for a page number.
    func cursor() throws -> Int64? {
        guard let value = string("cursor") else { return nil }
        guard let id = Int64(value, radix: 36), id >= 0 else { throw ServerError.badParameter("cursor", "not a cursor this API gave out") }
        return id
    }

    /// The review queue's cursor (`ReviewQueueCursor.token`): its order is by confidence, so its
    /// pages cannot start after an id alone.
    func reviewCursor() throws -> ReviewQueueCursor? {
        guard let value = string("cursor") else { return nil }
        guard let cursor = ReviewQueueCursor(token: value) else { throw ServerError.badParameter("cursor", "not a cursor this API gave out") }
        return cursor
    }

    func actor(_ name: String = "actor") throws -> ActorCode? {
        guard let value = string(name) else { return nil }
        let actor = ActorCode(value.uppercased())
        guard KnownActors.contains(actor) else { throw ServerError.badParameter(name, "unknown actor code") }
        return actor
    }

    func category(_ name: String = "category") throws -> MusterCore.Category? {
        guard let value = string(name) else { return nil }
        guard let category = MusterCore.Category(rawValue: value) else {
            throw ServerError.badParameter(name, "expected one of " + MusterCore.Category.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return category
    }

    func status(_ name: String = "status") throws -> CommitmentStatus? {
        guard let value = string(name) else { return nil }
        guard let status = CommitmentStatus(rawValue: value) else {
            throw ServerError.badParameter(name, "expected one of " + CommitmentStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return status
    }

    func reviewState(_ name: String = "state") throws -> ReviewState? {
        guard let value = string(name) else { return nil }
        guard let state = ReviewState(rawValue: value) else {
            throw ServerError.badParameter(name, "expected one of " + ReviewState.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return state
    }

    func id(_ name: String) throws -> Int64? {
        guard let value = string(name) else { return nil }
        guard let id = Int64(value), id > 0 else { throw ServerError.badParameter(name, "expected a positive id") }
        return id
    }

    /// `?format=csv` or `?format=json` (the default).
    func wantsCSV() throws -> Bool {
        switch string("format") {
        case nil, "json": return false
        case "csv": return true
        default: throw ServerError.badParameter("format", "expected json or csv")
        }
    }
}

extension Int64 {
    var cursor: String { String(self, radix: 36) }
}
