import MusterCore
import Testing
@testable import MusterExtract

/// Round seventeen: errors on round 16's four blind sets once they were retired to heldout73–76 (new
/// blind sets blind53–56 written and scored first), turned into rules in the project's own words.
/// Each rule was kept only if the tuning pool (heldout, heldout2–72) did not lose by it.
@Suite struct SeventeenthRoundRuleTests {
    let sentences = RuleSentences()

    func keys(_ text: String) -> Set<String> { Set(sentences.keys(text)) }

    @Test func guardingUkrainesSkyIsAirDefenceButGuardingOnesOwnIsNot() {
        #expect(keys("Portugal said it was willing to help protect Ukrainian airspace after a truce.").contains("PT air_defense considering"))
        #expect(keys("Austria would help secure Ukraine's airspace from bases in Slovakia, the chancellor said of Ukraine.").contains("AT air_defense pledged"))
        // (A state's own sky, or monitoring it, is no air defence for Ukraine.)
        #expect(!keys("Ireland will keep its jets at home to protect Irish airspace, whatever Ukraine asks.").contains("IE air_defense pledged"))
    }

    @Test func signatoriesWithUkraineActEvenWithADayBetweenThemAndTheVerb() {
        #expect(keys("Croatia and Ukraine on Friday signed a ten-year security agreement.").contains("HR security_guarantee allocated"))
    }

    @Test func goodsMadeForUkraineUnderContractAreGiven() {
        #expect(keys("Portugal has signed a contract with a local firm to produce interceptor drones for Ukraine.").contains("PT air_defense allocated"))
        // (Goods a state's industry produces for itself stay out.)
        #expect(!keys("Portugal's firms produce interceptor drones for export, while Ukraine builds its own.").contains("PT air_defense allocated"))
    }

    @Test func theBareCouncilIsTheUnionsInATextAboutTheUnion() {
        let text = "The EU is tightening pressure on Russia. The Council adopted a 22nd package of restrictive measures against Russia on Monday."
        #expect(keys(text).contains("EU sanctions allocated"))
        // (Without the Union in the text, a council is somebody else's.)
        #expect(!keys("The Council adopted a resolution on Ukraine on Monday.").contains("EU sanctions allocated"))
    }

    @Test func coveringCostsIsMoneyUnlessTheCostsAreOfGoods() {
        #expect(keys("Austria could help cover the costs of smaller contributors to the force for Ukraine, the chancellor said.").contains("AT financial considering"))
        #expect(!keys("Austria offered to cover the costs of artillery shells for Ukraine.").contains("AT financial pledged"))
    }

    @Test func goodsBeforeTheirGiverInAClauseWithoutThatAreItsObject() {
        #expect(keys("Kyiv is still waiting for the IRIS-T systems Austria had promised to deliver this spring.").contains("AT air_defense pledged"))
        #expect(keys("This comes on top of the €2 billion of military aid Portugal is providing to Ukraine this year.").contains("PT equipment pledged"))
        // ("the jets Croatia pledged have been delivered": the delivery is the news.)
        #expect(!keys("The last of the 12 fighter jets Croatia pledged to Ukraine have now been delivered.").contains("HR equipment pledged"))
    }

    @Test func aStatesNumberedPackageInATextAboutArmsIsArms() {
        let text = """
        Portugal will send Ukraine its 14th package of military equipment, with armoured vehicles and artillery shells, the defence ministry said.

        The 13th package, announced in May, has been delivered in full, the Portuguese ministry added.
        """
        #expect(keys(text).contains("PT equipment delivered"))
    }

    @Test func anOccasionTakenToAnnounceIsTheAnnouncement() {
        #expect(keys("Albanese used the call to announce 90 million Australian dollars for drones for Ukraine.").contains("AU equipment pledged"))
        #expect(keys("Ireland had \"stepped forward\" with fresh financing for Patriot interceptors for Ukraine, NATO said.").contains("IE air_defense pledged"))
    }

    @Test func moneyNamedByItsGoodsIsThoseGoods() {
        let found = keys("Portugal and Ireland announce new air-defence funding for Ukraine")
        #expect(found.contains("PT air_defense pledged"))
        #expect(!found.contains("PT financial pledged"))
    }

    @Test func backgroundAndOpenQuestionsCommitNobody() {
        // What earlier packages held, and which goods a statement did not name, are not this one's.
        let text = """
        Portugal and Ireland will fund a joint package of US weapons for Ukraine, their ministers said.

        The statement did not specify which weapons would be bought, but officials said previous joint packages included Patriot interceptors and artillery shells.
        """
        let found = keys(text)
        #expect(!found.contains("PT air_defense pledged"))
        #expect(!found.contains("IE ammunition pledged"))
        // A headline that drops its auxiliary still reports a plan abandoned.
        #expect(!keys("Reparations loan shelved\n\nThe EU's plan for Ukraine was debated for months.").contains("EU financial withdrawn"))
        // Talking about one's own air defence gives Ukraine nothing.
        #expect(!keys("Several ministers were keen to talk about their own air defence after the Ukraine meeting.").contains(where: { $0.hasSuffix("air_defense considering") }))
    }

    @Test func aRelativeClauseOnTheObjectDoesNotEndItsList() {
        let found = keys("Portugal said it had delivered in full the €300 million in military aid it pledged for 2025, including Hawk air defence systems and artillery shells, to Ukraine.")
        #expect(found.isSuperset(of: ["PT air_defense delivered", "PT ammunition delivered"]))
    }

    @Test func whatTheAidJustNamedWillProvideItsGiverProvides() {
        let found = keys("The Prime Minister of Portugal announced €200 million in new military assistance for Ukraine, which will provide drones and artillery shells.")
        #expect(found.contains("PT ammunition pledged"))
    }

    @Test func moneySpentThroughASchemeToBuyGoodsIsThoseGoods() {
        let found = keys("Ireland will also spend €50 million through NATO's PURL scheme to buy Patriot interceptors for Ukraine.")
        #expect(found.contains("IE air_defense pledged"))
    }

    @Test func anAgentlessPassiveIsItsOwnersOrItsHosts() {
        #expect(keys("The final tranche of Portugal's share, worth €75 million, was disbursed to Ukraine in March.").contains("PT financial delivered"))
        #expect(keys("Since 2023, more than 4,000 Ukrainian soldiers have been trained in Portugal.").contains("PT training delivered"))
    }

    @Test func aLeaderAndHisUkrainianCounterpartSignForTheLeadersState() {
        let text = "Portuguese Prime Minister Luís Montenegro and his Ukrainian counterpart, Yulia Svyrydenko, on Monday signed a deal on 20 patrol boats for Ukraine."
        #expect(keys(text).contains("PT equipment allocated"))
    }

    @Test func aStatesOwnFleetOrSkyIsNotGiven() {
        #expect(keys("Portugal unveiled plans to double its own drone fleet by 2027, a week after its Ukraine package.").isEmpty)
        #expect(!keys("Polish jets were put on readiness to protect Polish airspace during the attack on Ukraine.").contains(where: { $0.hasPrefix("PL") }))
        // (Ukraine's own industry is what the aid builds.)
        #expect(keys("Portugal will fund drones for Ukraine and help Ukraine build its own defence industry.").contains("PT equipment pledged"))
    }

    @Test func aRemainderOrALikeSumIsOfWhatWasJustTold() {
        let text = """
        The G7 loan to Ukraine totals $50 billion, of which the United States provides $20 billion in loans.

        Canada, Japan and Portugal are covering the rest.
        """
        #expect(keys(text).isSuperset(of: ["CA financial pledged", "PT financial pledged"]))
        // (With nothing told just before, "the rest" names nothing.)
        #expect(!keys("Canada, Japan and Portugal are covering the rest, Ukraine's minister said.").contains("CA financial pledged"))
    }
}

