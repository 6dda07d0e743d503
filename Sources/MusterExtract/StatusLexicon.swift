import MusterCore

/// How firmly a verb commits (spec/claims.md "Statuses" and "Conventions / Status").
enum StatusLexicon {
    struct Verb: Sendable {
        var status: CommitmentStatus
        /// "received", "arrived": the subject is the recipient, not the party committing.
        var recipientSubject = false
        /// "pledged", "committed", "agreed": commits even when the object is only referred to.
        var strong = false
    }

    static let verbs: [String: Verb] = {
        var table: [String: Verb] = [:]
        func add(_ words: [String], _ status: CommitmentStatus, strong: Bool = false, recipient: Bool = false) {
            for word in words { table[word] = Verb(status: status, recipientSubject: recipient, strong: strong) }
        }
        add(["pledge", "pledges", "pledged", "commit", "commits", "committed", "promise", "promises", "promised",
             "vow", "vows", "vowed", "agree", "agrees", "agreed"], .pledged, strong: true)
        add(["confirmed", "confirms", "announce", "announces", "announced", "offer", "offers", "offered", "contribute", "contributes",
             "contributed", "donate", "donates", "unveil", "unveils", "unveiled", "undertook", "undertakes",
             // Granting on terms, renewing and mobilising money are undertakings, not yet transfers.
             // ("extended" alone is left out: a programme or authorisation "has been extended" is
             // background far more often than a new undertaking.)
             "extend", "extends", "renewed",
             // "the Government is presenting Sweden's 21st support package": a package presented is announced.
             "presented", "presents", "renews", "mobilised", "mobilized", "mobilises", "mobilizes",
             // Lending is promised money; "doubled its military aid" promises more of it.
             "lend", "lends", "doubled", "tripled", "boosted"], .pledged)
        add(["approve", "approves", "approved", "approval", "adopt", "adopts", "adopted", "earmark", "earmarks",
             "earmarked", "allocate", "allocates", "allocated", "sign", "signs", "signed", "authorise", "authorises",
             "authorised", "authorize", "authorizes", "authorized", "release", "releases", "released", "contracted",
             "budgeted", "greenlit", "greenlighted", "ringfenced", "ring-fenced",
             // "has reserved €3.5 billion for military support": money put aside by a budget.
             // (Only the past form: "reserves" is far more often the noun.)
             "reserved",
             // Headline verbs of approval: "Denmark okays DKK 4.2 billion package".
             "okays", "okayed", "greenlights", "green-lit", "rubber-stamped", "rubber-stamps",
             // A contract or a law passed for a specific package: buying, ordering, ratifying.
             "purchased", "bought", "procured", "ordered", "ratified", "ratifies", "finalised", "finalized", "unlocked",
             // "EU governments voted to keep the assets immobilised": a formal vote decides ("voted
             // against" is read as a refusal by StatusFinder).
             "voted"], .allocated)
        add(["deliver", "delivers", "delivered", "sent", "disbursed", "disburses", "deployed", "deploys",
             "transferred", "transfers", "supplied", "supplies", "provided", "provides", "handed", "imposed",
             "imposes", "donated", "resumed", "resumes", "sanctioned", "blacklisted",
             // Wire-report synonyms of handing over or putting in force.
             // ("ships" is left out: "aircraft or ships" is far more often the noun.)
            "shipped", "dispatched", "dispatches", "wired", "slapped", "slaps", "levied", "levies", "airlifted",
             "paid", "pays", "channelled", "channeled", "gave", "gives", "given",
             // Lending, gifting and equipping are done deeds; so is training given. (Not "stationed":
             // troops stationed are an ally's own garrison or a condition far more often than aid.)
             "sends", "lent", "loaned", "gifted", "equipped", "trained", "trains", "financed", "funded",
             "bankrolled", "introduced", "enacted", "rushed", "flew", "handed",
             // "Norway and Canada have cofinanced purchases": paid for with others. (The hyphenated
             // "co-financed" is read as "financed" after "co-": StatusFinder.isAdjectival.)
             "cofinanced",
             // "the EBRD has invested more than €7.5 billion in Ukraine": money put to work.
             "invested"], .delivered)
        add(["received", "receives", "arrived"], .delivered, recipient: true)
        add(["consider", "considers", "contemplate", "contemplates", "mull", "mulls", "weigh", "weighs", "threatened",
             "threatens", "threaten", "proposed", "proposes", "propose",
             // Talking it over is not deciding (spec: "is discussing" → considering).
             "debated", "debates", "explored", "explores", "mulled", "weighed",
             "contemplated",
             // Weighing synonyms and negotiation: no decision yet.
             "ponder", "ponders", "pondered", "eyed", "eyes", "floated", "floats", "mooted", "examined", "studied",
             "reviewed", "assessed", "hinted", "hints"], .considering)
        add(["flown", "installed", "installs", "commissioned"], .delivered)
        add(["refuse", "refuses", "refused", "reject", "rejects", "rejected", "balked", "balks", "balk", "rebuffed",
             "rebuffs", "vetoed", "vetoes", "spurned", "spurns",
             // Opposing and blocking a measure says no to it.
             "opposed", "opposes", "oppose", "blocked", "blocks", "excluded", "excludes", "dismissed", "dismisses",
             "resisted", "resists", "declined"], .declined)
        add(["halt", "halts", "halted", "cancel", "cancels", "cancelled", "canceled", "suspend", "suspends",
             "suspended", "scrap", "scraps", "scrapped", "withdrew", "withdraws", "withdrawn", "pause", "pauses", "paused",
             "revoked", "revokes", "froze", "freezes", "shelved", "shelves", "axed", "rescinded", "rescinds",
             "retracted", "reversed",
             // Stopping, withholding and lifting take back what was given.
             "stopped", "stops", "terminated", "terminates", "withheld", "withholds", "lifted", "lifts", "discontinued",
             "curtailed", "diverted", "diverts", "redirected",
             // "Prague ended its funding of the initiative".
             "ended"], .withdrawn)
        return table
    }()

    /// Progressive forms count only after "is/are/was…" or right after the party ("with Sweden
    /// contributing"): elsewhere they are nouns or adjuncts ("the stance on deploying troops").
    static let progressive: [String: CommitmentStatus] = [
        "contributing": .pledged, "covering": .pledged, "releasing": .allocated, "providing": .pledged, "delivering": .delivered,
        "sending": .delivered, "deploying": .delivered, "supplying": .delivered, "transferring": .delivered,
        "disbursing": .delivered, "imposing": .delivered, "considering": .considering, "contemplating": .considering,
        "discussing": .considering, "weighing": .considering, "mulling": .considering, "exploring": .considering,
        "offering": .pledged, "pledging": .pledged, "donating": .pledged, "presenting": .pledged,
        // Work in progress on a package or decision that is not yet taken.
        "preparing": .considering, "drafting": .considering, "debating": .considering, "studying": .considering,
        "shipping": .delivered, "dispatching": .delivered, "paying": .delivered,
        "training": .delivered, "funding": .delivered, "financing": .delivered, "equipping": .delivered,
        "stationing": .delivered, "lending": .delivered, "gifting": .delivered, "purchasing": .allocated,
        "buying": .allocated, "procuring": .allocated, "blocking": .declined, "opposing": .declined,
        "resisting": .declined, "refusing": .declined, "halting": .withdrawn, "suspending": .withdrawn,
        "withdrawing": .withdrawn, "pausing": .withdrawn, "cancelling": .withdrawn, "canceling": .withdrawn,
        "stopping": .withdrawn, "withholding": .withdrawn, "negotiating": .considering, "assessing": .considering,
        "reviewing": .considering, "evaluating": .considering, "analysing": .considering, "analyzing": .considering, "examining": .considering, "pondering": .considering,
        "eyeing": .considering, "seeking": .considering, "finalising": .considering, "finalizing": .considering,
        "planning": .considering, "readying": .considering, "vetoing": .declined, "allocating": .allocated,
        "earmarking": .allocated,
        // "The UK is committing a further £150 million to Ukraine's air defence."
        "committing": .pledged,
    ]

    /// Verbs that put sanctions in force, read only in a sentence about sanctions.
    static let sanctionsVerbs: Set<String> = [
        // (Past forms only: "the bloc also lists 117 tankers" describes a package being adopted.)
        "banned", "listed", "designated", "aligned", "lowered", "tightened", "toughened", "raised", "hiked", "targeted",
        // "In 2022, the EU immobilised some €210 billion of Russian central bank assets."
        "immobilised", "immobilized",
    ]

    /// "ready to", "expected to": willingness without a decision.
    static let willingness: [[String]] = [
        ["expected", "to"], ["ready", "to"], ["prepared", "to"], ["willing", "to"], ["plans", "to"], ["plan", "to"],
        ["planning", "to"], ["intends", "to"], ["intend", "to"], ["open", "to"], ["readiness", "to"],
        ["willingness", "to"], ["hopes", "to"], ["aims", "to"], ["to", "be", "decided"], ["could", "consider"],
        ["declared", "readiness"], ["signalled", "willingness"], ["signaled", "willingness"],
        ["expects", "to"], ["expect", "to"], ["likely", "to"], ["working", "on"], ["work", "on"], ["working", "towards"],
        ["working", "toward"], ["in", "talks"], ["under", "way"], ["underway"], ["looking", "at"],
        ["looking", "into"], ["looking", "to"], ["eager", "to"], ["keen", "to"], ["poised", "to"],
        ["seeks", "to"], ["seek", "to"], ["wants", "to"], ["want", "to"], ["would", "like", "to"], ["yet", "to", "decide"], ["yet", "to", "commit"], ["yet", "to", "approve"], ["yet", "to", "sign"], ["yet", "to", "adopt"],
        // "Poland supports sending peacekeepers once a truce holds": backing the idea, not deciding.
        ["supports", "sending"], ["support", "sending"], ["supported", "sending"], ["backs", "sending"], ["backed", "sending"],
        ["undecided"], ["no", "decision"], ["not", "exclude"], ["not", "excluded"], ["in", "discussions"],
        ["in", "negotiations"], ["indicated", "readiness"], ["indicated", "willingness"], ["expressed", "readiness"],
        ["expressed", "willingness"], ["set", "to"], ["willing", "in", "principle"], ["in", "the", "works"],
        ["signalled", "its", "willingness"], ["signaled", "its", "willingness"], ["signalled", "their", "willingness"],
        ["signaled", "their", "willingness"], ["expressed", "its", "willingness"], ["expressed", "their", "willingness"],
        ["signalled", "its", "readiness"], ["signaled", "its", "readiness"], ["expressed", "its", "readiness"],
        ["signaled", "willingness"], ["signalled", "readiness"], ["signaled", "readiness"], ["failed", "to", "agree"], ["fail", "to", "agree"],
        ["could", "not", "agree"], ["ready", "in", "principle"],
        // "the 48th package was being prepared": work under way on a decision not yet taken.
        ["being", "prepared"], ["being", "drafted"], ["being", "finalised"], ["being", "finalized"], ["being", "negotiated"],
        // Not decided yet: "too early to decide on …", "has not yet decided whether to …",
        // "are due to decide whether to fund …".
        ["too", "early", "to", "decide"], ["too", "early", "to", "say"], ["not", "yet", "decided"], ["not", "decided"],
        ["due", "to", "decide"], ["due", "to", "discuss"], ["due", "to", "consider"],
        ["open", "in", "principle"], ["prepared", "in", "principle"], ["gearing", "up"], ["ready", "and", "willing"],
        // A lender's staff agreeing terms, or a tentative deal, still awaits the board's approval.
        // ("staff-level" is three tokens, the hyphen its own: "reached a staff-level agreement on a new
        // $8.1 billion programme" is read from "staff".)
        ["reached", "agreement"], ["staff", "-", "level", "agreement"], ["staff", "level", "agreement"],
        ["reached", "a", "staff", "level", "agreement"], ["tentatively", "agreed"],
        // A decision put off, a matter still under discussion or due for review, a hope to act.
        ["put", "off", "a", "decision"], ["postponed", "a", "decision"], ["deferred", "a", "decision"], ["delayed", "a", "decision"],
        ["under", "discussion"], ["under", "consideration"], ["due", "to", "review"], ["due", "to", "vote"],
        ["hoped", "to"], ["hope", "to"], ["look", "into"],
        // "has expressed interest in joining the scheme", "had shown interest in": no decision yet.
        ["expressed", "interest"], ["expressed", "an", "interest"], ["shown", "interest"], ["showed", "interest"],
        ["shown", "an", "interest"], ["interested", "in"], ["signalled", "interest"], ["signaled", "interest"],
        // "confirmed … its intention to contribute": an intention is not yet the undertaking.
        ["intention", "to"], ["intentions", "to"],
        // "any contribution would have to be approved by parliament": the decision lies ahead.
        ["have", "to", "be", "approved"], ["has", "to", "be", "approved"], ["need", "to", "be", "approved"],
        ["needs", "to", "be", "approved"], ["must", "be", "approved"], ["must", "first", "be", "approved"],
    ]
    /// Sanctions that apply: "in force", "took effect".
    static let inForce: [[String]] = [["in", "force"], ["into", "force"], ["took", "effect"], ["takes", "effect"], ["into", "effect"]]
    static let refusals: [[String]] = [
        ["ruled", "out"], ["rules", "out"], ["rule", "out"], ["declined", "to"], ["no", "plans"], ["no", "intention"],
        ["turned", "down"], ["turns", "down"], ["turn", "down"], ["declines", "to"], ["balked", "at"], ["balks", "at"],
        ["refrained", "from"], ["refrains", "from"], ["refrain", "from"], ["said", "no", "to"], ["says", "no", "to"],
        ["unwilling", "to"], ["ruling", "out"], ["opted", "out"], ["opt", "out"], ["opts", "out"], ["opting", "out"],
        ["ruled", "it", "out"], ["ruled", "them", "out"], ["rule", "it", "out"], ["rules", "it", "out"], ["ruling", "it", "out"],
        // "sending soldiers is not on the table": an option taken off the table.
        ["not", "on", "the", "table"], ["off", "the", "table"],
        // "a deployment of German ground troops was not planned", "is not foreseen".
        ["not", "planned"], ["not", "foreseen"], ["not", "envisaged"], ["not", "envisioned"],
        // "sending troops was out of the question".
        ["out", "of", "the", "question"],
        // "stopped short of committing soldiers": going no further is not giving.
        ["stopped", "short", "of"], ["stops", "short", "of"], ["stop", "short", "of"], ["stopping", "short", "of"],
        // "Austria stayed out of the military aid effort".
        ["stayed", "out", "of"], ["stays", "out", "of"], ["stay", "out", "of"], ["staying", "out", "of"], ["kept", "out", "of"],
        // "maintains its policy of not supplying lethal weapons".
        ["policy", "of", "not"], ["policy", "not", "to"],
        // "was not in a position to extend its programme".
        ["not", "in", "a", "position", "to"], ["in", "no", "position", "to"],
        // "had decided not to supply Tomahawks for now", "chose not to send troops", "decided
        // against sending": a decision taken is a refusal.
        ["decided", "not", "to"], ["decides", "not", "to"], ["decide", "not", "to"], ["decided", "against"],
        ["decides", "against"], ["chose", "not", "to"], ["chosen", "not", "to"], ["opted", "not", "to"], ["opts", "not", "to"],
    ]
    /// Promising money or more of it in other words: "chipped in", "put up €500 million",
    /// "topped up its contribution", "stepped up its support", "will foot the bill".
    static let pledges: [[String]] = [
        ["chipped", "in"], ["chips", "in"], ["chip", "in"], ["topped", "up"], ["tops", "up"], ["top", "up"],
        // (Not "step up"/"steps up": a headline's or an appeal's word far more often than a pledge.)
        ["stepped", "up"], ["foot", "the", "bill"], ["foots", "the", "bill"],
        ["footed", "the", "bill"], ["footing", "the", "bill"],
        // "Sweden, Denmark and Norway together put up $500 million for a package".
        ["put", "up"], ["puts", "up"], ["putting", "up"],
        // "would press ahead with their own loans".
        ["press", "ahead"], ["presses", "ahead"], ["pressed", "ahead"], ["pressing", "ahead"],
        // "had \"stepped forward\" with fresh financing": volunteering goods or money.
        ["stepped", "forward"], ["steps", "forward"],
        // "reaffirmed their commitment to spend 0.25 percent of GDP on military aid": an
        // undertaking restated is an undertaking.
    ] + ["reaffirmed", "reaffirms", "reiterated", "reiterates", "renewed", "renews"].flatMap { verb in
        [[verb, "their", "commitment"], [verb, "its", "commitment"], [verb, "his", "commitment"], [verb, "her", "commitment"]]
    }
    /// "declined to say whether …": refusing to comment is no decision about the aid.
    static let commentVerbs: Set<String> = [
        "say", "comment", "confirm", "disclose", "specify", "elaborate", "discuss", "reveal", "answer", "name",
        "detail", "give", "provide", "speculate", "deny", "respond", "identify", "divulge",
    ]
    /// What "give" and "provide" hand over when they only comment ("declined to give details"):
    /// "is not in a position to provide air defence systems" refuses the goods themselves.
    static let informationNouns: Set<String> = [
        "details", "detail", "figures", "figure", "numbers", "number", "timeline", "timetable", "information", "specifics",
        "breakdown", "estimate", "date", "comment", "answer", "names", "clarity", "timeframe", "schedule", "value", "cost", "indication", "deadline",
    ]
    /// Taking back an earlier commitment.
    static let withdrawals: [[String]] = [
        ["pulled", "out"], ["pulls", "out"], ["pulling", "out"], ["backed", "out"], ["backed", "away"], ["backs", "out"],
        ["called", "off"], ["calls", "off"], ["walked", "back"], ["walks", "back"],
        ["no", "longer"], ["cut", "off"], ["cuts", "off"], ["held", "back"], ["holding", "back"], ["phased", "out"],
    ]
    /// Handing over by another name: "rolled out", "came into force" (sanctions).
    static let deliveries: [[String]] = [
        ["rolled", "out"], ["came", "into", "force"], ["come", "into", "force"], ["carried", "out"], ["paid", "into"],
    ] + startedGiving + helpedGive
    /// "NZDF instructors have helped train thousands of recruits": a share in training or paying given.
    static let helpedGive: [[String]] = ["train", "fund", "finance", "pay", "equip", "supply"].flatMap { [["helped", $0], ["helped", "to", $0]] }
    /// "had begun delivering", "started sending": the handing over is under way.
    static let startedGiving: [[String]] = ["began", "begun", "begin", "begins", "started", "start", "starts"].flatMap { start in
        ["delivering", "sending", "supplying", "transferring", "shipping", "handing", "deploying", "disbursing", "providing"].map { [start, $0] }
    }
    /// Money put away for a purpose: "set aside", "signed off on".
    static let allocations: [[String]] = [
        ["set", "aside"], ["sets", "aside"], ["setting", "aside"], ["signed", "off"], ["signs", "off"],
        // "The Government has today decided on Sweden's 21st support package": a government's
        // decision on a specific package.
        ["decided", "on"], ["decides", "on"],
        // "has made available €250 million for drones".
        ["made", "available"], ["makes", "available"], ["making", "available"],
    ]

    /// Nouns of giving, deciding and refusing, read as the status of the party that owns them
    /// ("Italy's delivery of", "Japan's pledge of", "Hungary's veto of").
    static let nominals: [String: CommitmentStatus] = [
        "delivery": .delivered, "deliveries": .delivered, "shipment": .delivered, "shipments": .delivered,
        "handover": .delivered, "handovers": .delivered,
        "transfer": .delivered, "transfers": .delivered, "provision": .delivered, "deployment": .delivered,
        "donation": .delivered, "donations": .delivered, "disbursement": .delivered, "gift": .delivered,
        "pledge": .pledged, "pledges": .pledged, "offer": .pledged, "promise": .pledged, "commitment": .pledged,
        "commitments": .pledged, "decision": .pledged, "contribution": .pledged, "contributions": .pledged,
        "announcement": .pledged, "purchase": .allocated, "purchases": .allocated, "approval": .allocated,
        "allocation": .allocated, "procurement": .allocated, "order": .allocated, "refusal": .declined,
        "rejection": .declined, "veto": .declined, "opposition": .declined, "withdrawal": .withdrawn,
        "suspension": .withdrawn, "cancellation": .withdrawn, "halt": .withdrawn, "proposal": .considering,
        "plan": .considering, "plans": .considering, "offers": .pledged,
    ]
    /// Nouns after "signed" that make it a promise rather than a contract.
    static let intentNouns: Set<String> = ["declaration", "document", "intent", "memorandum", "letter", "statement", "pledge", "communique", "communiqué"]
    /// Verbs that finish a transfer named by a noun: "completed the disbursement of".
    static let completionVerbs: Set<String> = ["completed", "completes", "finished", "finalised", "finalized", "concluded", "made", "makes", "carried"]
    /// Words that may stand between the owner and the noun: "Germany's latest delivery".
    static let nominalAdjectives: Set<String> = [
        "new", "latest", "recent", "first", "second", "third", "fourth", "fifth", "further", "additional", "initial",
        "planned", "promised", "long-awaited", "previous", "earlier", "largest", "biggest", "own", "total", "annual",
        "fresh", "formal", "final", "announced", "pledged", "military", "financial", "next", "most", "major",
    ]

    /// Verbs that, bare after "to" with nothing stronger before, state an intended transfer
    /// ("a deadline to deliver 1 million shells").
    static let infinitives: Set<String> = [
        "deliver", "send", "provide", "supply", "donate", "deploy", "purchase", "buy", "transfer", "disburse",
        "finance", "fund", "give", "ship", "dispatch",
    ]
    /// "will discuss", "would consider": talking about it, not doing it.
    static let deliberation: Set<String> = [
        "discuss", "consider", "weigh", "explore", "study", "examine", "review", "debate", "assess", "decide", "look",
        "propose", "evaluate", "ponder", "negotiate", "seek", "try", "analyse", "analyze", "mull", "contemplate", "think",
        // "will finalise binding commitments in the coming weeks": not yet final (spec: "would be finalised").
        "finalise", "finalize",
        // "Italy would soon approve its 12th package": a decision still to be taken.
        "approve", "ratify",
    ]
    /// Verbs after "will", "may", "could" that state an undertaking (base forms).
    static let commitVerbs: Set<String> = [
        "provide", "send", "deploy", "supply", "deliver", "donate", "give", "offer", "contribute", "include",
        "purchase", "buy", "finance", "fund", "train", "equip", "impose", "adopt", "approve", "allocate", "earmark",
        "sign", "join", "participate", "lead", "host", "back", "support", "help", "extend", "increase", "boost",
        "expand", "continue", "maintain", "focus", "reach", "spend", "pay", "transfer", "hand", "lend", "guarantee",
        "commit", "pledge", "station", "base", "place", "play", "establish", "set", "create", "release", "disburse",
        "raise", "introduce", "ban", "restrict", "sanction", "freeze", "seize", "use", "cover", "ship", "rotate",
        "protect", "defend", "patrol", "police", "enforce", "monitor", "share", "bolster", "strengthen", "step",
        "ramp", "double", "triple", "match", "replenish", "resume", "halt", "suspend", "cancel", "stop", "end",
        "withdraw", "cut", "reduce", "phase", "tighten", "target", "go", "take", "make", "keep", "work", "put",
        "assist", "accelerate", "speed", "fast", "expedite", "deepen", "top", "add", "grant", "loan", "arm", "invest", "produce",
        "dispatch", "earmark", "underwrite", "bankroll", "fly", "operate", "man", "staff", "rebuild", "restore",
        "serve", "act",
        // "would head a mechanism to monitor the ceasefire": leading a part of the undertaking.
        "head", "command", "chair",
        // "would honour the €1 billion a year promised": keeping a promise is making it again.
        "honour", "honor", "fulfil", "fulfill",
        // Moving a measure's level ("will lower its price cap", "will toughen the restrictions").
        "lower", "toughen", "broaden", "widen",
        // "will continue to run the logistics hub".
        "run", "manage",
        // Ways of handing over or paying that read as undertakings after a modal.
        "gift", "procure", "order", "sell", "lease", "rush", "expedite", "airlift", "channel", "direct", "unlock",
        "mobilise", "mobilize", "devote", "dedicate", "renew", "prolong", "apply", "confiscate", "tap", "instruct",
        "co-finance", "cofinance", "sponsor", "refurbish", "repair", "demine", "contract", "lift", "scrap", "pause",
        "block", "veto", "oppose", "refuse", "reject", "deploy", "supply", "donate", "fund", "loan", "coordinate",
        "facilitate", "organise", "organize", "align", "move", "bring", "remain", "stay",
    ]
    /// Verbs that end what was given: after "will" they withdraw it, after "could" they weigh
    /// withdrawing, and "will not halt" keeps it going.
    /// Goods reaching Ukraine ("will arrive", "had arrived", "have reached Ukraine"): the
    /// subject is what was given, not the party.
    static let arrivalVerbs: Set<String> = ["arrive", "arrived", "reach", "reached"]
    /// What a party blocks with: lifting one is no withdrawal of aid.
    static let blockNouns: Set<String> = ["veto", "vetoes", "objection", "objections", "block", "blockade", "opposition", "reservations", "hold"]
    static let cessation: Set<String> = [
        "stop", "halt", "end", "suspend", "cancel", "withdraw", "pause", "lift", "scrap", "terminate", "withhold",
        "curtail", "discontinue",
    ]
    /// Verbs that say no to a measure: after "will" or "would" they refuse it.
    static let refusalVerbs: Set<String> = ["block", "veto", "oppose", "refuse", "reject"]
    static let modalsPledge: Set<String> = ["will", "would", "shall", "'ll"]
    static let modalsMaybe: Set<String> = ["may", "might", "could"]
    /// "will", "would", "may", "could" …: either kind of modal.
    static func isModal(_ word: String) -> Bool { modalsPledge.contains(word) || modalsMaybe.contains(word) }
    /// "took delivery of": the forms of "take" that receive goods.
    static let takingForms: Set<String> = ["took", "takes", "taken", "taking"]
    /// Adverbs of sequence between an auxiliary and its participle: "was first introduced by".
    static let sequenceAdverbs: Set<String> = ["first", "initially", "originally", "later"]
    static let undecided: Set<String> = ["finalised", "finalized", "decided", "determined", "discussed", "considered", "confirmed", "taken"]
    static let adverbs: Set<String> = [
        "also", "jointly", "now", "soon", "likely", "still", "then", "further", "additionally", "each", "both",
        "reportedly", "probably", "eventually", "initially", "already", "quickly", "swiftly", "continue", "be",
        "have", "has", "further", "formally", "officially", "collectively", "together", "immediately", "not",
        "'t", "never", "all", "later", "again", "firmly", "instead", "even", "only", "certainly", "definitely",
    ]
    static let nonVerbsAfterModal: Set<String> = [
        "of", "the", "a", "an", "to", "and", "or", "be", "in", "on", "for", "that", "this", "-",
        // A reporter's caveat, not an undertaking: "The claim could not be verified", "could not
        // be independently confirmed", "could not be reached for comment".
        "verified", "confirmed", "reached", "determined", "established",
    ]
    /// Sentence adverbs that may stand, between commas, between "is" and its participle.
    static let interjected: Set<String> = [",", "\"", "however", "meanwhile", "also", "still", "now", "already", "reportedly",
                                           "currently", "actively", "seriously", "quietly", "too", "though", "indeed"]
    static let be: Set<String> = ["is", "are", "was", "were", "been", "be", "'re", "am", "being"]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "this", "these", "his", "her", "our", "those", "that"]
    static let negations: Set<String> = ["not", "'t", "never", "no", "neither", "nor"]
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "stated", "noted", "notes", "added", "adds", "stressed",
        "emphasised", "emphasized", "remarked", "explained", "reiterated", "insisted", "warned", "wrote", "claimed",
        "declared", "argued", "suggested", "according", "revealed", "confirmed", "announced", "announces", "agreed",
        "signalled", "signaled", "indicated",
    ]
}
