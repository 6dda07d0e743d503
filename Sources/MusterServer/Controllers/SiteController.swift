import Foundation
import Hummingbird

/// The pages and files around the ledger: about the data, the stylesheet, health and metrics.
struct SiteController {
    let env: ServerEnvironment
    let stylesheet: String

    init(env: ServerEnvironment) throws {
        self.env = env
        guard let url = Bundle.module.url(forResource: "Web", withExtension: nil)?.appendingPathComponent("Static/muster.css") else {
            throw ResourceError(name: "Static/muster.css")
        }
        stylesheet = try String(contentsOf: url, encoding: .utf8)
    }

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/about") { request, context in
            env.pages.page("about", title: "About the data", state: try env.state(request, context), data: [:])
        }
        let css = stylesheet
        routes.get("/static/muster.css") { _, _ in
            var response = Responses.text(css, contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        routes.get("/healthz") { _, _ in
            try env.store.ping()
            return Responses.text("ok\n", contentType: "text/plain; charset=utf-8")
        }
        routes.get("/metrics") { _, _ in
            Responses.text(env.metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        return routes
    }
}
