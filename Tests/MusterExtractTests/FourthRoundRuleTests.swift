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
}
