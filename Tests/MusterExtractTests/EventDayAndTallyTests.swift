import MusterCore
import Testing
@testable import MusterExtract

/// Invented sentences for the day of an occasion told relative to another ("a day after"),
/// calls with the day before the partner, and attack counts that are tallies over a period.
@Suite struct EventDayAndTallyTests {
    let sentences = RuleSentences()
    let published = RuleSentences.published

    func claims(_ text: String) -> [Claim] { sentences.claims(text) }
    func events(_ text: String) -> [Event] { sentences.events(text) }
    func incidents(_ text: String) -> [Incident] { sentences.incidents(text) }

    @Test func aDayAfterDatesTheOccasionTheDayBefore() {
        let named = events("Austria's chancellor made the remark on Thursday, a day after she held talks in Vienna with Zelenskyy.")
        #expect(named.first?.date == Day(year: 2025, month: 9, day: 3))
        let unnamed = events("The decision came a day after the Austrian chancellor held talks with Zelenskyy.")
        #expect(unnamed.first?.date == Day(year: 2025, month: 9, day: 4))
        // The day named after the phrase is the occasion's own.
        let own = events("Trump's doubts came a day after a long phone call with Putin on Wednesday.")
        #expect(own.first?.date == Day(year: 2025, month: 9, day: 3))
    }

    @Test func aTalkingVerbTakesItsPartnerPastTheDay() {
        let found = events("Zelenskyy said he spoke on Tuesday with the Danish prime minister, Mette Frederiksen.")
        #expect(found.map(\.participants) == [["DK", "UA"]])
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 2))
    }

    @Test func aDayNamedBeforeTheCountOutranksATallyPhrase() {
        let found = incidents("It was the third strike on the grid this week: on Wednesday, Russia fired 12 missiles and 150 drones at Lviv.")
        #expect(Set(found.compactMap(\.weapon)) == [.drones, .missiles])
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 3))
        // The day of the report, after the count, leaves the tally a tally.
        #expect(incidents("Over the past week, Russia launched more than 900 drones at Ukraine, Zelenskyy said on Friday.").isEmpty)
    }

    @Test func aCountOverAPeriodIsATally() {
        #expect(incidents("Russia fired more than 4,000 drones at Ukraine in August alone, the air force said.").isEmpty)
        #expect(incidents("Russia launched some 3,500 drones during August, according to Ukrainian figures.").isEmpty)
        #expect(incidents("Russia has launched more than 2,000 drones at the grid in recent weeks.").isEmpty)
    }

    @Test func aPastAttackKeepsItsCalendarDay() {
        let found = incidents("Earlier this month, on August 28, Russia launched 598 drones and 31 missiles at Kyiv.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.date == Day(year: 2025, month: 8, day: 28) })
    }

    @Test func aSurnameNamedInFullEarlierSpeaksForItsParty() {
        let found = events("Austrian Chancellor Hanna Berger announced new aid for Kyiv. "
            + "Berger made the announcement after talks with her Ukrainian counterpart in Vienna on Thursday.")
        #expect(found.map(\.participants) == [["AT", "UA"]])
        // A surname alone that no one named in full is nobody's.
        #expect(events("Berger made the announcement after talks with her Ukrainian counterpart on Thursday.").isEmpty)
    }
}
