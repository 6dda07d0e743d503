import Foundation
import Hummingbird
import MusterCore
import Mustache

/// Renders the site's pages from the Mustache templates shipped as resources. `{{value}}`
/// escapes HTML, and templates never use the unescaped forms, so document text cannot inject
/// markup.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Reads every template synchronously at start-up: a missing or malformed template fails
    /// the start, not a request.
    static func load() throws -> PageRenderer {
        guard let root = Bundle.module.url(forResource: "Web", withExtension: nil)?.appendingPathComponent("Templates") else {
            throw ResourceError(name: "Templates")
        }
        var templates: [String: MustacheTemplate] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        for name in names where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
        }
        return PageRenderer(library: MustacheLibrary(templates: templates))
    }

    /// A full page: `state` fills the header (navigation, as-of control), `data` the body.
    func page(_ template: String, title: String, state: PageState, data: [String: Any],
              status: HTTPResponse.Status = .ok) -> Response {
        Responses.html(render(template, title: title, state: state, data: data), status: status)
    }

    func render(_ template: String, title: String, state: PageState, data: [String: Any]) -> String {
        var context = state.context
        context["title"] = title
        // An empty string would open a `{{#key}}` section: leave such keys out instead.
        for (key, value) in data where !((value as? String)?.isEmpty ?? false) { context[key] = value }
        return library.render(context, withTemplate: template) ?? ""
    }

    func errorPage(_ error: ServerError) -> Response {
        page("error", title: error.title, state: PageState(path: "/", asOf: nil),
             data: ["status": Int(error.status.code), "detail": error.detail], status: error.status)
    }
}

struct ResourceError: Error, CustomStringConvertible {
    var name: String
    var description: String { "resource \(name) is missing from the MusterServer bundle" }
}

/// What every page's header needs: where we are and which day the ledger is shown as of.
struct PageState {
    var path: String
    var asOf: Day?
    var pending: Int?
    var query: String?
    /// The signed-in account, its role and its session's CSRF token (nil when anonymous).
    var account: String?
    var role: String?
    var csrf: String?

    /// "?as_of=2025-09-01" to append to links, or "" for today's ledger.
    var asOfQuery: String { asOf.map { "?as_of=\($0.iso)" } ?? "" }

    var context: [String: Any] {
        var out: [String: Any] = ["path": path, "asOfQuery": asOfQuery, "asOfAmp": asOf.map { "&as_of=\($0.iso)" } ?? ""]
        if let asOf { out["asOf"] = asOf.iso }
        if let pending { out["pending"] = pending }
        if let query { out["q"] = query }
        if let account { out["account"] = account }
        if let role { out["role"] = role }
        if let csrf { out["csrf"] = csrf }
        return out
    }
}
