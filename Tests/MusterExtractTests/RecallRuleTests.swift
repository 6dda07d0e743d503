import MusterCore
import Testing
@testable import MusterExtract

/// One invented sentence or two per rule class added for recall on unseen wording: verb classes
/// per status, nominalisations, passives with "by", coordinated and titled parties, unnamed
/// groups with counts, office titles without names, category lexicons and the guards that keep
/// precision (history, own use, passive relative clauses, instruments).
@Suite struct RecallRuleTests {
    let sentences = RuleSentences()

    func keys(_ text: String) -> [String] { sentences.keys(text).sorted() }

    @Test func allocationAndWithdrawalVerbClasses() {
        #expect(keys("Belgium has set aside €2 billion in funding for Ukraine.") == ["BE financial allocated"])
        #expect(keys("Portugal ordered 30 drones for Ukraine.") == ["PT equipment allocated"])
        #expect(keys("Greece will stop supplying shells to Ukraine.") == ["GR ammunition withdrawn"])
        #expect(keys("Slovenia will no longer send howitzers to Ukraine.") == ["SI equipment withdrawn"])
        #expect(keys("Malta blocked a €5 billion loan for Ukraine.") == ["MT financial declined"])
    }

    @Test func trainingGivenIsDeliveredAndTheTraineesAreNotTheObject() {
        #expect(keys("Norway trained 3,000 Ukrainian recruits on Leopard tanks.") == ["NO training delivered"])
        #expect(keys("Danish instructors have trained Ukrainian air-defence crews.") == ["DK training delivered"])
    }

    @Test func nominalisationsOwnedByAParty() {
        #expect(keys("Croatia's delivery of two helicopters to Ukraine was welcomed in Kyiv.") == ["HR equipment delivered"])
        #expect(keys("Ireland's pledge of €20 million in humanitarian aid for Ukraine was welcomed.") == ["IE humanitarian pledged"])
        #expect(keys("The delivery of two helicopters to Ukraine was welcomed in Kyiv.") == [])
        #expect(keys("Romania completed the disbursement of a €100 million loan to Ukraine.") == ["RO financial delivered"])
    }

    @Test func passiveAgentsAfterBy() {
        #expect(keys("Forty armoured vehicles were delivered by Belgium and the Netherlands to Ukraine.")
                == ["BE equipment delivered", "NL equipment delivered"])
    }

    @Test func officesOfStatesAndCompoundsLed() {
        #expect(keys("The foreign ministers of Latvia and Lithuania pledged more drones for Ukraine.")
                == ["LT equipment pledged", "LV equipment pledged"])
        #expect(keys("The Estonian-led demining coalition has delivered mine-clearing vehicles to Ukraine.")
                .contains("EE humanitarian delivered"))
        #expect(keys("Finland, Sweden and the Netherlands will not be contributing to the loan for Ukraine.")
                == ["FI financial declined", "NL financial declined", "SE financial declined"])
    }

    @Test func unnamedGroupsCountDozens() {
        #expect(keys("Two dozen countries pledged ammunition for Ukraine.") == ["GROUP24 ammunition pledged"])
        #expect(keys("More than a dozen allies agreed to send air defence to Ukraine.") == ["GROUP12 air_defense pledged"])
    }

    @Test func pronounSubjectsAndSubjectlessItemsTakeThePartyJustNamed() {
        #expect(keys("Spain's defence minister visited Odesa. She promised two more Hawk launchers.") == ["ES air_defense pledged"])
        #expect(keys("Norway reported its aid.\nBought two NASAMS systems for Ukraine from the United States.") == ["NO air_defense allocated"])
    }

    @Test func bareOfficeTitlesSpeakForTheDocumentsState() {
        let text = "Britain is one of Ukraine's main backers. Britain hosts the talks.\n"
            + "The Minister for the Armed Forces said the Ministry had contracted 200 drones for Ukraine."
        #expect(keys(text) == ["GB equipment allocated"])
    }

    @Test func theSpeakerOwnsAReportedFactWithNoPartyOfItsOwn() {
        #expect(keys("Oslo said on Friday that new restrictions on Russian banks had come into force.") == ["NO sanctions delivered"])
        #expect(keys("Macron said that the troops would not serve as an offensive force.") == [])
    }

    @Test func guardsHistoryOwnUsePassiveRelativesInstrumentsAndHypotheses() {
        #expect(keys("Norway last sent troops to a war in 1944, to Finnmark.") == [])
        #expect(keys("Austria ordered 12 helicopters for its own army.") == [])
        #expect(keys("The US paused shipments of shells that had been promised to Kyiv.") == ["US ammunition withdrawn"])
        #expect(keys("Canada agreed to lead a mission to monitor the ceasefire using drones.") == ["CA intelligence pledged"])
        #expect(keys("If Madrid sent tanks tomorrow, it would not end the war.") == [])
        #expect(keys("Belgium will pay the bill, but the money cannot be spent on arms.").isEmpty)
    }

    @Test func moneyAndGuaranteeVocabulary() {
        #expect(keys("Sweden will guarantee the joint borrowing for Ukraine.") == ["SE financial pledged"])
        #expect(keys("The EBRD disbursed €200 million to Ukrenergo for repairs.") == ["EBRD financial delivered"])
        #expect(keys("Germany signed a declaration of intent to deploy forces to Ukraine after a ceasefire.") == ["DE troops pledged"])
        // (Announced is pledged, however precisely the targets are counted; in force when the text says so.)
        #expect(keys("Japan announced sanctions on a further 40 tankers of Russia's shadow fleet.") == ["JP sanctions pledged"])
        #expect(keys("Japan announced sanctions on a further 40 tankers, which took effect immediately.") == ["JP sanctions delivered"])
    }

    @Test func theTwentySevenDecidingAreTheUnion() {
        #expect(keys("The leaders of the 27 member states agreed to lend Ukraine €90 billion.") == ["EU financial pledged"])
    }
}

/// Rules from the categories of heldout2's errors, each with the project's own wording.
@Suite struct RecallRuleTestsRoundTwo {
    let sentences = RuleSentences()

    func keys(_ text: String) -> [String] { sentences.keys(text).sorted() }
    func events(_ text: String) -> [Event] { sentences.events(text) }

    @Test func reducedRelativeAgentsAndAppositions() {
        #expect(keys("Generators paid for by Norway have been installed in Kharkiv hospitals.") == ["NO humanitarian delivered"])
        #expect(keys("Canada's C$5 billion share of the G7 loans, backed by profits from frozen Russian assets, will be paid next year.")
                == ["CA financial pledged"])
    }

    @Test func offersOngoingDeliveriesAndParticipleClauses() {
        #expect(keys("Sweden has put 500 million kronor on the table for Ukraine's budget.") == ["SE financial pledged"])
        #expect(keys("The US continues to share intelligence with Ukraine.") == ["US intelligence delivered"])
        #expect(keys("Poland has gone further, refusing to send any more tanks to Ukraine.") == ["PL equipment declined"])
    }

    @Test func aFundThatTrainsIsTrainingAndCargoIsNotAnUndertaking() {
        #expect(keys("Finland will pay into a fund that trains Ukrainian pilots.") == ["FI training pledged"])
        #expect(keys("Latvian Air Force transport aircraft have flown 80 missions carrying donated equipment to Ukraine.")
                == ["LV logistics delivered"])
    }

    @Test func aStatesOwnSchemeSpeaksForItAndASumNamesAScheme() {
        #expect(keys("The Czech ammunition initiative has delivered 1.8 million shells to Ukraine this year.") == ["CZ ammunition delivered"])
        #expect(keys("Eight countries agreed to guarantee the loan for Ukraine.") == ["GROUP8 financial pledged"])
    }

    @Test func withdrawnPlansCompletedDeliveriesAndGroupsThatIntroduceThemselves() {
        #expect(keys("Germany scrapped plans to send more tanks to Ukraine.") == ["DE equipment withdrawn"])
        #expect(keys("Sweden has completed deliveries of CV90 vehicles to Ukraine.") == ["SE equipment delivered"])
        #expect(keys("The Nordic countries will finance air defence for Ukraine.") == ["GROUP air_defense pledged"])
    }

    @Test func meetingATitledPartyAndPartiesInAnotherClause() {
        #expect(events("Estonia's defence minister met the Ambassador of Ukraine in Tallinn on Monday.").map(\.participants) == [["EE", "UA"]])
        #expect(events("The foreign ministers of Sweden and Finland met in Stockholm on Monday; Norway's minister stayed away.")
                .map(\.participants) == [["FI", "SE"]])
    }

    @Test func occasionsStillToComeAndTelephoneTalks() {
        #expect(events("The donors' conference in Berlin with Germany and Ukraine will show whether the money comes.").isEmpty)
        let talk = events("On Tuesday the foreign minister of Japan held a telephone talk with Ukraine's foreign minister.")
        #expect(talk.map(\.participants) == [["JP", "UA"]])
    }

    @Test func reducedRelativesAdjunctZonesAndLongSubjects() {
        #expect(keys("Generators funded by Sweden have been installed in Kherson.") == ["SE humanitarian delivered"])
        #expect(keys("Sweden reported its aid.\nWill send three Archer howitzers, paid for by Stockholm and shipped from Swedish stocks.")
                == ["SE equipment pledged"])
        #expect(keys("Italy's share of the EU loans, repaid from frozen assets, has now been paid out in full.")
                == ["IT financial delivered"])
        let text = "Britain is a backer. Britain hosts talks.\n"
            + "The Minister added that sanctions on 30 further tankers of Russia's shadow fleet had come into force."
        #expect(keys(text) == ["GB sanctions delivered"])
        // An owner inside the reported object ("mirroring the European Union's package") is not
        // the party; the speaker is, however long the reported clause.
        #expect(keys("Helsinki also said on Monday that measures mirroring the European Union's latest sanctions package against Russia had entered into force.")
                == ["FI sanctions delivered"])
    }
}
