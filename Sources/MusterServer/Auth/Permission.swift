import MusterCore
import MusterStore

/// What a request asks to do. Routes name the permission they need; `Role.allows` is the one
/// place that says which role may do what (the roles table in docs/accounts.md).
enum Permission: Equatable, CustomStringConvertible {
    /// Pages and API reads (also open to everyone under `muster serve --public`).
    case read
    /// Accept, correct or reject claims.
    case review
    /// Submit a claim about `actor`'s commitments; it enters the review queue as pending.
    case propose(ActorCode)
    /// Create coalitions, add members, set requirements.
    case editCoalitions
    /// List accounts (accounts are created and changed with `muster user`).
    case manageAccounts

    var description: String {
        switch self {
        case .read: return "read the ledger"
        case .review: return "review claims"
        case .propose(let actor): return "propose changes to \(actor.rawValue)'s commitments"
        case .editCoalitions: return "edit coalitions and their requirements"
        case .manageAccounts: return "manage accounts"
        }
    }
}

extension Role {
    func allows(_ permission: Permission) -> Bool {
        switch (self, permission) {
        case (_, .read): return true
        case (.admin, _): return true
        case (.editor, .review), (.editor, .propose), (.editor, .editCoalitions): return true
        case (.reviewer, .review), (.reviewer, .propose): return true
        case (.liaison(let own), .propose(let actor)): return own == actor
        default: return false
        }
    }
}
