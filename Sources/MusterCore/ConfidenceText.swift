/// How the extractor's confidence in a claim (0–1) is shown to people, on the review page and in
/// the CLI alike: a whole percentage, "76%".
public func confidencePercent(_ confidence: Double) -> String {
    "\(Int((confidence * 100).rounded()))%"
}
