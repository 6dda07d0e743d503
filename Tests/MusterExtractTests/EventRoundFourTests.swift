import MusterCore
import Testing
@testable import MusterExtract

/// Invented sentences for the fourth round on events and incidents: weapons that cross into a
/// neighbour, attackers named by the weapon's demonym, previous attacks cited for comparison,
/// talks with an unnamed subject's counterpart, and days taken from the sentences around.
@Suite struct EventRoundFourTests {
    let sentences = RuleSentences()

    func events(_ text: String) -> [Event] { sentences.events(text) }
    func incidents(_ text: String) -> [Incident] { sentences.incidents(text) }

    // MARK: incidents

    @Test func dronesCrossingIntoANeighbourAreAnIncidentAgainstIt() {
        let found = incidents("Russia launched 300 drones at Ukraine overnight, the air force said. "
            + "Poland's defence ministry said 21 drones had entered Polish airspace overnight, and five of them were shot down.")
        let targets = Set(found.filter { $0.weapon == .drones }.compactMap(\.target))
        #expect(targets == ["PL", "UA"])
        let neighbour = found.first { $0.target == "PL" }
        #expect(neighbour?.actor == "RU")
        #expect(neighbour?.launched?.value == 21)
        #expect(neighbour?.intercepted?.value == 5)
    }

    @Test func theWeaponsDemonymNamesTheAttacker() {
        let found = incidents("Russia's defence ministry said it had struck energy sites in Ukraine and that its air defences had destroyed 58 Ukrainian drones over Russian regions.")
        #expect(found.count == 1)
        #expect(found.first?.actor == "UA")
        #expect(found.first?.target == "RU")
        #expect(found.first?.intercepted?.value == 58)
    }

    @Test func aPreviousAttackCitedWithItsCountsIsAnIncident() {
        let found = incidents("The previous record attack, on 14 August, involved 640 drones and 11 missiles.")
        #expect(Set(found.compactMap(\.weapon)) == [.drones, .missiles])
        #expect(found.first { $0.weapon == .drones }?.launched?.value == 640)
        // The breakdown of the attack being reported is not its stated total.
        #expect(incidents("According to the air force, the attack involved 12 cruise missiles and 210 drones.").isEmpty)
    }

    @Test func oneWeaponBeforeAPrepositionIsCountedAsOne() {
        let found = incidents("Russia launched 95 drones and a ballistic missile at Ukraine overnight.")
        #expect(found.first { $0.weapon == .missiles }?.launched?.value == 1)
        // A missile system is equipment, not one missile.
        #expect(incidents("Germany will deliver a missile system to Ukraine.").isEmpty)
    }

    @Test func weeksOfAMonthAreATally() {
        #expect(incidents("Russia launched more than 2,500 drones at Ukraine in the first three weeks of August, according to Ukrainian figures.").isEmpty)
    }

    @Test func aCombinedTotalGivesWayToTheWeaponsCountedApart() {
        let apart = incidents("Russia attacked Ukraine overnight with 350 air attack weapons, including 330 drones and 20 missiles.")
        #expect(Set(apart.compactMap(\.weapon)) == [.drones, .missiles])
        let combined = incidents("Russia attacked Ukraine overnight with 350 air attack weapons, the air force said.")
        #expect(combined.map(\.weapon) == [.dronesAndMissiles])
    }

    @Test func aFigureWithoutADayCompletesTheAttackOfTheDayBefore() {
        let found = incidents("Russia attacked Ukraine overnight, officials said. Russia launched 420 drones on Thursday night. "
            + "Air defences shot down 390 drones, the air force said.")
        #expect(found.count == 1)
        #expect(found.first?.launched?.value == 420)
        #expect(found.first?.intercepted?.value == 390)
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 4))
    }

    @Test func thePlaceAttackedIsNotTheAttacker() {
        let found = incidents("Russia launched a massive strike on western Ukraine, firing a total of 480 drones and missiles.")
        #expect(found.map(\.actor) == ["RU"])
        #expect(found.first?.weapon == .dronesAndMissiles)
    }

    @Test func fireUnitsAreNoFiring() {
        #expect(incidents("Norway will pay for two NASAMS fire units with missiles for Ukraine.").isEmpty)
    }

    // MARK: events

    @Test func aCounterpartsPartnerIsThePartyJustNamed() {
        let call = events("Norway's defence minister announced new aid for Kyiv on Thursday. "
            + "Halvorsen discussed the package with his Ukrainian counterpart in a phone call.")
        #expect(call.map(\.participants) == [["NO", "UA"]])
        #expect(call.first?.date == Day(year: 2025, month: 9, day: 4))
        let talks = events("Estonia's defence minister spoke in parliament on Tuesday. Kask discussed the plans with his British counterpart in Tallinn.")
        #expect(talks.map { Set($0.participants) } == [["EE", "GB"]])
    }

    @Test func meetingAsAVerbAfterAfterMeetsItsObject() {
        let found = events("Norway, Sweden and Denmark will keep training Ukrainian soldiers, the Norwegian minister said after meeting his Swedish and Danish counterparts in Oslo on Monday.")
        #expect(found.count == 1)
        #expect(found.first.map { Set($0.participants) }?.isSuperset(of: ["DK", "NO", "SE"]) == true)
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 1))
    }

    @Test func aSummitThatBeganOnADayIsOfThatDay() {
        let found = events("EU leaders agreed the loan early on Friday at a summit in Brussels that began on Thursday, with Zelensky addressing them.")
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 4))
    }

    @Test func talksAsAProcessAreNoOccasion() {
        #expect(events("Russia kept up its strikes on Ukraine ahead of any ceasefire talks with Kyiv.").isEmpty)
        #expect(events("Washington said the US would not lift sanctions on Russia while peace talks with Ukraine continue.").isEmpty)
    }

    @Test func anOccasionReferredToTakesTheDayOfTheSentenceBefore() {
        let found = events("Spain will send Ukraine more air defence, Defence Minister Ana Ruiz announced on Wednesday. "
            + "Ruiz made the announcement after a videoconference of the contact group, co-chaired by her German and British counterparts.")
        #expect(found.count == 1)
        #expect(found.first.map { Set($0.participants) }?.isSuperset(of: ["DE", "GB"]) == true)
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 3))
    }

    @Test func earlierInTheDayIsTheDayOfTheReport() {
        let found = events("Zelensky said he had spoken earlier in the day with Danish Prime Minister Mette Frederiksen.")
        #expect(found.map(\.participants) == [["DK", "UA"]])
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 5))
    }

    @Test func oneSpeakerAtANewsConferenceIsNoOccasion() {
        #expect(events("\"Russia must pay for the damage,\" Japan's foreign minister told a news conference in Tokyo.").isEmpty)
        let joint = events("Germany's defence minister told a joint press conference with Ukraine's defence minister on Tuesday that more air defence would follow.")
        #expect(joint.map { Set($0.participants) } == [["DE", "UA"]])
    }

    @Test func callsThatEachNameTheirOwnPartnerStayApart() {
        let found = events("Zelensky held a phone call with German Chancellor Friedrich Merz on Thursday. "
            + "Earlier on Thursday, Zelensky spoke with Finnish President Alexander Stubb.")
        #expect(Set(found.map { Set($0.participants) }) == [["DE", "UA"], ["FI", "UA"]])
        #expect(found.allSatisfy { $0.date == Day(year: 2025, month: 9, day: 4) })
    }

    @Test func theMediumBeforeTheDayStillFindsThePartner() {
        let found = events("Zelensky said he had spoken by phone on Sunday with the Prime Minister of the Netherlands.")
        #expect(found.map { Set($0.participants) } == [["NL", "UA"]])
        #expect(found.first?.date == Day(year: 2025, month: 8, day: 31))
    }

    @Test func anOutcomeReachedEarlyEndsAnOccasionOfTheDayBefore() {
        let found = events("EU leaders agreed early on Friday to lend Ukraine 90 billion euros after talks in Brussels.")
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 4))
        // A meeting held early in the day stays on its day.
        let morning = events("Macron met Zelensky early on Friday in Paris.")
        #expect(morning.first?.date == Day(year: 2025, month: 9, day: 5))
    }

    @Test func phoneConversationsWithTwoLeadersAreCallsTheLaterOnePointsBackTo() {
        let found = events("Zelensky held phone conversations with British Prime Minister Keir Starmer and Canadian Prime Minister Mark Carney on Thursday. "
            + "The leaders discussed air defence. "
            + "In the conversation with Carney, Zelensky thanked Canada for its aid. "
            + "Earlier on Thursday, Zelensky also spoke with Finnish President Alexander Stubb.")
        // (Calls told in the plural are one per partner, as the labels have them: round 26.)
        #expect(Set(found.map { Set($0.participants) }) == [["GB", "UA"], ["CA", "UA"], ["FI", "UA"]])
    }

    @Test func anOnlineMeetingIsTheVideoCallToldBefore() {
        let found = events("Defence ministers of the coalition held a video conference on Thursday, co-chaired by Britain and France. "
            + "The online meeting was also attended by Ukraine's defence minister.")
        #expect(found.count == 1)
        #expect(found.first.map { Set($0.participants) }?.isSuperset(of: ["FR", "GB"]) == true)
    }
}
