/// Phrases of site chrome that survive copy-paste, matched against `TextLine.key` (lower-case
/// ASCII words separated by single spaces). Kept as data so that a new site's prompt is one
/// more entry, not a new rule.
enum ChromeLexicon {
    /// Whole lines that are widgets, prompts or section labels.
    static let wholeLines: Set<String> = [
        "page loader", "summarize", "summary", "share", "share this", "share this article",
        "share this story", "share article", "tweet", "print", "email", "e mail", "copy link",
        "link copied", "show more", "show less", "load more", "see more", "read more", "more",
        "leave a reply", "leave a comment", "comments", "comment", "add comment", "advertisement",
        "advertising", "sponsored", "sponsored content", "ad", "related", "related articles",
        "related news", "related stories", "related posts", "related content", "read also",
        "see also", "also read", "read next", "up next", "more from", "more news", "more stories",
        "most read", "most popular", "most viewed", "popular", "trending", "trending now",
        "latest", "latest news", "top stories", "top news", "breaking news", "you may also like",
        "you might also like", "recommended", "recommended for you", "english section",
        "what s the story", "key points", "key takeaways", "highlights", "story highlights",
        "in short", "quick read", "tl dr", "listen", "listen to this article", "listen to article",
        "this audio is created with ai assistance", "skip to content", "skip to main content",
        "menu", "search", "subscribe", "subscribe now", "sign in", "sign up", "log in", "login",
        "register", "follow us", "newsletter", "cancel reply", "post comment", "tags", "topics",
        "back to top", "close", "next", "previous", "next article", "previous article",
        "next story", "previous story", "google news", "home", "news", "world", "video",
        "videos", "photo", "photos", "gallery", "watch", "play", "pause", "mute", "loading",
        "please wait", "advertisement scroll to continue", "scroll to continue with content",
        "continue reading", "view comments", "show comments", "hide comments", "join the conversation",
        "donate", "support us", "contribute", "related topics", "explore more", "in this article",
        "table of contents", "contents", "editor s picks", "editors picks", "must read",
        "opinion", "analysis", "exclusive", "live", "updated", "published", "save", "saved",
        "reuse this content", "purchase licensing rights", "our standards", "suggested topics",
        "share save", "bookmark", "add to favorites", "follow", "unfollow", "print article",
        "font size", "text size", "report", "feedback", "subscribe to newsletter",
        "name", "website", "post navigation", "previous post", "next post", "related posts",
        "you may have missed", "admin", "by admin", "posted by admin", "reporter", "editor",
        "correspondent", "senior editor", "news editor", "staff writer", "journalist",
        "senior correspondent", "foreign correspondent", "contributor", "author",
        "show key events only", "key events", "hansard source",
        "annonce", "annons", "anzeige", "reklama", "publicidade", "publicidad", "pubblicità", "werbung",
        // Share widgets spelled out, list markers of screen readers, keyword labels.
        "facebook", "twitter", "whatsapp", "linkedin", "telegram", "copylink", "copy link", "x formerly twitter",
        "end of list", "keywords", "comments are now closed", "comments are closed",
        // Government portals' page tools and share widgets with their confirmation glued on.
        "print this page", "get emails about this page", "copy link copied", "link copied copy link", "share copy link",
        "this article has been updated",
        // A US government site's banner and section menu ("Here's how you know", "Releases").
        "here s how you know", "releases", "release", "transcripts", "speeches", "spotlights", "about",
        "press releases", "news releases", "key events show key events only", "a a a", "learn more",
        "note from the author", "lire en français", "tip the newsroom",
        // A press release's and a transcript's closing marks ("-ENDS-", "END").
        "ends", "end",
    ]

    /// The buttons of a share row.
    static let shareWidgets: Set<String> = [
        "share", "save", "print", "tweet", "email", "mail", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
        "copy", "link", "reddit", "messenger", "pinterest", "bookmark", "viber", "bluesky", "threads", "flipboard",
        // ("Listen | Share", "Comments   Share this article".)
        "listen", "comments", "this", "article",
    ]

    /// Line openings that make the whole line a prompt or a pointer elsewhere.
    static let openings: [String] = [
        "read also ", "read more ", "also read ", "see also ", "related ", "more on ",
        "subscribe to ", "subscribe for ", "sign up ", "support our ", "support independent ",
        "become a member", "become a patron", "become a supporter", "follow us ", "follow our ",
        "join our ", "join us on ", "download our ", "get the latest ",
        "click here", "to learn about the disclaimer", "disclaimer ", "copyright ",
        "all rights reserved", "share this ", "share on ", "share via ", "reporting by ",
        "editing by ", "written by ", "edited by ", "additional reporting by ", "tags ",
        "topics ", "filed under ", "this audio ", "listen to ", "read the full ", "read the original ",
        "photo gallery", "sponsored by ", "advertisement ", "we use cookies",
        "this website uses cookies", "by continuing to use", "you must be logged in",
        "please enable javascript", "enable javascript", "make a donation", "donate now",
        "donate to ", "if you enjoyed ", "if you value ",
        "don t miss ", "never miss ", "stay informed", "stay up to date", "report an error",
        "report a typo", "found a typo", "spotted a mistake", "have a news tip",
        "have a story tip", "contact us ", "you may also like", "you might also like",
        "recommended ", "more from ", "most read ", "popular now", "trending now", "load more",
        "image caption", "image source", "media caption", "photo caption", "caption ",
        "our standards", "purchase licensing", "suggested topics", "save articles",
        "save to read later", "reuse this content", "explore more", "story continues",
        "article continues", "continue reading", "when citing", "citing and using",
        "the views and opinions", "the opinions expressed", "this article was originally published",
        "this story was originally published", "originally published ", "add as preferred source",
       
        "follow the latest", "get the app", "download the app",
        "this article is more than", "reporting from ", "your email address will not be published",
        "required fields are marked", "save my name", "post navigation", "previous post",
        "next post", "you may have missed", "posted by ", "posted in ",
        "photo for illustrative", "illustrative photo", "illustrative image", "photo illustration",
        "file photo", "support us ", "become a member", "support our work", "support our newsroom",
        "enjoyed this ", "get email alerts", "email alerts ", "was this article ", "was this summary ",
        "was this page ", "was this helpful", "privacy notice", "please turn on javascript",
        "view this email", "view in browser", "forward this ", "duration ", "print share ",
        "do you have an opinion on",
        // Press-office furniture and a broadcaster's trust note: "Press release from Ministry of
        // Defence", "Why you can trust Sky News", "Read a summary of this article on FAST.",
        // "Forwarded this email? Subscribe here."
        "press release from ", "why you can trust ", "read a summary of this article", "forwarded this email",
        "we ve been working hard to bring you",
        // Notes on the article itself: "This article was amended on …", "This article was written
        // with material from Reuters", "Updates with Kremlin comment in paragraph 8", paywall meters.
        "this article was ", "this article is available", "updates with ", "you are reading a free article",
        // Read-aloud and paywall notes: "The audio version of this article is generated by
        // text-to-speech", "This article is free to read. Support our reporting: donate today."
        "the audio version of this article", "this article is free to read",
        // ".gov" banners ("Official websites use .gov", "A .gov website belongs to …"), a readout's
        // attribution ("Attributed to Chief Pentagon Spokesman …"), an opinion writer's note ("The
        // writer is a former ambassador …"), sponsors ("Presented by …"), closed comments and
        // newsletter pickers ("Choose which … products you want delivered to your inbox").
        "official websites use", "a gov website belongs", "secure gov websites", "attributed to ", "the writer is ",
        "the author is ", "presented by ", "choose which ",
        // Credits and labels of digests and live pages: "Compiled by …", "Live blog by …",
        // "Interview by …", "From wire reports", "Pinned: Summary of the day", "Sponsored: Register now …".
        "compiled by ", "live blog by ", "interview by ", "from wire reports", "pinned summary", "sponsored ",
        // German bylines ("Von unserem Korrespondenten in Brüssel") and a parliament's question
        // numbers ("UIN 88412, tabled on 27 October 2025").
        "von unserem ", "uin ",
        // Bylines of a paper's own staff ("From our correspondents in Kyiv"), section labels
        // ("Topic: …"), editors' credits and German-language page furniture.
        "from our correspondent", "from our correspondents", "topic ", "editor ", "foto ", "auch interessant",
        "comments are moderated", "author of the article",
        // The same prompts on local pages in their own language: "read also", "share", "listen to
        // the article", "text:", "in the picture:", "by the newsroom".
        "læs også", "les også", "läs också", "lees ook", "lesen sie auch", "čtěte také", "czytaj także",
        "czytaj też", "lire aussi", "à lire aussi", "leia também", "leia mais", "lea también", "leggi anche",
        "lasiet arī", "loe ka", "lue myös", "skaitykite taip pat", "sdílet", "del på", "teilen", "partilhar",
        "compartir", "condividi", "udostępnij", "dalīties", "lyt til artiklen", "lytt til artikkelen",
        "lyssna på artikeln", "artikel anhören", "klausīties", "teksts ", "attēlā ", "por redação", "por redacción",
        "přihlaste se", "přidat komentář", "odebírejte", "tilmeld dig", "abonnieren sie",
    ]

    /// Phrases that mark a line as chrome wherever they occur in it, for lines short enough to
    /// be a prompt rather than a paragraph that happens to mention one.
    static let containedPhrases: [String] = [
        "click here", "all rights reserved", "disclaimer of liability", "subscribe to our",
        "sign up for our", "our newsletter", "in your inbox", "ai assistance",
        "support our journalism", "support independent journalism", "make a donation",
        "donate now", "become a patron", "leave a reply", "you must be logged in",
        "views expressed", "do not necessarily reflect", "cookie policy", "privacy policy",
        "terms of use", "terms of service", "min read", "minute read", "minutes read",
        "reading time", "follow us on", "join our telegram", "our telegram channel",
        "whatsapp channel", "google news", "permission is prohibited",
        "link to the source", "hyperlink to", "is required when using", "hyperlinks",
        "are mandatory", "contributed to this report", "contributed reporting", "opens new tab",
        "open new tab", "sign up here", "share on facebook", "share on x", "share on twitter",
        "save articles", "reading list", "patreon", "buy me a coffee",
        "with the written permission", "written consent", "will not be published",
        "required fields", "next time i comment", "our patron", "illustrative purposes", "support us to",
        "support us today", "support our work", "independent journalism", "is a reporter",
        "is a journalist", "is a correspondent", "is an editor", "is a senior editor",
        "is a staff writer", "is a news editor", "is a freelance", "is a contributing",
        "become a member", "sign up now", "keep us independent", "forward it to a friend",
        "receiving this email", "unsubscribe", "embed link", "embed code",
        "turn on javascript", "font size", "text size", "is mandatory", "text to speech",
        "support our reporting", "community guidelines", "press ctrl enter", "by subscribing",
        "quality journalism", "traditional custodians", "ask for your support", "join our community",
        "on facebook and", "lesedauer", "unofficial translation", "telegram channel", "consider supporting us",
        "consider supporting our", "newsletter promotion", "of this article left", "reply to this email",
        // An agency's note that its site carries only part of its wire.
        "contains only a portion of the news",
        // Ad slots, cookie banners and newsletters of local pages in their own language.
        "fortsætter under annoncen", "fortsetter under annonsen", "fortsätter under annonsen",
        "bruger cookies", "bruker cookies", "använder cookies", "utiliza cookies", "usa cookies",
        "verwendet cookies", "používá cookies", "plików cookie", "utilise des cookies", "utilizza i cookie",
        "accepter alle", "alle akzeptieren", "aceitar todos", "aceptar todo", "přijmout vše",
        "nyhedsbrev", "nyhetsbrev", "náš newsletter", "nasz newsletter", "komentářů", "komentarzy",
        // Author notes under the article: "… covers European defence for Defence Insight. Follow
        // him on X.", "Views are the author's own.", "(Agence France-Presse / staff report)".
        "follow him on", "follow her on", "the author s own", "staff report", "by the editorial team",
        // Ad slots that announce themselves: "This advertisement has not loaded yet, but your
        // article continues below."
        "advertisement has not loaded", "article continues below", "story continues below",
        // Reader-funding appeals and press-office contacts: "Help us keep doing it. The … is funded
        // by its readers.", "Press office contact: MOD News Desk, 020 …". (Not "learn more" or "he
        // writes on": "Officials hope to learn more", "He writes on Telegram that …" are news.)
        "help us keep doing it", "funded by its readers", "funded by our readers", "press office contact", "out of hours",
        "to your inbox", "have not been moderated", "comments are closed", "he writes about", "she writes about",
        "our journalism depends", "support independent reporting", "view online", "address book",
        "readers like you", "donate today", "partners use cookies", "forward it to a colleague", "request a demo",
        "notification icon",
        // Live pages' and transcripts' notes on themselves: "Updates are listed newest first.
        // Refresh for the latest.", "THIS IS A RUSH TRANSCRIPT …", "This transcript may not be
        // reproduced …", a speech page's "Transcript of the speech, exactly as it was delivered",
        // a wire's "Use of materials only with a hyperlink", a market widget's "All quotes delayed …".
        "listed newest first", "refresh for the latest", "rush transcript", "may not be reproduced",
        "exactly as it was delivered", "use of materials only", "quotes delayed",
    ]

    /// Lines that introduce a list of links to other articles: the short lines after them
    /// are related-article headlines until a paragraph of body text resumes.
    static let relatedMarkers: Set<String> = [
        "related", "related articles", "related news", "related stories", "related posts",
        "related content", "related topics", "read also", "see also", "also read", "read next",
        "up next", "more from", "more news", "more stories", "most read", "most popular",
        "most viewed", "popular", "trending", "trending now", "latest", "latest news",
        "top stories", "top news", "you may also like", "you might also like", "recommended",
        "recommended for you", "editor s picks", "editors picks", "must read", "explore more",
        "more on this story", "more on this topic", "read more", "trending news", "latest headlines",
        "latest stories", "top headlines", "more headlines", "news feed", "in other news",
        "next article", "previous article", "next story", "previous story", "next post", "previous post",
    ]

    /// Names of site sections and world regions that menus list side by side.
    static let menuWords: Set<String> = [
        "home", "news", "world", "sport", "sports", "business", "economy", "markets", "money",
        "innovation", "culture", "arts", "travel", "earth", "video", "videos", "live", "audio",
        "podcasts", "podcast", "opinion", "opinions", "life", "lifestyle", "tech", "technology",
        "science", "health", "politics", "europe", "africa", "asia", "pacific", "americas", "america",
        "latin", "middle", "east", "west", "north", "south", "us", "uk", "canada", "australia",
        "international", "national", "local", "regions", "weather", "entertainment", "style",
        "food", "photos", "multimedia", "features", "analysis", "newsletters", "more", "menu",
        "education", "environment", "climate", "defence", "defense", "security", "war", "finance",
        "media", "society", "books", "film", "music", "games", "reel", "shows", "tv", "radio",
        "magazine", "explainers", "investigations", "latest", "trending", "global", "asean",
    ]

    /// Site section labels and kickers printed above a headline or a body ("English Section").
    static let sectionWords: Set<String> = ["section", "sections", "rubric", "category", "channel"]

    /// News agencies whose names appear as credits: "(AP Photo/…)", "/TASS/.", "(Reuters)".
    static let agencies: Set<String> = [
        "ap", "afp", "reuters", "epa", "tass", "ria", "interfax", "ukrinform", "unian", "xinhua",
        "ani", "app", "pti", "ians", "dpa", "anadolu", "pap", "bloomberg", "getty", "efe", "ansa",
        "yonhap", "kyodo", "bbc", "apa", "bta", "lusa", "belta", "sputnik", "upi", "cna",
        "bernama", "wam", "irna", "kyivpost", "shutterstock", "sipa", "abaca", "zuma", "nurphoto",
    ]

    /// Words that show a parenthesis or line is a picture credit.
    static let photoWords: Set<String> = [
        "photo", "photos", "photograph", "photographer", "image", "images", "picture", "pictured",
        "credit", "credits", "courtesy", "file", "illustration", "screenshot", "screengrab", "copyright",
    ]

    /// Widget labels sometimes carry a counter glued on ("share2", "Comments 14").
    static func isWholeLine(_ key: String) -> Bool {
        if wholeLines.contains(key) { return true }
        var trimmed = Substring(key)
        while let last = trimmed.last, last.isASCIIDigit || last == " " { trimmed.removeLast() }
        return trimmed.count < key.count && !trimmed.isEmpty && wholeLines.contains(String(trimmed))
    }

    static func opensPrompt(_ key: String) -> Bool {
        let spaced = key + " "
        return openings.contains { spaced.hasPrefix($0) }
    }

    /// Whether a contained phrase occurs in `key` on word boundaries: `" " + phrase + " "`
    /// within `" " + key + " "`. Such a match starts at a space, so only the spaces of the padded
    /// key are tried, and at each only the phrases whose two bytes after the space match (one
    /// table probe), instead of searching the whole line once per phrase.
    static func containsPrompt(_ key: String) -> Bool {
        var padded = " " + key + " "
        return padded.withUTF8 { bytes in
            let count = bytes.count
            var start = 0
            while start + 2 < count {
                if bytes[start] == 0x20, promptPairs[pairIndex(bytes[start + 1], bytes[start + 2])] {
                    for phrase in promptsByPair[pairIndex(bytes[start + 1], bytes[start + 2])] ?? []
                    where phrase.count <= count - start && phrase.indices.allSatisfy({ bytes[start + $0] == phrase[$0] }) {
                        return true
                    }
                }
                start += 1
            }
            return false
        }
    }

    private static func pairIndex(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// The contained phrases with a space each side, so that matches fall on word boundaries,
    /// grouped by the two bytes after the leading space.
    private static let promptsByPair: [Int: [[UInt8]]] = Dictionary(
        grouping: containedPhrases.filter { !$0.isEmpty }.map { Array((" " + $0 + " ").utf8) },
        by: { pairIndex($0[1], $0[2]) })
    /// `promptsByPair` as a bitmap, so that most words are rejected without hashing.
    private static let promptPairs: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 16)
        for pair in promptsByPair.keys { table[pair] = true }
        return table
    }()
}
