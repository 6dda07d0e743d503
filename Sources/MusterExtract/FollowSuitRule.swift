import MusterCore

/// "Lithuania and Estonia have made similar commitments", "Japan is studying whether to follow
/// suit": states that copy the undertaking just told take its kind, at the stage their own words
/// give (weighing it, or the same stage as the one they copy). Calls on others to do the same,
/// and conditions ("if other countries did the same"), commit nobody.
enum FollowSuitRule {
    static let similarNouns: Set<String> = ["commitments", "commitment", "pledges", "pledge", "contributions", "offers", "packages", "announcements"]
    static let appeals: Set<String> = [
        "urged", "urge", "urges", "urging", "called", "calls", "call", "calling", "asked", "asks", "pressed", "presses",
        "encourage", "encouraged", "encourages", "if", "unless", "condition", "provided", "demanded", "wants", "want",
    ]
    static let weighing: Set<String> = ["whether", "studying", "considering", "weighing", "could", "may", "might", "expected", "ready", "prepared"]

    /// The copying parties and their stage, for the kind of the last undertaking.
    static func copies(in a: SentenceAnalysis, context: DocumentContext) -> [(party: Party, status: StatusHit)] {
        guard let last = context.lastCommitment, let phrase = phraseStart(a) else { return [] }
        let before = a.tokens[0..<phrase].map(\.lower)
        if before.contains(where: { appeals.contains($0) }) { return [] }
        if before.contains(where: { StatusLexicon.negations.contains($0) }) { return [] }
        let status: CommitmentStatus = before.suffix(8).contains(where: { weighing.contains($0) }) ? .considering : last.status
        let parties = a.actors.filter { m in
            m.end <= phrase && !m.isUkraineOrRussia && !a.aside[m.start] && m.kind != .group
                && !last.parties.contains { $0.code == m.code }
        }
        var out: [(Party, StatusHit)] = []
        for m in parties where !out.contains(where: { $0.0.code == m.code }) {
            out.append((CommitmentRules.party(m, a), StatusHit(start: phrase, end: phrase + 1, status: status, trigger: a.tokens[phrase].text)))
        }
        return out
    }

    /// Where "follow suit", "done the same" or "similar commitments" starts.
    static func phraseStart(_ a: SentenceAnalysis) -> Int? {
        let t = a.tokens.map(\.lower)
        for k in t.indices.dropLast() {
            if ["follow", "follows", "followed", "following"].contains(t[k]), t[k + 1] == "suit" { return k }
            if ["do", "does", "did", "done", "doing"].contains(t[k]), k + 2 < t.count, t[k + 1] == "the", t[k + 2] == "same" { return k }
            if t[k] == "similar", similarNouns.contains(t[k + 1]), k >= 1, ["made", "make", "makes", "announced", "offered", "given"].contains(t[k - 1]) { return k - 1 }
        }
        return nil
    }
}
