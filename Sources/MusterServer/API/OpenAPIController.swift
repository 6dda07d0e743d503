import Foundation
import Hummingbird

/// `/api/openapi.yaml`: the hand-written OpenAPI 3.1 description of the API. A test checks
/// that its paths and the router's routes are the same set.
struct OpenAPIController {
    let document: String

    init() throws {
        guard let url = Bundle.module.url(forResource: "Web", withExtension: nil)?.appendingPathComponent("openapi.yaml") else {
            throw ResourceError(name: "openapi.yaml")
        }
        document = try String(contentsOf: url, encoding: .utf8)
    }

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let text = document
        routes.get("/api/openapi.yaml") { _, _ in Responses.text(text, contentType: "application/yaml") }
        return routes
    }
}
