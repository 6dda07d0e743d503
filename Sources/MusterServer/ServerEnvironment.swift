import Hummingbird
import MusterCore
import MusterStore

/// What every controller shares: the ledger, the templates, the configuration.
struct ServerEnvironment: Sendable {
    let store: any LedgerStore
    let pages: PageRenderer
    let config: ServerConfig
    let metrics: ServerMetrics
    let cache: ResponseCache
    let accounts: AccountService
    let signer: SessionSigner

    /// The response text for this request at the ledger's current version: made once per
    /// version (see `ResponseCache`), then served from memory.
    /// Pages name the signed-in account and carry its CSRF token, so a page's text is cached
    /// per session (`variant`); API texts are the same for everyone and pass "".
    func cached(_ request: Request, variant: String = "", make: () throws -> String) throws -> String {
        try cache.text(for: request.uri.description + "\u{0}" + variant, seq: try store.latestSeq(), make: make)
    }

    /// The header state of a page at `path`, reading `?as_of=` (400 when malformed).
    func state(_ request: Request, _ context: AppRequestContext, path: String? = nil, query: String? = nil) throws
        -> PageState
    {
        let asOf = try QueryParameters(request).asOf()
        let pending = try store.pendingCount()
        var state = PageState(path: path ?? request.uri.path, asOf: asOf, pending: pending, query: query)
        if let identity = context.identity {
            state.account = identity.account.name
            state.role = identity.account.role.description
            state.csrf = identity.csrf
        }
        return state
    }

    /// The commitment as the ledger held it on `asOf` (the current record without one); nil
    /// when it did not exist yet on that day.
    func commitment(id: Int64, asOf: Day?) throws -> CommitmentRecord? {
        guard let current = try store.commitment(id: id) else { return nil }
        guard let asOf else { return current }
        return try store.commitments(CommitmentQuery(actor: current.actor, category: current.category, asOf: asOf))
            .first { $0.id == id }
    }
}
