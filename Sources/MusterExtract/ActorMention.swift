import MusterCore

/// A span of a sentence that names a party: a state, organisation, office, person or group.
struct ActorMention: Sendable {
    enum Kind: Sendable { case state, demonym, capital, office, organisation, person, group }

    /// Token indices, `start..<end`.
    var start: Int
    var end: Int
    var code: ActorCode
    var kind: Kind
    /// For groups: the number of states the text gives ("26 of Ukraine's allies").
    var count: Int?
    /// "the countries", "these nations", "the three Scandinavian countries": a group that may
    /// point back at states already named rather than introduce new ones.
    var anaphoric = false
    /// A demonym that stands for its government ("the German Chancellor", "the Dutch
    /// government") rather than qualifying a thing ("Polish troops", "Russian oil").
    var governmentForm = false
    /// "the Czech-led initiative": the party behind an undertaking named after it.
    var led = false
    /// The words that named the party, for --explain.
    var trigger: String

    var isUkraineOrRussia: Bool { code == .ukraine || code == .russia }
}
