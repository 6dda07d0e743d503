import MusterCore
import MusterExtract
import MusterIngest

/// The claims `muster ingest` stores for a document: what MusterExtract reads in its
/// sentences, dated by the document's own publication date, each with the learned model's
/// confidence in it (nil for events and incidents), which orders the review queue.
func extractClaims(_ document: IngestedDocument, extractor: ClaimExtractor = ClaimExtractor())
    -> (claims: [Claim], confidences: [Double?])
{
    let explained = extractor.explain(sentences: document.sentences, published: document.record.published,
                                      title: document.record.title)
    return (explained.map(\.claim), explained.map(\.confidence))
}
