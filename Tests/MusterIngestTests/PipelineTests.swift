import Foundation
import Testing
@testable import MusterIngest

@Suite struct PipelineTests {
    @Test func refusesEmptyAndBinaryInput() {
        let pipeline = IngestPipeline()
        #expect(throws: IngestError.empty) { try pipeline.ingest([], id: "x") }
        #expect(throws: IngestError.binary) { try pipeline.ingest([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2], id: "x") }
    }

    @Test func refusesInputOverTheLimit() {
        let pipeline = IngestPipeline(maxBytes: 10)
        #expect(throws: IngestError.tooLarge(bytes: 11, limit: 10)) {
            try pipeline.ingest(Array("hello world".utf8), id: "x")
        }
    }

    @Test func detectsHTMLAndText() {
        #expect(InputKind.detect("  <!DOCTYPE html><html><body>x</body></html>") == .html)
        #expect(InputKind.detect("Home > en\n27 views\n\nA headline\n\nBody text.") == .text)
    }

    @Test func decodesDeclaredLatin1AndReportsBadUTF8() {
        let latin1: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body>caf".utf8) + [0xE9]
        #expect(TextDecoding.decode(latin1).text.hasSuffix("café"))
        let broken: [UInt8] = Array("abc".utf8) + [0xFF, 0xFE, 0x41]
        let result = TextDecoding.decode(broken + Array("<meta charset=utf-8>".utf8))
        #expect(result.text.contains("\u{FFFD}"))
        #expect(result.warnings.first?.contains("invalid UTF-8") == true)
    }
}
