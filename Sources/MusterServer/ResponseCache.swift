import Foundation

/// Response texts keyed by request URI and valid for one ledger version (the last entry's
/// sequence number). Every write to the ledger appends an entry, so a cached text is served
/// only while the ledger is exactly as it was when the text was made, whichever process
/// wrote to it. The one write that appends no entry, `rebuildProjection`, replays the same
/// entries into the same projection.
///
/// Bounded by total size: when full it starts over, which is cheap and keeps the hot pages.
final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (seq: Int64, text: String)] = [:]
    private var bytes = 0
    let capacityBytes: Int

    init(capacityBytes: Int = 64 * 1024 * 1024) {
        self.capacityBytes = capacityBytes
    }

    /// The text for `key` at ledger version `seq`, made (outside the lock) when missing.
    func text(for key: String, seq: Int64, make: () throws -> String) rethrows -> String {
        if let hit = lock.withLock({ entries[key] }), hit.seq == seq { return hit.text }
        let text = try make()
        let size = text.utf8.count
        guard size <= capacityBytes / 8 else { return text }
        lock.withLock {
            if bytes + size > capacityBytes {
                entries.removeAll(keepingCapacity: true)
                bytes = 0
            }
            if let old = entries[key] { bytes -= old.text.utf8.count }
            entries[key] = (seq, text)
            bytes += size
        }
        return text
    }
}
