import ArgumentParser

/// How a command prints data: an aligned table for people, JSON lines or CSV for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case jsonl
    case csv
}
