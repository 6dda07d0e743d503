import Foundation
import MusterCore

/// Names, lexicons and units the claim stages read: loaded once from the JSON resources a
/// maintainer edits (Resources/actors.json, lexicon.json, and states.json / currencies.json
/// generated from Debian's iso-codes by scripts/make-reference-resources.py).
public struct ReferenceData: Sendable {
    /// What a name in the text stands for.
    struct ActorEntry: Sendable {
        enum Kind: Sendable { case state, demonym, capital, office, organisation, person, groupNoun, notActor }
        var code: ActorCode?
        var kind: Kind
        /// The alias as written in the data, to check capitalisation against the text.
        var alias: [String]
        var validFrom: Day?
        var validTo: Day?
    }

    struct CategoryEntry: Sendable {
        var category: MusterCore.Category
        var carriesMoney: Bool
    }

    let actors: PhraseTrie<ActorEntry>
    let categories: PhraseTrie<CategoryEntry>
    let units: PhraseTrie<String>
    let weapons: PhraseTrie<Weapon>
    let currencies: Set<String>
    let groupModifiers: Set<String>
    /// The member states of a body whose summits the reports tell ("EU": the 27), from
    /// actors.json's `members`.
    let members: [ActorCode: Set<ActorCode>]

    /// The data shipped in the module's resources, decoded on first use and then shared.
    public static let bundled: ReferenceData = {
        do {
            return try ReferenceData(resources: Bundle.module)
        } catch {
            fatalError("MusterExtract resources are unreadable: \(error)")
        }
    }()

    init(resources bundle: Bundle) throws {
        func data(_ name: String) throws -> Data {
            guard let url = bundle.url(forResource: name, withExtension: "json") else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name).json"])
            }
            return try Data(contentsOf: url)
        }
        try self.init(states: data("states"), actors: data("actors"), lexicon: data("lexicon"),
                      currencies: data("currencies"), leaders: data("leaders"))
    }

    /// Builds the reference data from the JSON documents (the resources' format). `leaders` are
    /// office terms generated from Wikidata; the hand-curated people of `actors` win over them.
    public init(states: Data, actors actorsJSON: Data, lexicon lexiconJSON: Data, currencies currencyJSON: Data,
                leaders leadersJSON: Data = Data("[]".utf8)) throws {
        let decoder = JSONDecoder()
        let stateList = try decoder.decode([StateRecord].self, from: states)
        let file = try decoder.decode(ActorsFile.self, from: actorsJSON)
        let lexicon = try decoder.decode(LexiconFile.self, from: lexiconJSON)

        var trie = PhraseTrie<ActorEntry>()
        func add(_ alias: String, _ code: ActorCode?, _ kind: ActorEntry.Kind, from: Day? = nil, to: Day? = nil) {
            let words = Tokenizer.tokenize(alias).filter { !$0.isJoinedHyphen }.map(\.text)
            trie.insert(alias, ActorEntry(code: code, kind: kind, alias: words, validFrom: from, validTo: to))
        }
        for state in stateList { for name in state.names { add(name, ActorCode(state.code), .state) } }
        for (code, names) in file.aliases.sorted(by: { $0.key < $1.key }) { for name in names { add(name, ActorCode(code), .state) } }
        for (code, names) in file.demonyms.sorted(by: { $0.key < $1.key }) { for name in names { add(name, ActorCode(code), .demonym) } }
        for (code, names) in file.capitals.sorted(by: { $0.key < $1.key }) { for name in names { add(name, ActorCode(code), .capital) } }
        for (code, names) in file.offices.sorted(by: { $0.key < $1.key }) { for name in names { add(name, ActorCode(code), .office) } }
        for (code, names) in file.organisations.sorted(by: { $0.key < $1.key }) { for name in names { add(name, ActorCode(code), .organisation) } }
        let leaders = try decoder.decode([ActorsFile.Person].self, from: leadersJSON)
        for person in file.people + leaders {
            let from = person.from.flatMap { Day(iso: $0) }
            let to = person.to.flatMap { Day(iso: $0) }
            for name in person.names { add(name, ActorCode(person.actor), .person, from: from, to: to) }
        }
        for noun in file.groups.nouns { add(noun, .group, .groupNoun) }
        for name in file.notActors { add(name, nil, .notActor) }
        trie.freeze()
        self.actors = trie
        self.groupModifiers = Set(file.groups.modifiers)
        self.members = Dictionary(uniqueKeysWithValues: file.members.map { (ActorCode($0.key), Set($0.value.map { ActorCode($0) })) })

        var categoryTrie = PhraseTrie<CategoryEntry>()
        let carriers = Set(lexicon.moneyCarriers)
        for (name, phrases) in lexicon.categories.sorted(by: { $0.key < $1.key }) {
            guard let category = MusterCore.Category(rawValue: name) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown category \(name)"))
            }
            for phrase in phrases {
                categoryTrie.insert(phrase, CategoryEntry(category: category, carriesMoney: carriers.contains(phrase)))
            }
        }
        categoryTrie.freeze()
        self.categories = categoryTrie

        var unitTrie = PhraseTrie<String>()
        for (unit, nouns) in lexicon.units.sorted(by: { $0.key < $1.key }) { for noun in nouns { unitTrie.insert(noun, unit) } }
        unitTrie.freeze()
        self.units = unitTrie

        var weaponTrie = PhraseTrie<Weapon>()
        for (name, nouns) in lexicon.weapons.sorted(by: { $0.key < $1.key }) {
            guard let weapon = Weapon(rawValue: name) else { continue }
            for noun in nouns { weaponTrie.insert(noun, weapon) }
        }
        weaponTrie.freeze()
        self.weapons = weaponTrie
        self.currencies = Set(try decoder.decode([String].self, from: currencyJSON))
    }
}

private struct StateRecord: Decodable {
    var code: String
    var names: [String]
}

private struct ActorsFile: Decodable {
    struct Person: Decodable {
        var names: [String]
        var actor: String
        var from: String?
        var to: String?
    }
    struct Groups: Decodable {
        var nouns: [String]
        var modifiers: [String]
    }
    var aliases: [String: [String]]
    var demonyms: [String: [String]]
    var capitals: [String: [String]]
    var offices: [String: [String]]
    var organisations: [String: [String]]
    var people: [Person]
    var groups: Groups
    var notActors: [String]
    var members: [String: [String]]

    enum CodingKeys: String, CodingKey {
        case aliases, demonyms, capitals, offices, organisations, people, groups, members
        case notActors = "not_actors"
    }
}

private struct LexiconFile: Decodable {
    var categories: [String: [String]]
    var moneyCarriers: [String]
    var units: [String: [String]]
    var weapons: [String: [String]]

    enum CodingKeys: String, CodingKey {
        case categories, units, weapons
        case moneyCarriers = "money_carriers"
    }
}
