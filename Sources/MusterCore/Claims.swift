/// A party says it will do, is doing, or did something for the cause.
public struct Commitment: Hashable, Sendable {
    public var actor: ActorCode
    /// How many states, for `actor == .group` when the text gives a number.
    public var actorCount: Int?
    public var recipient: ActorCode?
    public var category: Category
    public var status: CommitmentStatus
    public var amount: Quantity?
    public var condition: String?
    public var object: String?
    public var quote: String

    public init(actor: ActorCode, actorCount: Int? = nil, recipient: ActorCode? = nil,
                category: Category, status: CommitmentStatus, amount: Quantity? = nil,
                condition: String? = nil, object: String? = nil, quote: String) {
        self.actor = actor
        self.actorCount = actorCount
        self.recipient = recipient
        self.category = category
        self.status = status
        self.amount = amount
        self.condition = condition
        self.object = object
        self.quote = quote
    }
}

/// A meeting, summit or call where parties met.
public struct Event: Hashable, Sendable {
    public var name: String?
    public var date: Day?
    public var place: String?
    /// Sorted actor codes of the parties named as taking part (never `GROUP`).
    public var participants: [ActorCode]
    public var quote: String

    public init(name: String? = nil, date: Day? = nil, place: String? = nil,
                participants: [ActorCode], quote: String) {
        self.name = name
        self.date = date
        self.place = place
        self.participants = participants.sorted()
        self.quote = quote
    }
}

/// An attack and the defence against it.
public struct Incident: Hashable, Sendable {
    public var actor: ActorCode?
    public var target: ActorCode?
    public var weapon: Weapon?
    public var launched: Quantity?
    public var intercepted: Quantity?
    public var date: Day?
    public var quote: String

    public init(actor: ActorCode?, target: ActorCode?, weapon: Weapon?, launched: Quantity? = nil,
                intercepted: Quantity? = nil, date: Day? = nil, quote: String) {
        self.actor = actor
        self.target = target
        self.weapon = weapon
        self.launched = launched
        self.intercepted = intercepted
        self.date = date
        self.quote = quote
    }
}

/// One line of `muster extract --format jsonl` after the document record.
public enum Claim: Hashable, Sendable {
    case commitment(Commitment)
    case event(Event)
    case incident(Incident)

    public var quote: String {
        switch self {
        case .commitment(let claim): return claim.quote
        case .event(let claim): return claim.quote
        case .incident(let claim): return claim.quote
        }
    }

    public var typeName: String {
        switch self {
        case .commitment: return "commitment"
        case .event: return "event"
        case .incident: return "incident"
        }
    }
}
