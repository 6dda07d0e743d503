import Foundation
import Hummingbird
import Logging
import MusterStore

/// The web app and JSON API over the ledger at `config.databasePath` (a SQLite file or a
/// postgres:// URL).
public func buildApplication(_ config: ServerConfig) throws -> some ApplicationProtocol {
    var logger = Logger(label: "muster.server")
    logger.logLevel = .info
    let store: any LedgerStore
    let router: Router<AppRequestContext>
    do {
        store = try LedgerLocation.open(config.databasePath, schema: config.migrate ? .migrate : .requireCurrent)
        router = try buildRouter(store: store, config: config)
    } catch {
        throw ServerStartError(description: "\(error)")
    }
    return Application(router: router,
                       configuration: .init(address: .hostname(config.host, port: config.port), serverName: "muster"),
                       logger: logger)
}

/// Every route, with the middleware that measures requests and turns failures into pages or
/// problem documents. Separate from `buildApplication` so tests can list the routes.
func buildRouter(store: any LedgerStore, config: ServerConfig) throws -> Router<AppRequestContext> {
    let pages = try PageRenderer.load()
    let metrics = ServerMetrics()
    let accounts = AccountService(store: store.accounts, loginLimit: config.loginLimit)
    let signer = SessionSigner(secret: try accounts.sessionSecret(configured: config.sessionSecret))
    let env = ServerEnvironment(store: store, pages: pages, config: config, metrics: metrics, cache: ResponseCache(),
                                accounts: accounts, signer: signer)
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: MetricsMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware(pages: pages))
    router.add(middleware: AuthMiddleware(env: env))
    router.addRoutes(LoginController(env: env).routes)
    router.addRoutes(OverviewController(env: env).routes)
    router.addRoutes(ActorController(env: env).routes)
    router.addRoutes(CommitmentController(env: env).routes)
    router.addRoutes(DocumentController(env: env).routes)
    router.addRoutes(ReviewController(env: env).routes)
    router.addRoutes(SearchController(env: env).routes)
    router.addRoutes(try SiteController(env: env).routes)
    router.addRoutes(DocumentsAPI(env: env).routes)
    router.addRoutes(ClaimsAPI(env: env).routes)
    router.addRoutes(CommitmentsAPI(env: env).routes)
    router.addRoutes(ActorsAPI(env: env).routes)
    router.addRoutes(CoalitionsAPI(env: env).routes)
    router.addRoutes(RequirementsAPI(env: env).routes)
    router.addRoutes(ReviewAPI(env: env).routes)
    router.addRoutes(ProposalsAPI(env: env).routes)
    router.addRoutes(AccountsAPI(env: env).routes)
    router.addRoutes(try OpenAPIController().routes)
    return router
}

/// The app could not be built: the ledger would not open or a resource is missing.
public struct ServerStartError: Error, CustomStringConvertible {
    public let description: String
}
