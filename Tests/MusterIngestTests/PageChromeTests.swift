import MusterCore
import Testing
@testable import MusterIngest

/// Invented pages for the chrome a whole-page paste carries above and around the article:
/// site names and spaced menus before the headline, captions signed with a credit, author
/// lines, cookie banners, live pages' key-event links.
@Suite struct PageChromeTests {
    let extractor = PlainTextArticleExtractor()

    private let paragraphOne = "The ministers of twelve countries agreed on Monday to pool their spare parts for tanks."
    private let paragraphTwo = "Officials said the first shipments would leave the depots before the end of the month."

    @Test func headlineIsTheLineAboveTheDateNotTheSiteName() {
        let page = """
        Institute for Northern Security Studies
        Research | Events | Experts | About
        Home / Research / Briefs
        Brief No. 4
        Spare parts are the quiet bottleneck of the armoured brigades
        Jane Roe, Senior Fellow, Armour Programme
        4 July 2025

        \(paragraphOne)

        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Spare parts are the quiet bottleneck of the armoured brigades")
        #expect(article.published == Day(iso: "2025-07-04"))
        #expect(article.text == "\(paragraphOne)\n\n\(paragraphTwo)")
    }

    @Test func spacedMenuLineIsChrome() {
        #expect(LineClassifier.classify(TextLine("News  Politics  Defence  Economy  Podcasts")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Listen  Share  Save")) == .chrome)
        // Two spaces after a full stop in running text are no menu.
        #expect(LineClassifier.classify(TextLine("Talks resumed on Monday.  The ministers met again on Tuesday.")) == .text)
    }

    @Test func standfirstWithoutFullStopStaysUnderTheHeadline() {
        let standfirst = "Allies pool their spare parts as winter sets in, but two of the largest armies are staying out and three more have not decided whether to join"
        let page = """
        Menu  Search  Sign in
        Allies pool tank parts in new maintenance deal
        \(standfirst)
        By Jane Roe
        Published 3 December 2025

        \(paragraphOne)

        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies pool tank parts in new maintenance deal")
        #expect(article.text == "\(standfirst)\n\n\(paragraphOne)\n\n\(paragraphTwo)")
    }

    @Test func authorFilingFromACityIsNoStandfirst() {
        let page = """
        Allies pool tank parts in new maintenance deal
        Jane Roe in Brussels
        Fri 19 Dec 2025 06.48 CET

        \(paragraphOne)

        \(paragraphTwo)
        """
        #expect(extractor.extract(text: page).text == "\(paragraphOne)\n\n\(paragraphTwo)")
    }

    @Test func captionEndingInACreditIsChrome() {
        #expect(LineClassifier.classify(TextLine("Repair crews work at a damaged substation. Photo: Grid operator press service")) == .chrome)
        #expect(LineClassifier.classify(TextLine("The foreign minister at the airport. Photo: J. Roe/Pool")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Armoured vehicles outside the plant. Picture by Jane Roe")) == .chrome)
        #expect(LineClassifier.classify(TextLine("The minister speaks to reporters in Brussels. | J. Roe/Europe Desk")) == .chrome)
        // A sentence that goes on after a picture word is text.
        #expect(LineClassifier.classify(TextLine("The ministry published the list. Photos of the damage were shared by residents.")) == .text)
    }

    @Test func cookieBannerParagraphIsChrome() {
        let banner = "We and our 700 partners store and access information on a device, such as cookies, and process personal data, such as unique identifiers, for personalised ads and content."
        #expect(LineClassifier.classify(TextLine(banner[...])) == .chrome)
    }

    @Test func liveKeyEventLinksAreChromeTheirTimesAlone() {
        #expect(LineClassifier.classify(TextLine("14.50 GMT Canada to fund shells via ammunition initiative")) == .chrome)
        #expect(LineClassifier.classify(TextLine("10.30 GMT Russia launched 40 drones overnight, the air force said.")) == .text)
    }

    @Test func membershipAndNewsletterPromptsAreChrome() {
        #expect(LineClassifier.classify(TextLine("We have covered the war since day one. Help us keep going — become a member today.")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Get our Europe Daily briefing. Sign up now →")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Enjoyed this issue? Forward it to a friend.")) == .chrome)
    }

    @Test func videoTitlesAndAuthorNotesAreChrome() {
        #expect(LineClassifier.classify(TextLine("Watch: Leaders arrive at the palace for the summit")) == .chrome)
        let page = """
        \(paragraphOne)

        \(paragraphTwo)

        Court and emergency services reporter at the Daily Courier.
        """
        #expect(extractor.extract(text: page).text == "\(paragraphOne)\n\n\(paragraphTwo)")
        #expect(LineClassifier.isAuthorNote(TextLine("Jane Roe is a Nordwire correspondent covering defence.")))
        #expect(!LineClassifier.isAuthorNote(TextLine("The correspondent said the talks had failed.")))
        // A job title alone under the author's name.
        #expect(LineClassifier.classify(TextLine("Europe digital editor")) == .byline(nil))
    }

    @Test func headlineWithStandfirstAuthorAndRoleAboveTheDate() {
        let standfirst = "The depots will open to all twelve armies, the ministers said"
        let page = """
        Skip to main content
        World  Europe  Business  Climate
        Allies pool tank parts in a new maintenance deal
        \(standfirst)
        Jane Roe
        Defence correspondent
        5 September 2025, 10:32 BST
        Share
        \(paragraphOne)
        \(paragraphTwo)
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies pool tank parts in a new maintenance deal")
        #expect(article.published == Day(iso: "2025-09-05"))
        #expect(article.text == "\(standfirst)\n\(paragraphOne)\n\(paragraphTwo)")
    }

    @Test func governmentPortalAndWireFurnitureIsChrome() {
        let page = """
        Press release
        Ministry signs spare-parts deal for armoured brigades
        From: Ministry of Defence and The Rt Hon Jane Roe MP
        Published 3 December 2025
        Get emails about this page
        Print this page

        \(paragraphOne)

        \(paragraphTwo)

        Share | Copy link
        """
        let article = extractor.extract(text: page)
        #expect(article.text == "\(paragraphOne)\n\n\(paragraphTwo)")
        // A paper signing with the wires, and prompts to follow or support it.
        #expect(LineClassifier.classify(TextLine("Le Quotidien with AFP")) != .text)
        #expect(LineClassifier.classify(TextLine("Staff and agencies")) != .text)
        #expect(LineClassifier.classify(TextLine("Join the Courier's Telegram channel and get the latest news delivered to you.")) == .chrome)
        // A sentence of the article that starts with "From" is text.
        #expect(LineClassifier.classify(TextLine("From Monday, the ministers will pool their spare parts for tanks.")) == .text)
    }

    @Test func aDescriptionSignedWithAnAgencyIsACaption() {
        #expect(LineClassifier.classify(TextLine("The defence minister arrives for the meeting in Brussels. — AFP")) != .text)
        #expect(LineClassifier.classify(TextLine("Soldiers unload spare parts at a depot near Lviv / Reuters")) != .text)
        #expect(LineClassifier.classify(TextLine("The minister at a meeting of the alliance in Brussels. AFP")) != .text)
        #expect(InlineCredits.stripping(Substring("Smoke rises over the depot after the strike (Jane Roe/AP)")).isCaption)
        // (A paragraph of the article signed off by the wire stays: it is the article's last word.)
        let signedOff: Substring = "The ministers agreed to pool their spare parts for tanks and said the first shipments would leave the depots before the end of the month. REUTERS"
        #expect(LineClassifier.classify(TextLine(signedOff)) == .text)
    }

    @Test func shareRowsNotesOnTheArticleAndLinkCarouselsAreChrome() {
        for line in ["[Share] [Save] [Print]", "facebook twitter whatsapp telegram", "Share: X LinkedIn Email",
                     "This article was amended on 3 May to correct the name of a ministry.",
                     "Updates with the ministry's statement in paragraph 4",
                     "list 2 of 4 Why the spare-parts deal fell apart", "Skip past newsletter promotion",
                     "You have 62% of this article left to read. The rest is for subscribers only."] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) != .text, "\(line)")
        }
        #expect(LineClassifier.classify(TextLine("Text: Jane Roe")) != .text)
        // (The article's own sentences about sharing and printing stay.)
        #expect(LineClassifier.classify(TextLine("The allies will share the cost of printing the new manuals.")) == .text)
    }

    @Test func aTwoPartBreadcrumbOpeningWithAMenuSectionIsChrome() {
        #expect(LineClassifier.classify(TextLine("World / Europe")) == .chrome)
        #expect(LineClassifier.classify(TextLine("Politics | Germany")) == .chrome)
        // (Two places joined by a slash are no menu.)
        #expect(!LineClassifier.isBreadcrumb(TextLine("Kyiv / Brussels")))
    }

    @Test func aDeskOrATitleSignedWithAHandleIsAnAuthorLine() {
        #expect(LineClassifier.classify(TextLine("European Affairs Desk")) != .text)
        #expect(LineClassifier.classify(TextLine("Security and defence editor @janeroe")) != .text)
        #expect(LineClassifier.classify(TextLine("The Courier's website contains only a portion of the news stories offered to subscribers.")) == .chrome)
        // (A sentence naming an editor and a handle is the article's.)
        #expect(LineClassifier.classify(TextLine("The ministry's press office said on Monday that its editor would post the figures on its account @mod_ua later this week.")) == .text)
    }

    @Test func governmentBannersNewsroomCreditsAndAppealsAreChrome() {
        for line in ["Here's how you know", "Official websites use .gov",
                     "A .gov website belongs to an official government organization in the United States.",
                     "Releases", "Transcripts", "Attributed to Chief Ministry Spokesman Jane Roe",
                     "Choose which ministry products you want delivered to your inbox.",
                     "Comments are closed for this article.", "The writer is a former ambassador to the alliance.",
                     "Presented by Northern Airframes — building Europe's airlift. Learn more >",
                     "We've been covering the war since day one. Help us keep doing it. The Courier is funded by its readers.",
                     "Press office contact: News Desk, 020 7946 0000. Out of hours: 07700 900000.",
                     "By wire staff, Kyiv bureau", "By the Security Briefing team", "(Defence Correspondent / Wire services)",
                     "Jane Roe — Reporter. John Doe — News editor."] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) != .text, "\(line)")
        }
        // Captions closed by a slashed credit in brackets or a copyright notice.
        #expect(LineClassifier.classify(TextLine("The minister speaks to reporters on Tuesday. (Jane Roe/The Courier)")) != .text)
        #expect(LineClassifier.classify(TextLine("Leaders pose for a photo at the palace on Tuesday. Copyright AP Photo/John Doe")) != .text)
        // (The article's own sentences stay: about a writer, a team, a release, a survey credited in brackets.)
        for line in ["The writer of the letter, a former ambassador, said the allies would pool their spare parts.",
                     "By the end of the month the team will have delivered the first spare parts.",
                     "The release of the second tranche was approved on Monday.",
                     "Support for the pledge rose to 61 percent in the poll (Reuters/Ipsos) published on Monday."] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) == .text, "\(line)")
        }
    }

    @Test func digestCreditsOutletSigningsAndPlayerLinesAreChrome() {
        for line in ["Compiled by Jane Roe and John Doe", "Live blog by Jane Roe", "Interview by Northern Security Review",
                     "From wire reports", "Pinned: Summary of the day so far", "Defence Courier staff", "Northern Observer Wire",
                     "Staff reporter in Gdańsk", "(Economic Wire Service)", "Listen · 6 min", "Listen | Share", "A A A",
                     "Comments   Share this article", "The comments below have not been moderated.",
                     "View online | Add us to your address book",
                     "Jane Roe is a visiting fellow at a Nordic think tank. She writes about Baltic security.",
                     "Ministry of Defence and The Rt Hon Jane Roe MP",
                     "The minister speaks to the media in Brussels   -   Copyright  AP Photo/Jane Roe"] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) != .text, "\(line)")
        }
        // Latin-1 punctuation (·, «, », ©, NBSP), arrows, shapes and emoji leave no stray byte in a
        // line's key, so such lines still match the lexicon.
        #expect(TextLine("Listen · 6 min «now» ©\u{00A0}2025").key == "listen 6 min now 2025")
        #expect(TextLine("🔊 Listen to this article").key == "listen to this article")
        #expect(TextLine("Next → ▶ ★ ελλάδα").key == "next ελλάδα")
        for line in ["🔊 Listen to this article", "Von unserem Korrespondenten in Brüssel", "We rely on readers like you. Donate today.",
                     "UIN 88412, tabled on 27 October 2025", "Note from the author:",
                     "Prime Minister's Office, 10 Downing Street", "Ministry of Defence", "Ministry of Defence (Norway)"] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) != .text, "\(line)")
        }
        // (A statement signed by its author, and the article's own sentences about staff and wires, stay.)
        for line in ["— The Rt. Hon. Jane Roe, Prime Minister", "The wire service reported that the staff had left the depot on Monday.",
                     "Pinned down by artillery, the brigade held the line for three days.",
                     "Officials hope to learn more about the attack on Tuesday.",
                     "He writes on Telegram that the ministry will send more generators.",
                     "\"Help us keep the lights on,\" the mayor told the ministers.",
                     "Ministry of Defence officials said the first shipments had left."] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) == .text, "\(line)")
        }
    }

    @Test func transcriptAndLivePageNotesClosingMarksAndSignedPicturesAreChrome() {
        for line in ["-ENDS-", "END", "Updates are listed newest first. Refresh for the latest.",
                     "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
                     "This transcript may not be reproduced in whole or in part without prior written permission.",
                     "Delivered on: 2 June 2026 (Transcript of the speech, exactly as it was delivered)",
                     "Northern Wire © 2026. Use of materials only with a hyperlink.", "All quotes delayed a minimum of 15 minutes.",
                     "A tank before shipment. (Supplied: Department of Defence)",
                     "Defence ministers arrive at NATO headquarters in Brussels on Thursday. REUTERS/Jane Roe"] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) != .text, "\(line)")
        }
        // (The end of a war, a supply ended, a paragraph naming an agency's photographer and a
        // source in brackets stay.)
        for line in ["The end of the war is not in sight, the minister said.",
                     "Ukraine received €5 billion in the first quarter. (Source: Kiel Institute)",
                     "The photographs were taken by REUTERS/Jane Roe and others on the front line near Pokrovsk, the agency said."] {
            #expect(LineClassifier.classify(TextLine(Substring(line))) == .text, "\(line)")
        }
    }
}
