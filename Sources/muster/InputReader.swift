import Foundation

/// Reads a command's input file or standard input, with a size limit checked before reading all.
enum InputReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" {
            // Read at most one byte past the limit, so an endless pipe cannot fill memory.
            let data = FileHandle.standardInput.readData(ofLength: maxBytes == Int.max ? Int.max : maxBytes + 1)
            if data.count > maxBytes {
                throw Failure(description: "input is over the limit of \(maxBytes) bytes (raise it with --max-bytes)")
            }
            return [UInt8](data)
        }
        let url = URL(fileURLWithPath: path)
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw Failure(description: "cannot read: no such file")
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            throw Failure(description: "is a directory, expected a file")
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            throw Failure(description: "input is \(size) bytes, over the limit of \(maxBytes) (raise it with --max-bytes)")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure(description: "cannot read: permission denied")
        }
        return [UInt8](data)
    }

    /// CSV files (`muster import`, `muster rates import`) may be far larger than one article,
    /// but not unbounded: 1 GiB, well above a million-entry ledger's export of claims.
    static let csvMaxBytes = 1 << 30

    /// A CSV or other text input, read whole under `csvMaxBytes`, as UTF-8.
    static func readText(_ path: String) throws -> String {
        String(decoding: try read(path, maxBytes: csvMaxBytes), as: UTF8.self)
    }

    /// The document id: the file name without its extensions ("seed-0001.txt" → "seed-0001").
    static func documentID(for path: String) -> String {
        if path == "-" { return "stdin" }
        var name = URL(fileURLWithPath: path).lastPathComponent
        for suffix in [".gz", ".html", ".htm", ".txt", ".xhtml"] where name.lowercased().hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        for suffix in [".html", ".htm", ".txt"] where name.lowercased().hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name
    }
}
