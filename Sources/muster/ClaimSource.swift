import MusterCore
import MusterIngest

/// The claims `muster ingest` stores for a document.
///
/// The claim extractor (MusterExtract) is being written in parallel; the lead wires it into
/// this one function on merge. Until then ingest stores documents without claims, except
/// for `.jsonl` inputs, which carry their claims (see IngestCommand).
func extractClaims(_ document: IngestedDocument) -> [Claim] {
    []
}
