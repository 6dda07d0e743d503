import MusterCore

/// The word lists the commitment rules read (kept apart from the rules so they read as grammar).
extension CommitmentRules {
    static let militaryWords: Set<String> = [
        "military", "weapons", "defence", "defense", "arms", "army", "stockpiles", "armed", "munitions",
    ]
    /// Prepositions that make a name an object or a place, not the party acting.
    static let objectPrepositions: Set<String> = [
        "of", "to", "for", "from", "with", "in", "at", "on", "against", "into", "across", "about", "toward",
        "towards", "between", "than", "like", "including", "via", "over", "among", "under", "within", "without", "through",
        "as",
    ]
    /// Offices that speak for the state named after "of": "the leaders of France and Germany".
    static let officeNouns: Set<String> = [
        "leader", "leaders", "minister", "ministers", "president", "presidents", "government", "governments", "head",
        "heads", "chancellor", "premier", "premiers", "officials", "representatives", "envoys", "delegations",
        "delegation", "ambassadors", "ambassador", "ministry", "ministries", "cabinet", "parliament", "parliaments",
        "chiefs", "secretary", "secretaries",
    ]
    /// What weapons money buys (spec: money spent buying weapons takes their category); funding
    /// for civil ends ("funding for emergency energy repairs") stays financial.
    static let militaryCategories: Set<MusterCore.Category> = [.troops, .airDefense, .equipment, .ammunition, .intelligence, .training]
    static let trainingVerbs: Set<String> = ["train", "trains", "trained", "training"]
    /// Verbs and gerunds of paying that name money by what it buys ("finance air defence").
    static let financeVerbs: Set<String> = ["finance", "finances", "financing", "funding", "fund", "funds", "financed", "funded"]
    /// Lending names a loan, which is financing whatever it pays for (spec: loans → financial).
    static let lendVerbs: Set<String> = ["lend", "lends", "lent", "lending", "loaned"]
    /// Financial instruments whose purpose clause ("to repair …") is the use of the money.
    static let instrumentNouns: Set<String> = ["loan", "loans", "grant", "grants", "credit", "credits", "bonds", "bond", "guarantee", "guarantees"]
    /// People who do not speak for their state (spec: regional politicians, opposition parties).
    static let nonSpeakers: Set<String> = ["former", "ex", "opposition", "regional", "retired", "late", "shadow"]
    /// Development banks and the IMF lend and grant: their money is financing wherever it goes.
    static let lenders: Set<ActorCode> = [ActorCode("EBRD"), ActorCode("EIB"), ActorCode("IMF"), ActorCode("WORLD_BANK")]
    static let aidWords: Set<String> = [
        "aid", "package", "assistance", "support", "donation", "contribution", "tranche", "purl", "contribute", "contributes",
        "contributed", "contributions", "packages",
    ]
    /// Schemes that buy goods for Ukraine ("the mechanism", "the initiative"); a fund or a
    /// programme may only lend or grant.
    static let purchaseSchemes: Set<String> = ["mechanism", "scheme", "initiative"]
    static let productionWords: Set<String> = ["production", "produce", "producing", "manufacturing", "industry", "industrial"]
    /// People whose arrival is a visit ("the defence ministers … arrived in Kyiv").
    static let visitors: Set<String> = ["minister", "ministers", "leader", "leaders", "president", "chancellor", "premier",
                                        "delegation", "delegations", "envoy", "envoys", "secretary", "officials", "counterparts"]
    /// Verbs that ask another party to act ("urged allies to …", "called on partners to …"); what
    /// follows them in their clause is the asked party's to do.
    static let askVerbs: Set<String> = ["urged", "urges", "urge", "urging", "asked", "asks", "asking", "pressed", "pressing", "appealed", "encouraged", "invited"]
    /// Requests, wishes and expectations of others ("urged Germany to send", "wants allies to"): a
    /// party named right after one is asked, not committing.
    static let requestVerbs: Set<String> = askVerbs.union([
        "ask", "calling", "called", "calls", "call", "pressure", "pressured", "convince", "persuade", "lobbying", "lobbied",
        "begged", "demanded", "wants", "want", "needs", "need", "see", "seeing", "expects", "expect", "hope", "hopes", "hoped",
        "hoping",
    ])
    /// Verbs that take sanctions off: "lift", "ease", "relax".
    static let easingVerbs: Set<String> = [
        "lift", "lifts", "lifting", "lifted", "ease", "eases", "easing", "eased", "relax", "relaxes", "relaxing", "relaxed",
        "loosen", "loosens", "loosening", "loosened",
    ]
    /// Participles that name who paid for goods ("financed by the Netherlands", "paid for by Norway").
    static let payerParticiples: Set<String> = ["financed", "funded", "paid", "bought", "donated", "purchased"]
    /// "pledged they would be involved in that effort": joining an undertaking the text named before.
    static let participation: Set<String> = [
        "involved", "participate", "participating", "join", "joining", "part", "contribute", "contributing",
        "participation", "involvement",
    ]
    /// Words naming military aircraft in an equipment phrase.
    static let aircraftWords: [String] = ["jet", "fighter", "aircraft", "f-16", "f-35", "eurofighter", "typhoon", "rafale", "gripen", "mirage", "warplane", "plane", "cf-18"]
    /// People who comment on decisions without taking them.
    static let observers: Set<String> = [
        "analyst", "analysts", "experts", "expert", "observers", "commentators", "economists", "economist", "critics", "opposition",
        // Think-tank staff and academics quoted on a decision: "said X, a senior fellow at …".
        "fellow", "researcher", "researchers", "professor", "scholar", "strategist", "strategists", "lecturer", "think-tank",
    ]
    /// Ships that, sent for a mission or force, are a part in its presence at sea.
    static let navalVessels: Set<String> = [
        "minehunter", "minehunters", "minesweeper", "minesweepers", "frigate", "frigates", "warship", "warships",
        "corvette", "corvettes", "vessel", "vessels", "ship", "ships", "destroyer", "destroyers", "patrol boats",
    ]
    static let pronouns: Set<String> = ["it", "its", "we", "our", "they", "their", "he", "his", "she", "her", "i"]
    static let clauseBoundaries: Set<String> = [
        "after", "before", "because", "since", "although", "though", "whereas", "despite", "amid", "which", "who",
        "whose", ";", ":", "once", "if", "until", "unless", "following", "whether",
    ]
    /// Words between the party of a relative clause without "that" and its verb ("the jets Norway
    /// has already promised").
    static let contactClauseFillers: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "already", "also", "recently", "just", "previously", "originally",
    ]
    static let inclusionWords: Set<String> = [
        "including", "featuring", "comprising", "consisting", "such", "notably", "particularly", "especially",
    ]
    /// Words that point money back at an undertaking already described.
    static let referBack: Set<String> = [
        "scheme", "initiative", "fund", "facility", "mechanism", "programme", "program", "further", "additional", "more",
    ]
    /// Subjects that are the sum or package just announced ("The money will pay for …").
    static let sumNouns: Set<String> = ["money", "funds", "funding", "package", "sum", "aid", "cash", "tranche"]
    /// Nouns that count air-defence or artillery units: "a third system", "two more batteries".
    static let unitNouns: Set<String> = ["system", "systems", "battery", "batteries", "unit", "units"]
    /// Words that make goods one more of their kind: "a further system", "two more", "a third".
    static let oneMoreWords: Set<String> = ["another", "further", "more", "additional", "second", "third", "fourth", "fifth"]
    /// Details a party may withhold without refusing anything: "gave no figure", "no timeline".
    static let detailNouns: Set<String> = [
        "figure", "figures", "timeline", "timetable", "date", "dates", "details", "detail", "amount", "number", "numbers",
        "specifics", "sum", "size", "schedule", "deadline",
    ]
    /// Nouns that stand for goods already named: "the system", "its first two batteries", "the rest".
    static let referringGoods: Set<String> = ["system", "systems", "battery", "batteries", "launcher", "launchers", "rest", "remainder", "unit"]
    /// Words that may stand before such a noun: "the", "its first", "the remaining two".
    static let referringModifiers: Set<String> = [
        "the", "its", "their", "his", "her", "this", "that", "these", "those", "first", "second", "third", "previous",
        "remaining", "last", "latest", "new", "one", "two", "three", "four", "five",
    ]

    /// "its first system", "the rest": where such a noun stands right after the verb, if it does.
    static func referredGoods(_ a: SentenceAnalysis, from start: Int, to end: Int) -> Int? {
        var k = start
        while k < end, k < start + 4, referringModifiers.contains(a.tokens[k].lower) { k += 1 }
        guard k < end, k < a.tokens.count, referringGoods.contains(a.tokens[k].lower) else { return nil }
        // ("the system of sanctions", "the rest of the money": a noun with its own "of" names what it is.)
        if k + 1 < a.tokens.count, a.tokens[k + 1].lower == "of" { return nil }
        return k
    }

    static let packageWords: Set<String> = ["package", "donation", "tranche", "batch", "aid"]
    /// Nouns that stand for an undertaking already told: "the deal", "the first two packages".
    static let referentNouns: Set<String> = ["package", "packages", "deal", "purchase", "sale", "order", "contract", "shipment", "shipments"]
    static let packageVerbs: Set<String> = [
        "include", "includes", "including", "among", "comprises", "consists", "consisting", "featuring", "contains",
        "consist", "comprise", "contain", "included", "comprised", "contained", "featured",
    ]
    /// What a party may demand before it agrees ("without guarantees from other member states").
    static let demandNouns: Set<String> = ["guarantees", "guarantee", "assurances", "assurance", "compensation", "safeguards", "conditions", "approval"]
    static let conditionStarters: Set<String> = ["once", "after", "following", "if", "when", "until", "provided", "upon", "conditional"]
    static let conditionWords: Set<String> = [
        "ceasefire", "peace", "fighting", "war", "hostilities", "conflict", "agreement", "deal", "reforms", "truce",
        "settlement", "ends", "end", "stops", "armistice",
    ]
}

extension CommitmentRules {
    /// A purchase scheme named as the object ("contributions to PURL", "under the European Peace
    /// Facility"): it names the category only when the clause names no goods of its own.
    /// What a bare sum buys in a text about `topic`: the arms or aid just spoken of, troops'
    /// upkeep as arms in a military text, else money.
    static func bareSumCategory(topic: MusterCore.Category, military: Bool) -> MusterCore.Category {
        switch topic {
        case .airDefense, .ammunition, .equipment, .humanitarian, .financial: topic
        case .troops, .training, .logistics, .intelligence: military ? .equipment : .financial
        default: .financial
        }
    }

    /// Whether the words between a package noun at `k` and goods at `goods` say what the package
    /// is made of: "package of", "package for Ukraine consisting mainly of", "made up of",
    /// "comprising" (not "including", which names examples beside the sum's own equipment).
    static func compositionOf(_ tokens: [Token], after k: Int, before goods: Int) -> Bool {
        guard k + 1 < goods else { return false }
        if tokens[k + 1].lower == "of" { return goods <= k + 4 }
        let between = tokens[(k + 1)..<goods].map(\.lower)
        guard let at = between.firstIndex(where: { ["consisting", "consists", "comprising", "made", "composed", "containing"].contains($0) }) else { return false }
        let rest = between[(at + 1)...]
        return rest.count <= 3 && (between[at] == "comprising" || between[at] == "containing" || rest.contains("of"))
    }

    static func isChannel(_ hit: CategoryHit) -> Bool {
        let trigger = hit.trigger.lowercased()
        return hit.category == .equipment && (trigger.hasPrefix("purl") || trigger.hasPrefix("prioritised ukraine requirements")
            || trigger.hasPrefix("prioritized ukraine requirements") || trigger == "european peace facility")
    }
}

extension CommitmentRules {
    /// Whether the ordinal ending at token `k` is ten or more, as the EU numbers its sanctions
    /// packages: "20th" (read as the number 20 and "th") or "nineteenth".
    static func ordinalOfTenOrMore(_ tokens: [Token], endingAt k: Int) -> Bool {
        if k >= 1, ["st", "nd", "rd", "th"].contains(tokens[k].lower) { return (tokens[k - 1].number ?? 0) >= 10 }
        return ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third"].contains(tokens[k].lower)
    }
}
