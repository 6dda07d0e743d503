import Foundation
import Hummingbird

/// A JSON object sent as a request body, read up to the server's body limit.
struct JSONBody {
    let object: [String: Any]
    let data: Data

    static func read(_ request: Request, limit: Int) async throws -> JSONBody {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw ServerError.tooLarge(limit: limit)
        }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch { throw ServerError.tooLarge(limit: limit) }
        let data = Data(buffer: buffer)
        if data.isEmpty { return JSONBody(object: [:], data: data) }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw ServerError(status: .badRequest, title: "Bad request body", detail: "the body must be a JSON object")
        }
        return JSONBody(object: object, data: data)
    }

    /// A string member: nil when absent or empty, 400 when of another type or too long.
    func string(_ name: String, maxLength: Int = 2000) throws -> String? {
        guard let value = object[name], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw ServerError.badParameter(name, "expected a string") }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= maxLength else { throw ServerError.badParameter(name, "at most \(maxLength) characters") }
        return trimmed.isEmpty ? nil : trimmed
    }
}
