import MusterCore
import Testing
@testable import MusterExtract

/// Round nine: common report shapes found by probing with invented sentences (never by reading
/// the pages scored): a second undertaking of more of the same goods, packages whose contents a
/// relative clause lists, officials placed in a capital, goods told as the subject of a maybe,
/// "made available", soldiers the goods are for, and calibres.
@Suite struct NinthRoundRuleTests {
    let sentences = RuleSentences()
    let armsTopic = "The war in Ukraine goes on, and its allies keep sending weapons and ammunition.\n"

    func keys(_ text: String, topic: String = RuleSentences.topic) -> Set<String> { Set(sentences.keys(text, topic: topic)) }

    @Test func moreOfTheSameGoodsAtANewStrengthIsASecondUndertaking() {
        #expect(keys("Germany has delivered three IRIS-T systems and will send two more next year.")
            == ["DE air_defense delivered", "DE air_defense pledged"])
        let money = sentences.commitments("The Netherlands has so far provided €5.7 billion in military aid and will add another €3.5 billion next year.")
        #expect(Set(money.map { "\($0.category.rawValue) \($0.status.rawValue) \($0.amount?.value ?? 0)" })
            == ["equipment delivered 5700000000.0", "equipment pledged 3500000000.0"])
        #expect(keys("Denmark has delivered all its F-16s, the minister said, and is considering sending more.")
            == ["DK equipment delivered", "DK equipment considering"])
        // One undertaking told twice stays one claim.
        #expect(keys("Germany has pledged three IRIS-T systems and will send them next year.") == ["DE air_defense pledged"])
    }

    @Test func aPackageKeepsTheItemsItsRelativeClauseLists() {
        #expect(keys("Sweden is sending its 21st support package, worth SEK 19 billion, which includes air defence and artillery.")
            == ["SE equipment delivered", "SE air_defense delivered"])
    }

    @Test func anAidPackageInATextAboutArmsIsArms() {
        #expect(keys("Rome is preparing a 13th aid package.", topic: armsTopic) == ["IT equipment considering"])
        #expect(keys("Poland has handed over its 47th aid package to Ukraine.", topic: armsTopic) == ["PL equipment delivered"])
        #expect(keys("Spain has sent its third humanitarian aid package.", topic: armsTopic) == ["ES humanitarian delivered"])
    }

    @Test func officialsInACapitalSpeakForItsState() {
        #expect(keys("Officials in Oslo confirmed a further NOK 2 billion for air defence.") == ["NO air_defense pledged"])
    }

    @Test func goodsThatMightArriveAreTheSpeakersMaybe() {
        #expect(keys("The first Gripen jets could arrive in Ukraine as early as next year, Sweden said.") == ["SE equipment considering"])
    }

    @Test func moneyMadeAvailableIsAllocated() {
        #expect(keys("The Netherlands has made available €250 million for drones for Ukraine.") == ["NL equipment allocated"])
    }

    @Test func soldiersTheGoodsAreForAreNoTroopsSent() {
        #expect(keys("Estonia has given Ukraine winter clothing for Ukrainian soldiers.") == ["EE equipment delivered"])
        #expect(keys("Britain will spend £200 million on secure communications for the troops who would deploy.").contains("GB troops pledged"))
    }

    @Test func aCalibreMakesRoundsAmmunition() {
        #expect(keys("Lithuania will send 155mm rounds and interceptor drones.") == ["LT ammunition pledged", "LT air_defense pledged"])
        #expect(keys("Lithuania hosted two rounds of talks.").isEmpty)
    }

    @Test func aModelNumberIsNoYear() {
        #expect(keys("The Ukrainian army received the first Mirage 2000 fighter jets from France.") == ["FR equipment delivered"])
        #expect(keys("In 1999, Sweden sent fighter aircraft to Kosovo.").isEmpty)
    }

    @Test func otherWordsForPromisingMoney() {
        #expect(keys("Japan chipped in $500 million for reconstruction.") == ["JP humanitarian pledged"])
        #expect(keys("Germany will foot the bill for two Patriot systems.") == ["DE air_defense pledged"])
        #expect(keys("The Netherlands has topped up its contribution to PURL by €100 million.") == ["NL equipment pledged"])
        #expect(keys("Sweden has doubled its military aid to Ukraine.") == ["SE equipment pledged"])
        #expect(keys("Belgium has wired €1 billion to Ukraine.") == ["BE financial delivered"])
        // Readiness governs the verb after it.
        #expect(keys("Finland is prepared in principle to chip in to the PURL scheme.") == ["FI equipment considering"])
    }

    @Test func lendingIsFinancingWhateverItPaysFor() {
        #expect(keys("Norway will lend Ukraine NOK 5 billion for energy repairs.") == ["NO financial pledged"])
        #expect(keys("Canada is lending Ukraine C$2 billion.") == ["CA financial delivered"])
    }

    @Test func stayingOutRefusesAndBackingAnIdeaWeighsIt() {
        #expect(keys("Austria stayed out of the military aid effort.") == ["AT equipment declined"])
        #expect(keys("Poland supports sending peacekeepers once a truce holds.") == ["PL troops considering"])
        #expect(keys("Washington has yet to commit to a backstop.") == ["US security_guarantee considering"])
    }

    @Test func aGovernmentDecisionOnAPackageAllocatesIt() {
        #expect(keys("The Swedish government has today decided on a 21st military support package to Ukraine, worth SEK 16 billion.")
            == ["SE equipment allocated"])
        #expect(keys("Denmark's 27th donation includes air defence.") == ["DK air_defense delivered"])
    }

    @Test func weaponsRepairedAreMaintenanceButAGridRepairedIsCivilAid() {
        #expect(keys("Poland has offered to repair damaged Ukrainian tanks at its plants.") == ["PL logistics pledged"])
        #expect(keys("Denmark will provide €100 million to help repair Ukraine's energy grid.") == ["DK humanitarian pledged"])
    }

    @Test func theGiverNamedByItsAdjectiveOnGoodsReceived() {
        #expect(keys("The first Dutch F-16s have already arrived in Ukraine.") == ["NL equipment delivered"])
        #expect(keys("Ukraine received German Leopard tanks last week.") == ["DE equipment delivered"])
        // Another army receiving goods equips itself.
        #expect(keys("Poland received American Abrams tanks.").isEmpty)
    }

    @Test func weInDirectSpeechIsTheStateOfTheSpeakerNamedAfterSaid() {
        #expect(keys("\"We will send another 100 drones,\" said Latvian Defence Minister Andris Sprūds.") == ["LV equipment pledged"])
    }

    /// A report about one state that names it only in its headline and speaks of "the defence
    /// minister", "the government" and "the country".
    @Test func theHeadlineNamesTheStateOfficialsByTitleSpeakFor() {
        let body = "The war in Ukraine goes on.\nThe defence minister said on Tuesday the country would send 10,000 shells to Ukraine.\n"
            + "The prime minister added that the government would also fund drones for Kyiv.\n"
        func keys(title: String?) -> Set<String> {
            Set(ClaimExtractor().extract(sentences: SentenceSplitter().split(body), published: RuleSentences.published, title: title).compactMap { claim in
                guard case .commitment(let c) = claim else { return nil }
                return "\(c.actor) \(c.category.rawValue) \(c.status.rawValue)"
            })
        }
        #expect(keys(title: "Estonia to send more ammunition to Ukraine") == ["EE ammunition pledged", "EE equipment pledged"])
        // Without the headline nobody is named, and nothing is guessed.
        #expect(keys(title: nil).isEmpty)
    }
}
