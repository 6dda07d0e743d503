import CLibXML2

/// What the words of a `class`, `id` or `role` value say about an element. Words are split at
/// any non-alphanumeric byte and at camelCase humps, lower-cased, and looked up by hash, so
/// `share-bar`, `shareBar` and `share_bar` all say "share". General vocabulary of page chrome;
/// no site's particular class names.
struct TokenRoles: OptionSet, Sendable {
    let rawValue: UInt8
    /// Page chrome: sharing, ads, comments, navigation, related links, cookie banners…
    static let boilerplate = TokenRoles(rawValue: 1)
    /// Readability's "negative" words: lowers the element's score without removing it.
    static let negative = TokenRoles(rawValue: 2)
    /// Readability's "positive" words: content, article, story…
    static let positive = TokenRoles(rawValue: 4)
    /// Visually hidden helpers (`sr-only`, `hidden`).
    static let hidden = TokenRoles(rawValue: 8)
    /// A tag or category link.
    static let tagLike = TokenRoles(rawValue: 16)
    /// Readability's "maybe a candidate" words: an element named `article-header` or
    /// `box article modal` is part of the article, whatever else its name says.
    static let contentName = TokenRoles(rawValue: 32)
    /// Embedded posts (tweets, Instagram): quoted in the story, part of its text.
    static let embed = TokenRoles(rawValue: 64)
    /// "dateline": on a block it is the date line of the page; on a run inside the first
    /// paragraph it is the journalistic dateline ("KYIV —"), which is article text.
    static let dateline = TokenRoles(rawValue: 128)

    static func of(_ value: UnsafePointer<xmlChar>) -> TokenRoles {
        var roles = TokenRoles()
        var hash = WordHash.offset
        var length = 0
        // The whole class name with its separators dropped: "off-screen" → "offscreen".
        var nameHash = WordHash.offset
        var nameLength = 0
        var index = 0
        var previousLower = false
        while true {
            let byte = value[index]
            let isUpper = byte >= 65 && byte <= 90
            let isAlnum = isUpper || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            // A word ends at a separator, at the end, or where camelCase starts a new word.
            if !isAlnum || (isUpper && previousLower) {
                if length > 0, let role = vocabulary[hash] { roles.formUnion(role) }
                hash = WordHash.offset
                length = 0
            }
            if byte == 0 || XMLBytes.isSpace(byte) {
                if nameLength > length, let role = names[nameHash] { roles.formUnion(role) }
                nameHash = WordHash.offset
                nameLength = 0
            }
            if byte == 0 { break }
            if isAlnum {
                let lowered = isUpper ? byte + 32 : byte
                hash = WordHash.add(lowered, to: hash)
                length += 1
                nameHash = WordHash.add(lowered, to: nameHash)
                nameLength += 1
            }
            previousLower = isAlnum && !isUpper
            index += 1
        }
        return roles
    }

    /// Compound class names that only mean something whole.
    private static let names: KeyTable<TokenRoles> = {
        var table: [UInt64: TokenRoles] = [:]
        for name in "offscreen visuallyhidden sronly screenreadertext screenreaderonly srtext".split(separator: " ") {
            table[WordHash.of(name.utf8)] = .hidden
        }
        // Counters and reading-time badges ("27 views", "2 min read").
        for name in "readingtime readtime minread postviews viewcount commentcount commentscount sharecount"
            .split(separator: " ") {
            table[WordHash.of(name.utf8)] = .boilerplate
        }
        return KeyTable(table.map { ($0.key, $0.value) })
    }()

    private static let vocabulary: KeyTable<TokenRoles> = {
        var table: [UInt64: TokenRoles] = [:]
        func add(_ role: TokenRoles, _ words: String) {
            for word in words.split(separator: " ") {
                table[WordHash.of(word.utf8), default: []].formUnion(role)
            }
        }
        add(.boilerplate, """
            share shares sharing sharebar social socials newsletter newsletters related comment comments \
            commenting disqus ad ads adv advert adverts advertisement advertisements advertising adsbygoogle \
            adslot adunit dfp cookie cookies consent gdpr promo promos promotion promoted sponsor sponsored \
            outbrain taboola sidebar breadcrumb breadcrumbs nav navbar navigation menu footer masthead \
            subscribe subscription signup popup modal banner recommended recommendation recommendations \
            trending popular toolbar byline tags pagination pager rss skip caption captions credit credits \
            author authors bio notification overlay tooltip dropdown cta recirc carousel playlist \
            rollover popover hovercard timestamp \
            header topbar login signin follow print views donate donation
            """)
        add(.negative, """
            meta media tool tools scroll contact foot footnote shopping hid extra supplemental community \
            remark replies shoutbox skyscraper combx com widget widgets date time
            """)
        add(.positive, """
            article articlebody articletext body content contents entry hentry main post story text blog \
            prose richtext
            """)
        add(.contentName, "article articles body column content contents main shadow")
        add(.contentName, "embed embedded")
        add([.contentName, .embed], "tweet twitter instagram")
        add(.dateline, "dateline")
        add(.hidden, "hidden sr visuallyhidden hide invisible offscreen")
        add(.tagLike, "tag tags category categories topic topics keyword keywords")
        return KeyTable(table.map { ($0.key, $0.value) })
    }()
}

/// FNV-1a over lower-cased word bytes.
enum WordHash {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(offset) { add($1, to: $0) }
    }
}
