import MusterCore
import MusterExtract
import MusterIngest

/// The claims `muster ingest` stores for a document: what MusterExtract reads in its
/// sentences, dated by the document's own publication date.
func extractClaims(_ document: IngestedDocument, extractor: ClaimExtractor = ClaimExtractor()) -> [Claim] {
    extractor.extract(sentences: document.sentences, published: document.record.published, title: document.record.title)
}
