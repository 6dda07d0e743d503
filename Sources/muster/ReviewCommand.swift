import ArgumentParser
import Foundation
import MusterCore
import MusterStore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Accept, correct or reject extracted claims; every decision is signed and kept.",
        discussion: """
            Without a subcommand, walks the pending claims one by one, the ones the
            extractor is least confident of first, reading a key per
            claim from standard input: a = accept, e = edit (type the corrected claim as
            one line of JSON, then a reason), r = reject (then a reason), s = skip, q =
            quit.

            Examples:
              muster review
              muster review accept 12 13 14 --reason "matches the communiqué"
              muster review accept 15 --commitment 3     # link by hand to commitment 3
              muster review accept 16 --new              # split: a commitment of its own
              muster review reject 17 --reason "reported as speculation"
            """,
        subcommands: [ReviewWalkCommand.self, ReviewAcceptCommand.self, ReviewRejectCommand.self],
        defaultSubcommand: ReviewWalkCommand.self
    )
}

struct ReviewerOption: ParsableArguments {
    @Option(help: "Who decides (default: $MUSTER_USER, else $USER).")
    var reviewer: String?

    var name: String { reviewer ?? currentUser }
}

struct ReviewWalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walk",
        abstract: "Walk the pending claims interactively (the default).",
        discussion: """
            Examples:
              muster review
              muster review walk --reviewer alice --database ledger.sqlite
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var reviewer: ReviewerOption

    func run() throws {
        let store = try ledger.open()
        // Least confident first, as on the web page: the claims most likely wrong come while the
        // reviewer is fresh.
        let pending = try reportingErrors { try store.reviewQueue(after: nil, limit: Int.max) }
        if pending.isEmpty {
            print("no claims pending review")
            return
        }
        var decided = 0
        for (index, claim) in pending.enumerated() {
            let document = try reportingErrors { try store.document(id: claim.documentID) }
            print("")
            print("claim \(claim.id) (\(index + 1) of \(pending.count)) from \(document?.source ?? "?")"
                + (document?.published.map { ", \($0.iso)" } ?? "")
                + (claim.confidence.map { "; extractor's confidence \(confidencePercent($0))" } ?? ""))
            print("  \"\(claim.claim.quote)\"")
            print("  " + claim.claim.json.serialized())
            guard let key = prompt("[a]ccept [e]dit [r]eject [s]kip [q]uit > ") else { break }
            do {
                switch key.lowercased().first {
                case "a":
                    let commitment = try store.accept(claim: claim.id, reviewer: reviewer.name, reason: nil,
                                                      correction: nil, target: .match)
                    print("accepted" + (commitment.map { " → commitment \($0)" } ?? ""))
                    decided += 1
                case "e":
                    guard let line = prompt("corrected claim (JSON, one line) > "),
                          let correction = try? JSONDecoder().decode(Claim.self, from: Data(line.utf8)) else {
                        print("not a claim in the JSON of spec/claims.md; skipped")
                        continue
                    }
                    let reason = prompt("reason > ")
                    let commitment = try store.accept(claim: claim.id, reviewer: reviewer.name, reason: reason,
                                                      correction: correction, target: .match)
                    print("corrected" + (commitment.map { " → commitment \($0)" } ?? ""))
                    decided += 1
                case "r":
                    guard let reason = prompt("reason > "), !reason.isEmpty else {
                        print("a rejection needs a reason; skipped")
                        continue
                    }
                    try store.reject(claim: claim.id, reviewer: reviewer.name, reason: reason)
                    print("rejected")
                    decided += 1
                case "q":
                    print("\(decided) decisions recorded")
                    return
                default:
                    continue
                }
            } catch {
                printError("muster: claim \(claim.id): \(error)")
            }
        }
        print("\(decided) decisions recorded")
    }

    /// Reads one line from standard input after printing the prompt; nil at end of input.
    func prompt(_ text: String) -> String? {
        print(text, terminator: "")
        fflush(nil) // all streams: the prompt must show before reading
        return readLine().map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

struct ReviewAcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Accept claims by id, recording each against its commitment.",
        discussion: """
            Examples:
              muster review accept 12 13 --reason "two outlets agree"
              muster review accept 15 --commitment 3
              muster review accept 16 --new
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var reviewer: ReviewerOption

    @Argument(help: "Claim ids.")
    var ids: [Int64]

    @Option(help: "Why (kept in the ledger).")
    var reason: String?

    @Option(help: "Link to this commitment instead of matching.")
    var commitment: Int64?

    @Flag(help: "Record against a new commitment (split) instead of matching.")
    var new = false

    func validate() throws {
        if commitment != nil && new { throw ValidationError("--commitment and --new exclude each other") }
    }

    func run() throws {
        let store = try ledger.open()
        let target: AcceptTarget = commitment.map { .commitment($0) } ?? (new ? .new : .match)
        for id in ids {
            let linked = try reportingErrors("claim \(id)") {
                try store.accept(claim: id, reviewer: reviewer.name, reason: reason, correction: nil, target: target)
            }
            print("claim \(id): accepted" + (linked.map { " → commitment \($0)" } ?? ""))
        }
    }
}

struct ReviewRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject a claim, with a reason.",
        discussion: """
            Example:
              muster review reject 17 --reason "the article reports a rumour"
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var reviewer: ReviewerOption

    @Argument(help: "Claim ids.")
    var ids: [Int64]

    @Option(help: "Why (required, kept in the ledger).")
    var reason: String

    func run() throws {
        let store = try ledger.open()
        for id in ids {
            try reportingErrors("claim \(id)") {
                try store.reject(claim: id, reviewer: reviewer.name, reason: reason)
            }
            print("claim \(id): rejected")
        }
    }
}
