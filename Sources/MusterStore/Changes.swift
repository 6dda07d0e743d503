import MusterCore

// The JSON of each entry kind's change. Written with `JSONValue` (ordered keys, so the hashed
// text is deterministic) and read back with `Decodable` when the projection is replayed.

struct DocumentChange {
    var document: Int64
    var sha256: String
    var source: String
    var title: String?
    var published: Day?
    var retrievedAt: String

    var json: JSONValue {
        .object([("document", .number(Double(document))), ("sha256", .string(sha256)), ("source", .string(source)),
                 ("title", JSONValue(title)), ("published", JSONValue(published)),
                 ("retrieved_at", .string(retrievedAt))])
    }
}

struct ClaimChange {
    var claim: Int64
    var document: Int64
    var position: Int
    var content: Claim

    var json: JSONValue {
        .object([("claim", .number(Double(claim))), ("document", .number(Double(document))),
                 ("position", .number(Double(position))), ("content", content.json)])
    }
}

struct CommitmentChange: Decodable {
    var commitment: Int64
    var actor: ActorCode
    var actorCount: Int?
    var recipient: ActorCode?
    var category: MusterCore.Category
    var object: String?
    var status: CommitmentStatus

    enum CodingKeys: String, CodingKey {
        case commitment, actor, actorCount = "actor_count", recipient, category, object, status
    }

    init(commitment: Int64, from c: Commitment) {
        self.commitment = commitment
        actor = c.actor
        actorCount = c.actorCount
        recipient = c.recipient
        category = c.category
        object = c.object
        status = c.status
    }

    var asCommitment: Commitment {
        Commitment(actor: actor, actorCount: actorCount, recipient: recipient, category: category, status: status,
                   object: object, quote: "")
    }

    var json: JSONValue {
        .object([("commitment", .number(Double(commitment))), ("actor", .string(actor.rawValue)),
                 ("actor_count", JSONValue(actorCount)), ("recipient", JSONValue(recipient)),
                 ("category", .string(category.rawValue)), ("object", JSONValue(object)),
                 ("status", .string(status.rawValue))])
    }
}

struct ReviewChange: Decodable {
    var claim: Int64
    var state: ReviewState
    var commitment: Int64?
    var correction: Claim?

    var json: JSONValue {
        .object([("claim", .number(Double(claim))), ("state", .string(state.rawValue)),
                 ("commitment", commitment.map { .number(Double($0)) } ?? .null),
                 ("correction", correction?.json ?? .null)])
    }
}

struct CoalitionChange: Decodable {
    var coalition: Int64
    var name: String

    var json: JSONValue { .object([("coalition", .number(Double(coalition))), ("name", .string(name))]) }
}

struct MemberChange: Decodable {
    var coalition: Int64
    var actor: ActorCode
    var joined: Day?

    var json: JSONValue {
        .object([("coalition", .number(Double(coalition))), ("actor", .string(actor.rawValue)),
                 ("joined", JSONValue(joined))])
    }
}

extension ReviewState: Codable {}
