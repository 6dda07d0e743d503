import Foundation
import Hummingbird
import HummingbirdTesting
@testable import MusterServer
import MusterStore
import Testing

@Suite("OpenAPI description")
struct OpenAPITests {
    /// `METHOD /path` for every operation under `paths:` in the YAML, read by indentation:
    /// paths are the two-space keys, operations the four-space HTTP method keys below them.
    static func described(_ yaml: String) -> Set<String> {
        var out: Set<String> = []
        var inPaths = false
        var path: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            if !line.hasPrefix(" ") {
                inPaths = line.hasPrefix("paths:")
                continue
            }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), let path {
                let key = line.dropFirst(4).prefix { $0 != ":" }
                if ["get", "post", "put", "patch", "delete", "head"].contains(String(key)) {
                    out.insert("\(key.uppercased()) \(path)")
                }
            }
        }
        return out
    }

    @Test func everyAPIRouteIsDescribedAndViceVersa() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let router = try buildRouter(store: server.store, config: server.config)
        let registered = Set(router.routes.map { "\($0.method.rawValue) \($0.path.description)" }
            .filter { route in
                let path = route.split(separator: " ")[1]
                return path.hasPrefix("/api") || ["/healthz", "/metrics", "/login", "/logout"].contains(path)
            })
        try await server.test { client in
            let reply = try await client.get("/api/openapi.yaml")
            #expect(reply.status == .ok)
            #expect(reply.body.hasPrefix("openapi: 3.1"))
            let described = Self.described(reply.body)
            #expect(registered.count >= 18)
            #expect(registered.subtracting(described).sorted() == [], "routes missing from openapi.yaml")
            #expect(described.subtracting(registered).sorted() == [], "described in openapi.yaml but not routed")
        }
    }
}
