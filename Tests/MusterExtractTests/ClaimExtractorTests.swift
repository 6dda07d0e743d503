import MusterCore
import Testing
@testable import MusterExtract

@Suite struct ClaimExtractorTests {
    let extractor = ClaimExtractor()
    let friday = Day(year: 2025, month: 9, day: 5)

    /// Claims are only read from texts about the war, so each example follows a sentence that says so.
    static let topic = "The war in Ukraine goes on.\n"

    func commitments(_ text: String, published: Day? = nil) -> [Commitment] {
        extractor.extract(text: Self.topic + text, published: published ?? friday).compactMap {
            if case .commitment(let c) = $0 { return c } else { return nil }
        }
    }

    func keys(_ text: String) -> [String] {
        commitments(text).map { "\($0.actor)\($0.actorCount.map(String.init) ?? "") \($0.category.rawValue) \($0.status.rawValue)" }
    }

    @Test func coordinatedObjectsGiveOneClaimEach() {
        #expect(keys("The US may provide intelligence, logistics and equipment.")
            == ["US intelligence considering", "US logistics considering", "US equipment considering"])
    }

    @Test func reportedSpeechIsTheReportedPartysClaim() {
        #expect(keys("Macron said 26 countries pledged to send troops.") == ["GROUP26 troops pledged"])
        #expect(keys("Stockholm said its donation would include ammunition.") == ["SE ammunition pledged"])
        #expect(keys("The minister said the troops would not be offensive.") == [])
    }

    @Test func anAnnouncementOfWhatOthersWillDoIsNotTheAnnouncersClaim() {
        #expect(keys("Macron announced on Thursday that troops would be deployed after a ceasefire.") == [])
        #expect(keys("Macron announced on Thursday that 26 countries had pledged troops.") == ["GROUP26 troops pledged"])
        #expect(keys("Germany announced it will send two Patriot systems.") == ["DE air_defense pledged"])
    }

    @Test func modalityAndNegationSetTheStatus() {
        #expect(keys("Italy will not send troops to Ukraine.") == ["IT troops declined"])
        #expect(keys("Norway ruled out sending troops.") == ["NO troops declined"])
        #expect(keys("Spain has not ruled out deploying troops.") == ["ES troops considering"])
        #expect(keys("Canada is ready to train Ukrainian pilots.") == ["CA training considering"])
        #expect(keys("Germany has delivered three IRIS-T systems.") == ["DE air_defense delivered"])
        #expect(keys("The EU imposed new sanctions on Russian banks.") == ["EU sanctions delivered"])
    }

    @Test func moneyGoesToTheAidItValuesAndCountsToTheirItems() {
        let found = commitments("Canada announced $500 million in military aid, including 8 air defence systems.")
        #expect(found.map(\.category) == [.equipment, .airDefense])
        #expect(found.first?.amount == Quantity(value: 500e6, unit: "USD"))
        #expect(found.last?.amount == Quantity(value: 8, unit: "systems"))
        #expect(found.last?.recipient == .ukraine)
    }

    @Test func sumsGoToTheObjectTheyAreWrittenAgainst() {
        let found = commitments("Canada announced a new package for Ukraine. The package includes C$57 million in humanitarian aid and a C$220 million loan.")
        #expect(found.map(\.category) == [.humanitarian, .financial])
        #expect(found.map { $0.amount?.value } == [57e6, 220e6])
        #expect(found.allSatisfy { $0.amount?.unit == "CAD" && $0.actor == "CA" })
    }

    @Test func aGovernmentVouchingForItsOwnActAfterTheFact() {
        #expect(keys("The first F-16 jets have been delivered to Ukraine, the Dutch defence ministry said.") == ["NL equipment delivered"])
        #expect(keys("The security guarantees will be deployed in Ukraine, Macron said.") == [])
    }

    @Test func datelinesNameAPlaceNotTheParty() {
        #expect(keys("PARIS, Sept 4 (Reuters) - Twenty-six countries have committed to deploy troops to Ukraine.")
            == ["GROUP26 troops pledged"])
        #expect(keys("STOCKHOLM: Norway will send 10 howitzers to Ukraine.") == ["NO equipment pledged"])
    }

    @Test func jointAmountsStayWithNoOne() {
        let found = commitments("Denmark and Finland will donate €300 million in military aid.")
        #expect(found.map(\.actor) == ["DK", "FI"])
        #expect(found.allSatisfy { $0.amount == nil })
    }

    @Test func conditionsAreQuoted() {
        let found = commitments("Britain will deploy troops once a ceasefire is agreed.")
        #expect(found.first?.condition == "once a ceasefire is agreed")
    }

    @Test func repetitionsMergeAndKeepTheBestAmount() {
        let found = commitments("Norway pledged air defence. Norway pledged two NASAMS systems to Ukraine.")
        #expect(found.count == 1)
        #expect(found.first?.amount == Quantity(value: 2, unit: "systems"))
    }

    @Test func meetingsResolveWeekdaysAgainstThePublishedDay() throws {
        let claims = extractor.extract(text: Self.topic + "Macron and Starmer met in Paris on Thursday.", published: friday)
        guard case .event(let event) = try #require(claims.first) else { Issue.record("no event"); return }
        #expect(event.date == Day(year: 2025, month: 9, day: 4))
        #expect(event.participants == ["FR", "GB"])
        #expect(event.place == "Paris")
        #expect(extractor.extract(text: Self.topic + "A potential summit between Putin and Trump was floated.", published: friday).isEmpty)
    }

    @Test func attacksMergeLaunchedAndIntercepted() {
        let text = "Russia launched 120 drones and 8 missiles overnight, the air force said. Ukraine shot down 100 drones."
        let incidents = extractor.extract(text: text, published: friday).compactMap {
            if case .incident(let i) = $0 { return i } else { return nil }
        }
        #expect(incidents.count == 2)
        #expect(incidents.first?.weapon == .drones)
        #expect(incidents.first?.launched?.value == 120)
        #expect(incidents.first?.intercepted?.value == 100)
        #expect(incidents.first?.date == friday)
        #expect(incidents.last?.weapon == .missiles && incidents.last?.intercepted == nil)
    }

    func incidents(_ text: String) -> [Incident] {
        extractor.extract(text: text, published: friday).compactMap { if case .incident(let i) = $0 { return i } else { return nil } }
    }

    @Test func sharesOfACountAreInterceptions() {
        let shares = incidents("Russia fired 40 missiles at Kyiv on Wednesday, and air defences destroyed 32 of them.")
        #expect(shares.count == 1)
        #expect(shares.first?.launched?.value == 40 && shares.first?.intercepted?.value == 32)
        #expect(shares.first?.date == Day(year: 2025, month: 9, day: 3))
        let partOf = incidents("Ukraine's air force said 45 of the 60 drones were shot down overnight.")
        #expect(partOf.first?.launched?.value == 60 && partOf.first?.intercepted?.value == 45)
    }

    @Test func sharesWrittenAfterTheCountAndSingularUnits() {
        let found = incidents("Russia fired 4 ballistic missiles and 90 drones overnight; air defences downed 1 missile and 60 drones.")
        #expect(found.map { $0.intercepted?.value } == [1, 60])
        let which = incidents("Russia attacked with 95 drones overnight, 60 of which were shot down.")
        #expect(which.first?.intercepted?.value == 60)
    }

    @Test func jammedDronesAddToThoseShotDownButLostOnesDoNot() {
        let jammed = incidents("Russia launched 810 drones at Ukraine overnight. Air defences shot down 700 drones, and 47 more drones were jammed.")
        #expect(jammed.first?.intercepted?.value == 747)
        let included = incidents("Russia launched 100 drones at Ukraine overnight. Air defences shot down 76 drones, including 10 drones over Kyiv.")
        #expect(included.first?.intercepted?.value == 76)
        let lost = incidents("Ukraine said 95 drones were lost from radar or jammed overnight.")
        #expect(lost.isEmpty)
    }

    @Test func aWeekdayOverridesOvernight() {
        let found = incidents("Overnight into Thursday, Russia launched 50 drones.")
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 4))
    }

    @Test func requestsAndTalliesAreNotClaims() {
        #expect(keys("Zelensky urged Germany to send more air defence systems.") == [])
        #expect(keys("Kyiv asked its allies to deliver fighter jets.") == [])
        #expect(incidents("Russia launched 1,200 drones this week, the president said.").isEmpty)
    }

    @Test func aRecipientNamesItsDonors() {
        #expect(keys("Ukraine has received the first Patriot systems from Germany.") == ["DE air_defense delivered"])
        let joint = commitments("Ukrainian forces have received 40 tanks from Poland, Czechia and the Netherlands.")
        #expect(joint.map(\.actor) == ["PL", "CZ", "NL"])
        #expect(joint.allSatisfy { $0.amount == nil })
    }

    @Test func deliberationAndDescriptionsAreNotPledges() {
        #expect(keys("The EU will discuss a new sanctions package next week.") == ["EU sanctions considering"])
        #expect(keys("Norway pledged help. The plan, which Paris and Rome backed, would see European troops deployed.") == [])
    }

    @Test func conditionsDemandedAndFormerOfficials() {
        #expect(keys("Italy will send troops only if the UN mandates the mission.") == ["IT troops considering"])
        #expect(keys("Former British Prime Minister Boris Johnson said Britain must send jets.") == [])
        #expect(keys("The EU's new sanctions entered into force on Friday.") == ["EU sanctions delivered"])
    }

    @Test func packageContentsInheritTheAnnouncement() {
        let found = commitments("The Pentagon announced a new package for Ukraine. It includes 10 howitzers and 5,000 rounds of ammunition.")
        #expect(found.map(\.category) == [.equipment, .ammunition])
        #expect(found.allSatisfy { $0.actor == "US" && $0.status == .pledged })
        #expect(found.last?.amount == Quantity(value: 5000, unit: "rounds"))
        #expect(keys("Germany will increase its defence budget to €100 billion.") == [])
    }

    @Test func moneyForAPurchaseTakesTheCategoryBought() {
        #expect(keys("Norway promised to finance the purchase of two Patriot systems.") == ["NO air_defense pledged"])
    }

    @Test func participlesDescribingAnObjectAreNoStatus() {
        // "sent" describes the weapons (no delivery claim); blocking the money that pays for them
        // is a refusal of what it buys.
        #expect(keys("Hungary blocked funds to reimburse member states for weapons sent to Ukraine.") == ["HU equipment declined"])
    }

    @Test func sanctionVerbsThreatsAndWithdrawals() {
        #expect(keys("The UK sanctioned 100 shadow fleet vessels on Monday.") == ["GB sanctions delivered"])
        #expect(keys("Trump threatened new sanctions against Moscow.") == ["US sanctions considering"])
        #expect(keys("Britain has no intention of sending troops.") == ["GB troops declined"])
        #expect(keys("Hungary pulled out of the ammunition initiative.") == ["HU ammunition withdrawn"])
    }

    @Test func theVerbCanNameTheCategory() {
        #expect(keys("Britain will train Ukrainian soldiers in Scotland.") == ["GB training pledged"])
    }

    @Test func aSingleNamedMissileCountsAsOne() {
        let claims = extractor.extract(text: "Kyiv fired drones at Moscow recently, and the Kremlin retaliated with an experimental missile.",
                                       published: friday)
        let incident = claims.compactMap { if case .incident(let i) = $0 { return i } else { return nil } }.first
        #expect(incident?.actor == .russia && incident?.launched?.value == 1 && incident?.date == nil)
    }

    @Test func textsNotAboutTheWarGiveNoClaims() {
        #expect(extractor.extract(text: "Canada will send 40 vehicles to the trade fair. Trump and Xi held talks on Friday.",
                                  published: friday).isEmpty)
    }

    @Test func explainNamesTheTriggers() {
        let explained = extractor.explain(text: Self.topic + "Germany pledged 20,000 artillery shells.", published: friday)
        #expect(explained.first?.actorTrigger == "Germany")
        #expect(explained.first?.statusTrigger == "pledged")
        #expect(explained.first?.categoryTrigger == "artillery shells")
        #expect(explained.first?.amountTrigger == "20,000 artillery shells")
    }
}
