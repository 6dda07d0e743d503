import MusterCore
import Testing
@testable import MusterExtract

/// One invented sentence or two per rule class added so the extractor reads wording it was not
/// tuned on: status synonyms, deliberation, refusals to comment, relative clauses, conditions
/// and category vocabulary.
@Suite struct GeneralisationRuleTests {
    let sentences = RuleSentences()
    let friday = RuleSentences.published

    func commitments(_ text: String) -> [Commitment] { sentences.commitments(text) }
    func keys(_ text: String) -> [String] { sentences.keys(text) }

    @Test func wireSynonymsOfDeliveringAndImposing() {
        #expect(keys("Norway shipped 12 howitzers to Ukraine in March.") == ["NO equipment delivered"])
        #expect(keys("Canada dispatched two helicopters to Kyiv.") == ["CA equipment delivered"])
        #expect(keys("Japan slapped new sanctions on Russian shipping firms.") == ["JP sanctions delivered"])
    }

    @Test func wireSynonymsOfRefusing() {
        #expect(keys("Hungary balked at sending weapons to Ukraine.") == ["HU equipment declined"])
        #expect(keys("Austria turned down a request to send troops to Ukraine.") == ["AT troops declined"])
    }

    @Test func deliberationAndWorkInProgressAreConsidering() {
        #expect(keys("The EU was preparing a new sanctions package against Moscow.") == ["EU sanctions considering"])
        #expect(keys("Ministers of Sweden discussed a loan for Ukraine on Monday.").allSatisfy { $0.hasSuffix("considering") })
        #expect(keys("Poland expects to deliver more ammunition to Ukraine next year.") == ["PL ammunition considering"])
        #expect(keys("Portugal was weighing whether to contribute soldiers to the mission.") == ["PT troops considering"])
    }

    @Test func willingnessGovernsTheVerbItIntroduces() {
        #expect(keys("Latvia is prepared to contribute troops to the force for Ukraine.") == ["LV troops considering"])
        #expect(keys("Estonia, however, is weighing more aid for Ukraine's energy network.") == ["EE humanitarian considering"])
    }

    @Test func decliningToCommentIsNoClaim() {
        #expect(keys("Germany declined to say whether it would send more missiles to Ukraine.") == [])
        #expect(keys("Germany declined to send more missiles to Ukraine.") == ["DE ammunition declined"])
    }

    @Test func theMainVerbGovernsNotARelativeClauseOnItsObject() {
        let found = keys("Denmark could send ammunition for the jets it has already delivered to Ukraine.")
        #expect(found == ["DK ammunition considering", "DK equipment delivered"])
    }

    @Test func aRefusalWithADemandIsConsideringWithTheDemandAsCondition() {
        let found = commitments("Slovakia refused to back the loan for Ukraine unless other states shared the risks.")
        #expect(found.map(\.status) == [.considering])
        #expect(found.first?.condition == "unless other states shared the risks")
    }

    @Test func aConditionBeforeTheTriggerIsTheCondition() {
        let found = commitments("If Moscow breaks the truce, Finland would impose new sanctions.")
        #expect(found.map(\.category) == [.sanctions])
        #expect(found.first?.condition == "If Moscow breaks the truce")
    }

    @Test func civilAidSurveillanceAircraftAndNavalForces() {
        #expect(keys("Japan will help rebuild Ukraine's power grid.") == ["JP humanitarian pledged"])
        #expect(keys("Norway will send a surveillance aircraft to watch over Ukraine's skies.") == ["NO intelligence pledged"])
        #expect(keys("Greece will contribute naval forces to a maritime mission for Ukraine.") == ["GR troops pledged"])
    }

    @Test func soldiersSentToTrainAreTraining() {
        #expect(keys("Ireland will send 50 soldiers to train Ukrainian recruits.") == ["IE training pledged"])
        #expect(keys("Ireland will send 50 soldiers to Ukraine.") == ["IE troops pledged"])
    }

    @Test func theSumJustAnnouncedIsPaidByItsParties() {
        let found = keys("Belgium announced €300 million in military aid for Ukraine. The money will pay for drones and shells.")
        #expect(found.contains("BE ammunition pledged"))
        #expect(keys("The money will pay for drones and shells.") == [])
        let share = keys("Belgium announced €300 million in military aid for Ukraine. Part of it would go to air defence.")
        #expect(share.contains("BE air_defense pledged"))
    }

    @Test func moneyPointingBackAtAnUndertakingTakesItsCategory() {
        let text = "Lithuania leads a drone initiative for Ukraine that buys drones from factories. "
            + "Latvia has paid €20 million into the scheme."
        #expect(keys(text).contains("LV equipment delivered"))
        #expect(!keys("Latvia has paid €20 million in fines.").contains { $0.hasPrefix("LV") })
    }

    func events(_ text: String) -> [Event] { sentences.events(text) }

    @Test func meetingATargetIsNoMeeting() {
        #expect(events("Ukraine met all the reform targets, Sweden's finance minister said.").isEmpty)
        #expect(events("Sweden's prime minister met Zelenskyy in Kyiv on Thursday.").map(\.participants) == [["SE", "UA"]])
    }

    @Test func aMeetingStillToComeIsNoEvent() {
        #expect(events("Sweden and Ukraine will sign the deal at a meeting later in October.").isEmpty)
    }

    @Test func theyStandForThePartiesOfTheEventJustReported() {
        let found = events("Macron and Starmer met Zelenskyy in Kyiv on Thursday. Later they held a phone call with Donald Trump.")
        #expect(found.count == 2)
        #expect(found.last?.participants == ["FR", "GB", "UA", "US"])
    }

    @Test func aWeekdayAheadIsNotTheDayOfTheNews() {
        let found = events("Macron spoke with Zelenskyy by phone about a truce starting on Monday.")
        #expect(found.first?.date == nil || found.first?.date == friday)
    }

    func incidents(_ text: String) -> [Incident] { sentences.incidents(text, topic: "") }

    @Test func sharesOfTheCountedWeaponsInTheNextSentenceAreIntercepted() {
        let text = "Russia launched 200 drones at Ukraine overnight, the air force said.\n"
            + "Air defence shot down 120 of the drones and electronic warfare suppressed another 50."
        let found = incidents(text)
        #expect(found.count == 1)
        #expect(found.first?.intercepted == Quantity(value: 170, unit: "drones"))
    }

    @Test func theAggressorInterceptingMeansUkraineAttacked() {
        let found = incidents("Russia's defence ministry said its air defences destroyed 40 Ukrainian drones overnight.")
        #expect(found.map(\.actor) == [.ukraine])
        #expect(found.first?.target == .russia)
        #expect(found.first?.launched == nil)
    }

    @Test func anaphoricForcesAndMeasuresKeepTheirCategory() {
        #expect(keys("Ukraine's allies discussed a reassurance force. Spain could contribute to such a force.").contains("ES troops considering"))
        #expect(keys("Canada had imposed similar measures on Russian banks.") == ["CA sanctions delivered"])
    }

    @Test func talksInAConditionalClauseAreNoEvent() {
        #expect(events("Aid could resume if Kyiv agrees to talks with Moscow, Sweden's minister said.").isEmpty)
    }

    @Test func theMeetingTakesTheDayOfTheOccasionJustTold() {
        let text = "Sweden's defence minister addressed Ukraine's allies in Brussels on Wednesday.\n"
            + "The meeting was chaired by Britain's defence secretary and attended by Ukraine's defence minister."
        #expect(events(text).map(\.date) == [Day(year: 2025, month: 9, day: 3)])
    }
}

@Suite struct PackageContentsStatusTests {
    @Test func packageContentsTakeThePackagesStatusNotAnInterveningDelivery() throws {
        let text = """
            Norway has pledged a new military aid package for Ukraine worth 2 billion kroner.

            Norway has already delivered two NASAMS systems to Ukraine.

            The package also includes 5,000 artillery shells.
            """
        let claims = ClaimExtractor().extract(text: text, published: Day(iso: "2025-05-01"))
        let shells = claims.compactMap { claim -> Commitment? in
            guard case .commitment(let c) = claim, c.category == .ammunition else { return nil }
            return c
        }
        #expect(shells.map(\.status) == [.pledged])
        #expect(shells.first?.actor == "NO")
    }
}
