import Foundation
import MusterCore

/// The metrics of ../shared/tools/score.py, computed in-process on gold text and dates.
struct CorpusScore {
    struct Tally {
        var matched = 0, gold = 0, predicted = 0
        var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(predicted) }
        var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    var commitments = Tally()
    var events = Tally()
    var incidents = Tally()
    var amountsCorrect = 0
    var amountsCompared = 0
    var report: [String] = []

    var amounts: Double { amountsCompared == 0 ? 1 : Double(amountsCorrect) / Double(amountsCompared) }

    static func commitmentKey(_ c: Commitment) -> String {
        "\(c.actor)|\(c.actor.isGroup ? c.actorCount.map(String.init) ?? "-" : "-")|\(c.category.rawValue)|\(c.status.rawValue)"
    }

    static func sameQuantity(_ a: Quantity?, _ b: Quantity?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let close = abs(a.value - b.value) <= 0.005 * max(abs(a.value), abs(b.value), 1e-9)
        return close && a.unit == b.unit && a.qualifier == b.qualifier
    }

    mutating func add(document id: String, gold: [Claim], predicted: [Claim]) {
        let goldCommitments = gold.compactMap { if case .commitment(let c) = $0 { return c } else { return nil } }
        var pool = predicted.compactMap { if case .commitment(let c) = $0 { return c } else { return nil } }
        let predictedCount = pool.count
        var missed: [String] = []
        for g in goldCommitments {
            if let index = pool.firstIndex(where: { Self.commitmentKey($0) == Self.commitmentKey(g) }) {
                commitments.matched += 1
                amountsCompared += 1
                if Self.sameQuantity(g.amount, pool[index].amount) {
                    amountsCorrect += 1
                } else {
                    report.append("\(id): amount \(Self.commitmentKey(g)): gold \(String(describing: g.amount)) got \(String(describing: pool[index].amount))")
                }
                pool.remove(at: index)
            } else {
                missed.append(Self.commitmentKey(g))
            }
        }
        commitments.gold += goldCommitments.count
        commitments.predicted += predictedCount
        for key in missed { report.append("\(id): missed \(key)") }
        for extra in pool { report.append("\(id): extra \(Self.commitmentKey(extra)) | \(extra.quote.prefix(90))") }

        let goldEvents = gold.compactMap { if case .event(let e) = $0 { return e } else { return nil } }
        let predictedEvents = predicted.compactMap { if case .event(let e) = $0 { return e } else { return nil } }
        var used = Set<Int>()
        for g in goldEvents {
            let gp = Set(g.participants)
            for (i, p) in predictedEvents.enumerated() where !used.contains(i) && g.date == p.date {
                let pp = Set(p.participants)
                let union = gp.union(pp)
                if union.isEmpty || Double(gp.intersection(pp).count) / Double(union.count) >= 0.5 {
                    used.insert(i)
                    events.matched += 1
                    break
                }
            }
        }
        events.gold += goldEvents.count
        events.predicted += predictedEvents.count
        for g in goldEvents { report.append("\(id): gold event \(g.date?.iso ?? "nil") \(g.participants)") }
        for p in predictedEvents { report.append("\(id): our event \(p.date?.iso ?? "nil") \(p.participants) | \(p.quote.prefix(60))") }

        func key(_ i: Incident) -> String { "\(i.actor?.rawValue ?? "nil")|\(i.weapon?.rawValue ?? "nil")" }
        let goldIncidents = gold.compactMap { if case .incident(let i) = $0 { return i } else { return nil } }
        var incidentPool = predicted.compactMap { if case .incident(let i) = $0 { return i } else { return nil } }
        incidents.gold += goldIncidents.count
        incidents.predicted += incidentPool.count
        for g in goldIncidents {
            if let index = incidentPool.firstIndex(where: { key($0) == key(g) }) {
                incidents.matched += 1
                incidentPool.remove(at: index)
            } else {
                report.append("\(id): missed incident \(key(g))")
            }
        }
        for extra in incidentPool { report.append("\(id): extra incident \(key(extra)) | \(extra.quote.prefix(60))") }
    }
}
