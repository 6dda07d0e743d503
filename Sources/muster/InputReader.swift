import Foundation

/// Reads a command's input file or standard input, with a size limit checked before reading all.
enum InputReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
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
