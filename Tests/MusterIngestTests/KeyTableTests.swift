import Testing
@testable import MusterIngest

@Suite struct KeyTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        let entries = (1...300).map { (UInt64($0) &* 0x1000_0001, $0) }
        let table = KeyTable(entries)
        for (key, value) in entries { #expect(table[key] == value) }
        #expect(table[7] == nil)
        #expect(table[UInt64.max] == nil)
    }

    @Test func recognisesTagsAndClassWords() {
        #expect(TagKind.of("blockquote") == .blockquote)
        #expect(TagKind.of("figcaption") == .figcaption)
        #expect(TagKind.of("custom-element") == .other)
        #expect(TokenRoles.of("social-share-bar").contains(.boilerplate))
        #expect(TokenRoles.of("relatedArticles").contains(.boilerplate))
        #expect(TokenRoles.of("article-header").contains(.contentName))
        #expect(TokenRoles.of("btn off-screen").contains(.hidden))
        #expect(TokenRoles.of("shareholders-meeting").isEmpty)
    }
}
