import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body, as plain HTML forms send it.
struct FormData {
    private(set) var values: [String: String] = [:]

    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name] = value
        }
    }

    static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Reads the body up to `limit` bytes; a larger body is refused with 413.
    static func read(_ request: Request, limit: Int) async throws -> FormData {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw ServerError.tooLarge(limit: limit)
        }
        let body = request.body
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch {
            throw ServerError.tooLarge(limit: limit)
        }
        return FormData(String(buffer: buffer))
    }

    /// The value as sent, untrimmed (passwords may begin or end with spaces).
    func raw(_ name: String) -> String? { values[name] }

    subscript(name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
