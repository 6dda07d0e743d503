import Hummingbird
import MusterCore

/// Response builders for the three kinds of body the app writes.
enum Responses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        var text = value.serialized()
        text += "\n"
        return Response(status: status, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func csv(_ text: String, filename: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                        .contentDisposition: "attachment; filename=\"\(filename)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// RFC 9457 problem details.
    static func problem(_ error: ServerError, instance: String) -> Response {
        var members: [(String, JSONValue)] = [
            ("type", .string("about:blank")), ("title", .string(error.title)),
            ("status", .number(Double(error.status.code))), ("detail", .string(error.detail)),
            ("instance", .string(instance)),
        ]
        if let parameter = error.parameter { members.append(("parameter", .string(parameter))) }
        var response = json(.object(members), status: error.status)
        response.headers[.contentType] = "application/problem+json"
        return response
    }
}
