import MusterCore
import Testing
@testable import MusterExtract

/// Round fourteen: errors on round 13's four blind sets once they were retired to heldout61–64 (new
/// blind sets blind41–44 written and scored first), turned into rules in the project's own words.
/// Each rule was kept only if the tuning pool (heldout, heldout2–60) did not lose by it.
@Suite struct FourteenthRoundRuleTests {
    let sentences = RuleSentences()

    func keys(_ text: String) -> Set<String> { Set(sentences.keys(text)) }

    @Test func moneyBeingProvidedIsPromisedNotHandedOver() {
        // (Labels: "is/are providing" with a sum was a pledge 9 times in 9 over the labelled sets.)
        #expect(keys("Belgium is providing €80 million for drones for Ukraine, the ministry said.") == ["BE equipment pledged"])
    }

    @Test func aSumGivenWithNothingNamedIsForWhatTheReportIsAbout() {
        let text = "Through the PURL scheme, Denmark will buy Patriot interceptors for Ukraine. Iceland is contributing €5 million."
        // (Spec: money for buying weapons takes the category of what it buys.)
        #expect(keys(text).contains("IS air_defense pledged"))
        // In a report about money, a bare sum is money.
        let loans = "Japan will lend Ukraine $3 billion for budget support. Canada is contributing C$500 million."
        #expect(keys(loans).contains("CA financial pledged"))
    }

    @Test func immobilisingAssetsPutsSanctionsInForce() {
        #expect(keys("In 2022, the EU immobilised some €210 billion of Russian central bank assets.") == ["EU sanctions delivered"])
        // The place the assets are held in is no subject.
        #expect(keys("The 27 adopted a decision to keep the Russian assets held in the EU immobilised indefinitely.").contains("EU sanctions allocated"))
        #expect(!keys("The 27 adopted a decision to keep the Russian assets held in the EU immobilised indefinitely.").contains("EU sanctions delivered"))
    }

    @Test func russiasOwnAssetsAreTheObjectOfTheMeasureNotItsParty() {
        let text = "EU leaders met in Brussels on Thursday to discuss sanctions against Russia. Russia's assets will remain immobilised until Russia ends its war."
        #expect(keys(text).contains("EU sanctions pledged"))
    }

    @Test func aStateOfThingsPromisedIsAPledgeAPresenceKeptUpIsDelivered() {
        #expect(keys("Poland will remain the logistics hub for aid to Ukraine, Prime Minister Donald Tusk said.") == ["PL logistics pledged"])
        #expect(keys("Norway said its NASAMS air defence unit will remain deployed in Poland until March to protect aid flows to Ukraine.")
            == ["NO air_defense delivered"])
        // Staying out is saying no.
        #expect(keys("Hungary and Slovakia will stay out of the joint borrowing for Ukraine.") == ["HU financial declined", "SK financial declined"])
    }

    @Test func weInAnInterviewIsTheGovernmentBeingQuoted() {
        let text = "Britain's defence secretary spoke to reporters in London. This year we will spend £4.5 billion on military support for Ukraine."
        #expect(keys(text).contains("GB equipment pledged"))
        // Not what "we" received, nor where the sentence names someone else.
        #expect(!keys("France announced new aid on Monday. We have committed, together with Germany, to lead the multinational force.").contains("FR troops pledged"))
        #expect(keys("Norway's minister visited Kyiv. Zelensky said the guarantees we received before turned out to be worthless.").isEmpty)
    }

    @Test func aBreakdownTakesWhatItsOwnSentenceSaysTheMoneyBuys() {
        let text = "NATO said the three countries had together pledged about $950 million for Patriot interceptors under the Prioritised Ukraine Requirements List: Germany $500 million, the Netherlands $250 million and Canada $200 million."
        #expect(keys(text).isSuperset(of: ["DE air_defense pledged", "NL air_defense pledged", "CA air_defense pledged"]))
        #expect(!keys(text).contains("DE equipment pledged"))
    }

    @Test func whatABanCoversIsSanctionedNotGiven() {
        #expect(keys("The EU introduced a ban on the provision of maritime transport for Russian crude oil.") == ["EU sanctions delivered"])
    }

    @Test func aVagueCollectiveWithNoCountIsNoParty() {
        #expect(keys("The coalition's military planners will continue work on the size of the force for Ukraine.").isEmpty)
        #expect(keys("Participants adopted the Paris Declaration on security guarantees for Ukraine.").isEmpty)
        #expect(!keys("For this year, member states have committed to deliver two million shells to Ukraine.").contains { $0.hasPrefix("GROUP") })
        // Named members, "other" and a vague count keep the group a party.
        #expect(keys("Several capitals, including Berlin, said they would decide on their troop contribution to Ukraine later.")
            .contains("GROUP troops considering"))
        #expect(keys("Finland and the other Nordic countries would contribute troops to the force in Ukraine.").contains("GROUP troops pledged"))
        #expect(keys("Starmer said a significant number of countries were ready to contribute troops to the force in Ukraine.")
            .contains("GROUP troops considering"))
    }

    // Trigger words kept or dropped by their precision on pages the extractor had not seen: the
    // four earlier rounds' blind sets as scored on arrival by that round's extractor (1,755 claims),
    // beside the tuning pool now.

    @Test func talksThatDiscussedSomethingDecideNothing() {
        // ("discussed": right 3 times in 10 on arrival, 11 in 26 on the tuning pool; spec lists
        // "is discussing", which stays.)
        #expect(keys("EU leaders met in Brussels. The leaders also discussed the use of frozen Russian assets to support Ukraine.").isEmpty)
        #expect(keys("Canada is discussing a contribution to the reassurance force for Ukraine.") == ["CA troops considering"])
    }

    @Test func forcesStationedAreNoDelivery() {
        // ("stationed": right 0 times in 4 on arrival, 0 in 5 on the tuning pool.)
        #expect(keys("Britain stationed two Typhoon jets in Poland to protect aid deliveries to Ukraine.").isEmpty)
    }

    @Test func fundingForGoodsInAPackageIsThoseGoods() {
        let text = "Norway announced a new military aid package for Ukraine on Monday. The package includes funding for air defence systems and artillery ammunition."
        #expect(keys(text).isSuperset(of: ["NO air_defense pledged", "NO ammunition pledged"]))
        #expect(!keys(text).contains("NO financial pledged"))
        // Financing production stays financing (spec).
        let production = "Sweden announced its 20th military aid package for Ukraine on Monday. The package includes Archer artillery systems, ammunition and funding for Ukrainian drone production."
        #expect(keys(production).contains("SE financial pledged"))
    }

    @Test func russiasPartnersAndOrganisationsPromisingArmsAreNotLabelled() {
        #expect(keys("The war has drawn closer to Japan since North Korea sent thousands of troops to fight alongside Russia against Ukraine.").isEmpty)
        #expect(!keys("Brussels had promised Kyiv 30 of the jets by 2028.").contains("EU equipment pledged"))
        // A state's promise of arms stays.
        #expect(keys("Germany promised Kyiv 30 of the jets by 2028.") == ["DE equipment pledged"])
    }
}

