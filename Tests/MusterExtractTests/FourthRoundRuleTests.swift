import MusterCore
import Testing
@testable import MusterExtract

/// Rules from session 4's round (categories of error on new unseen sets, each with the
/// project's own invented sentences): subjects separated from their verb by long asides, time
/// adverbials and joint statements between a speaker and "it would", and particles that are
/// not qualifiers.
@Suite struct FourthRoundRuleTests {
    let sentences = RuleSentences()

    func keys(_ text: String, topic: String = RuleSentences.topic) -> [String] { sentences.keys(text, topic: topic).sorted() }

    @Test func aPhrasalVerbsParticleIsNoQualifier() throws {
        let handed = try #require(sentences.commitments("Spain handed over three more Hawk launchers to Ukraine in May.").first)
        #expect(handed.amount == Quantity(value: 3, unit: "systems", qualifier: .exact))
        let over = try #require(sentences.commitments("Spain will send over 300 armoured vehicles to Ukraine.").first)
        #expect(over.amount?.qualifier == .atLeast)
    }

    @Test func aTimeAdverbialMayStandBetweenTheSpeakerAndItsPronoun() {
        #expect(keys("Portugal said last week it would send two more patrol boats to Ukraine.") == ["PT equipment pledged"])
        #expect(keys("Austria said on Oct. 2 it had provided €20 million in humanitarian aid.") == ["AT humanitarian delivered"])
        #expect(keys("Greece had already said in March that it would contribute air defence systems to Ukraine.") == ["GR air_defense pledged"])
    }

    @Test func theLeadersOfAListSpeakForEachStateInAJointStatement() {
        #expect(keys("The leaders of Spain, Portugal and Greece said in a joint statement that they would contribute troops to the force.")
                == ["ES troops pledged", "GR troops pledged", "PT troops pledged"])
    }

    @Test func aLongRelativeClauseAfterTheSubjectIsAnAside() {
        #expect(keys("Romania, which has become one of the main transit routes for weapons sent to Ukraine over the past three years, will provide a further Patriot system.")
                == ["RO air_defense pledged"])
        #expect(keys("Slovenia, whose prime minister has visited Kyiv twice since the invasion began and spoken to its parliament, is considering sending more armoured vehicles.")
                == ["SI equipment considering"])
    }

    @Test func anAppositionAfterANameIsAnAside() {
        #expect(keys("Oslo, the biggest Nordic donor of air defence to Kyiv, has not joined the Czech initiative but said on Monday it would pay for 50,000 shells for Ukraine.")
                == ["NO ammunition pledged"])
    }

    @Test func aCountedGroupPointingBackIsTheStatesNamedBeforeIt() {
        #expect(keys("The leaders of Spain and Portugal, meeting in Madrid, signed a declaration under which their two countries would send troops to the force.")
                == ["ES troops pledged", "PT troops pledged"])
        // Three named, "two" counted: the group does not point back at them.
        #expect(keys("Spain, Portugal and Italy met in Rome, where their two countries would send troops, officials said.").contains("GROUP2 troops pledged"))
    }

    @Test func thePartAfterOfTheWholeIsCounted() {
        #expect(keys("Of the coalition's 31 members, 19 have now pledged to take part in the force on land.") == ["GROUP19 troops pledged"])
        #expect(keys("Of the 14 countries at the meeting, eight said they would send instructors to train Ukrainian troops.") == ["GROUP8 training pledged"])
    }

    @Test func aPartOfWhatWasJustCommittedIsASecondUndertaking() {
        // "both" is the whole of it: one undertaking at the stronger status.
        #expect(keys("Spain, which pledged three Hawk launchers to Kyiv in June, said on Friday that both had now been delivered.")
                == ["ES air_defense delivered"])
        #expect(keys("Madrid has pledged €50 million in humanitarian aid to Ukraine, and the foreign ministry said a first tranche of €10 million had been sent.")
                == ["ES humanitarian delivered", "ES humanitarian pledged"])
        #expect(keys("Spain handed over two Hawk launchers to Ukraine in May, and Madrid has said that a third will follow once repairs are done.")
                == ["ES air_defense delivered", "ES air_defense pledged"])
        // Timing of what was promised is no second undertaking; nor is a party following suit.
        #expect(keys("Spain said it would send two Hawk launchers to Ukraine, with the first expected to arrive in May.") == ["ES air_defense pledged"])
        #expect(keys("Portugal will follow suit, the minister said.") == [])
    }

    @Test func aDateBeforeTheVerbIsNeitherACountNorAnAdjective() throws {
        let sent = try #require(sentences.commitments("Spain on April 16 delivered armoured vehicles to Ukraine.").first)
        #expect(sent.status == .delivered)
        #expect(sent.amount == nil)
        #expect(keys("Spain in 2024 sent tanks to Ukraine.") == ["ES equipment delivered"])
        let promised = try #require(sentences.commitments("Spain has delivered the last of 24 promised Leopard tanks to Ukraine.").first)
        #expect(promised.amount?.value == 24)
    }

    @Test func aircraftListedWithTroopsForTheForceArePartOfThePresence() {
        #expect(keys("Spain, Portugal and Greece said they were ready to contribute troops, aircraft or ships to the force.")
                == ["ES troops considering", "GR troops considering", "PT troops considering"])
    }

    @Test func aPresentedPackageListsItsItemsInBullets() {
        let release = """
        Today, the Portuguese government is presenting its 5th military support package to Ukraine, worth €90 million.
        Content of the package
        – 12 M113 armoured personnel carriers
        – €20 million for training of Ukrainian pilots on the F-16 system
        – funds for the procurement of artillery ammunition
        """
        #expect(keys(release) == ["PT ammunition pledged", "PT equipment pledged", "PT training pledged"])
    }

    @Test func anOfficeQualifiedByADemonymIsThatStatesOffice() {
        #expect(keys("The Portuguese Ministry of Defence said it had delivered six patrol boats to Ukraine.") == ["PT equipment delivered"])
    }

    @Test func anAsideWithItsOwnUndertakingLeavesTheMainClauseItsSubject() throws {
        let claims = sentences.commitments("The European Commission, which has already sent more than 5,000 generators to Ukraine since 2022, said on Monday it would deliver 300 large generators.")
        #expect(claims.map { "\($0.actor) \($0.category.rawValue) \($0.status.rawValue)" }.sorted()
                == ["EU humanitarian delivered", "EU humanitarian pledged"])
        let pledge = try #require(claims.first { $0.status == .pledged })
        #expect(pledge.amount == Quantity(value: 300, unit: "generators", qualifier: .exact))
    }

    @Test func twoAmountsAtTwoStrengthsAreTwoUndertakings() {
        #expect(keys("Spain has sent 20 armoured vehicles to Ukraine and will send 40 more armoured vehicles next year.")
                == ["ES equipment delivered", "ES equipment pledged"])
        // One undertaking told twice, once with its amount: one claim at the stronger status.
        #expect(keys("Spain promised 20 armoured vehicles to Ukraine and has now delivered them.") == ["ES equipment delivered"])
    }

    @Test func verbsWithAdverbialsParticiplesAndAgents() {
        #expect(keys("Spain and Portugal have so far paid for more than $1 billion of American equipment for Ukraine.")
                == ["ES equipment delivered", "PT equipment delivered"])
        #expect(keys("Spain has been among the larger donors of air defence, having supplied two Hawk batteries since 2023.")
                == ["ES air_defense delivered"])
        #expect(keys("Hawk air defence systems delivered by Spain last year helped repel the missiles over the capital.")
                == ["ES air_defense delivered"])
        #expect(keys("The minister said Spain would in any case provide 500 million euros in military support to Ukraine.")
                == ["ES equipment pledged"])
        // An idea floated by unnamed capitals is nobody's undertaking.
        #expect(keys("The figures remain below the 20,000 troops floated by some European capitals a year ago.") == [])
    }

    @Test func goodsOnTheirWayOrArrivedAreTheDonorsUndertaking() {
        #expect(keys("Spain has confirmed that two more Hawk launchers will arrive in the coming weeks.") == ["ES air_defense pledged"])
        #expect(keys("Madrid said the last of the 20 Leopard tanks it promised to Ukraine had arrived in the country.")
                == ["ES equipment delivered"])
        #expect(keys("Spain said the two Hawk launchers it financed had reached Ukraine.") == ["ES air_defense delivered"])
        #expect(keys("Spain said the last of the 20 Leopard tanks it promised Kyiv had been handed over.") == ["ES equipment delivered"])
        #expect(keys("Portugal has not said how many ships it would commit to the mission.") == [])
        // A party arriving brings nothing; "reached an agreement" delivers nothing.
        #expect(keys("The Spanish defence minister arrived in Kyiv on Monday.") == [])
        #expect(keys("Spain reached an agreement with Portugal on fishing quotas in Ukraine's absence.") == [])
    }

    @Test func aPronounSpeakerOrASumSubjectContinuesThePartyJustNamed() {
        #expect(keys("Spain will send two Hawk launchers to Ukraine.\nHe added that more than 200 air defence missiles had already been handed over.")
                == ["ES air_defense delivered", "ES air_defense pledged"])
        #expect(keys("Spain and Portugal pledged new aid to Ukraine.\nOn Tuesday they said they would set up repair hubs for armoured vehicles.")
                == ["ES logistics pledged", "PT logistics pledged"])
        #expect(keys("Spain will give Ukraine €300 million in military aid.\nA further €50 million will go to Ukraine's state budget as budget support.")
                == ["ES equipment pledged", "ES financial pledged"])
    }

    @Test func moreVerbsAndPhrases() {
        #expect(keys("Spain would not send soldiers to Ukraine, though it could help with monitoring the ceasefire from outside the country.")
                == ["ES intelligence considering", "ES troops declined"])
        #expect(keys("Madrid will also lower its price cap on Russian crude oil from next month.") == ["ES sanctions pledged"])
        #expect(keys("Spain committed $200 million to buy air defence munitions for Ukraine.") == ["ES air_defense pledged"])
        // (Session 13: "stopped short of" is no refusal either; 8 of the tuning pool's 9 such
        // sentences are left unlabelled, and one annotator said so in as many words.)
        #expect(!keys("Spain backed the plan but stopped short of committing soldiers to Ukraine.").contains { $0.hasPrefix("ES troops") })
    }

    @Test func liftingAVetoAndGuaranteeingLoans() {
        #expect(keys("The EU adopted its 21st package of sanctions against Russia after Slovakia lifted a weeks-long veto.") == ["EU sanctions allocated"])
        #expect(keys("Spain said it was prepared to provide further guarantees for World Bank lending to Ukraine.") == ["ES financial considering"])
    }

    @Test func sharedNounsCreditsAndPackagesPaidFor() {
        #expect(keys("Spain has so far provided about $2 billion in financial and humanitarian aid to Ukraine.")
                == ["ES financial delivered", "ES humanitarian delivered"])
        #expect(keys("Spain will not send soldiers to Ukraine but will continue to run the logistics hub at Valencia.")
                == ["ES logistics pledged", "ES troops declined"])
        #expect(keys("Spain and Portugal sent tanks and artillery shells to Ukraine.\nSpain and Portugal will jointly fund another package worth $100 million.")
                .contains("PT equipment pledged"))
        #expect(keys("Spain sent tanks to Ukraine.\nAssociated Press writer Ana Ruiz in Madrid contributed.") == ["ES equipment delivered"])
    }

    @Test func speakersFromACapitalConditionsAndSchemesNamedByTheirGoods() {
        #expect(keys("Spain, for its part, has repeatedly said it would not deploy Spanish soldiers to Ukraine.") == ["ES troops declined"])
        #expect(keys("In Madrid, the defence ministry said two more Hawk launchers had been handed over to Ukraine in the past week.")
                == ["ES air_defense delivered"])
        #expect(keys("The minister said Spain would provide €500 million in military support for Ukraine, subject to parliamentary approval.")
                == ["ES equipment pledged"])
        #expect(keys("Madrid confirmed that it would stop financing the Spanish-led ammunition initiative for Ukraine.")
                == ["ES ammunition withdrawn"])
    }

    @Test func anAbandonedProposalIsNoClaimButWhatReplacedItIs() {
        #expect(keys("The so-called solidarity loan, which would have used frozen Russian assets, was shelved after Spain refused to back it.") == [])
        #expect(keys("EU leaders agreed to lend Ukraine 50 billion euros, after a plan to use frozen Russian assets was dropped.") == ["EU financial pledged"])
        #expect(keys("\"Then the question of who actually sends soldiers can no longer be postponed,\" the Spanish minister said.") == [])
        #expect(keys("Spain and Portugal will build protected facilities for weapons and military equipment in Ukraine.") == [])
    }

    @Test func munitionsForAirDefenceAndRepairsOfCivilInfrastructure() {
        #expect(keys("Spain will deliver additional Aspide missiles for its Skyguard systems in Ukraine.") == ["ES air_defense pledged"])
        let repairs = keys("Spain will fund repairs to the power grid in Ukraine.")
        #expect(repairs.contains("ES humanitarian pledged") && !repairs.contains("ES logistics pledged"))
    }

    @Test func aRefusalThatNamesItsPriceIsADemand() {
        #expect(keys("Spain has so far refused to back the loan without legally binding guarantees from other member states.")
                == ["ES financial considering"])
        #expect(keys("Spain refused to back the loan.") == ["ES financial declined"])
        #expect(keys("The attack followed Madrid's decision to halt shipments of Hawk missiles to Ukraine.") == ["ES air_defense withdrawn"])
    }

    @Test func undecidedAndOffTheTable() {
        #expect(keys("The minister reiterated that sending Spanish soldiers to Ukraine \"is not on the table\".") == ["ES troops declined"])
        #expect(keys("Spain has not yet decided whether to renew its air defence support for Ukraine.") == ["ES air_defense considering"])
        let force = "This is about a reassurance force for Ukraine with troops on the ground.\n"
        #expect(keys("The Spanish prime minister said on Monday it was too early to decide on Spanish participation in the force.", topic: force)
                == ["ES troops considering"])
    }

    @Test func aSecondClauseWithASumOrAShareGoesWhereTheFirstWent() {
        #expect(keys("Spain disbursed its entire $2 billion contribution to the bridge loan in May, while Portugal and Greece are paying out their shares in tranches.")
                == ["ES financial delivered", "GR financial delivered", "PT financial delivered"])
    }

    @Test func backingTheForceAgainstAnAttackIsAGuarantee() {
        let force = "This is about a reassurance force for Ukraine with troops on the ground.\n"
        #expect(keys("Canada would support the multinational force if it came under attack, the statement said.", topic: force)
                == ["CA security_guarantee pledged"])
        #expect(keys("Canada would contribute troops to the multinational force.", topic: force) == ["CA troops pledged"])
    }

    @Test func moneyForASchemeTheTextNamedBuysWhatTheSchemeBuys() {
        let text = """
        The Slovak-led initiative that has supplied Ukraine with artillery shells will continue this year.
        Spain said on Monday it would contribute €80 million to the initiative, and Portugal said it would put in €20 million.
        """
        #expect(keys(text) == ["ES ammunition pledged", "PT ammunition pledged", "SK ammunition delivered"])
    }
}
