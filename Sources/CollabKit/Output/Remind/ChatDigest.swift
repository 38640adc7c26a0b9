/// Splits a digest into messages that each fit their platform's limit, at department
/// boundaries where one department fits in a message, else at owner boundaries, else
/// between items; every item is in exactly one message. Each message repeats the title
/// (with its part, "2/3"), names the channels of its collaborations once, and repeats the
/// department and owner it continues.
///
/// Sizes are added up line by line (`ChatPlatform.increment`: exactly what a line adds, or
/// a byte more), so finding where each message ends costs one pass; every message is then
/// rendered once and measured as a whole.
public enum ChatDigest {
    /// One JSON document per message, in order.
    public static func messages(_ digest: ReminderDigest, for platform: ChatPlatform, language: Language) -> [String] {
        guard !digest.isEmpty else { return [] }
        let entries = DigestText.entries(digest)
        let items = digest.itemCount
        let widest = DigestLine.title(DigestText.title(digest, part: "\(entries.count)/\(entries.count)", items: items).text(language))
        let base = platform.message([widest], language).size
        var pieces = entries.map { DigestText.piece(digest, $0, cut: .chat, language) }
        func size(_ lines: [DigestLine]) -> Int { lines.reduce(0) { $0 + platform.increment($1) } }
        // What each piece adds, but for its channel: after another department's piece (or
        // first), after another owner's, after the same owner's.
        func sizes(_ piece: DigestPiece) -> (department: Int, owner: Int, item: Int) {
            let item = size(piece.body), owner = size([piece.owner])
            return (size([piece.department]) + owner + item, owner + item, item)
        }
        var sized = pieces.map(sizes)
        for index in pieces.indices {
            let channel = pieces[index].channel.map { size([pieces[index].channelLine([$0])]) } ?? 0
            if base + sized[index].department + channel > platform.limit {
                pieces[index] = DigestText.piece(digest, entries[index], cut: .tight, language)
                sized[index] = sizes(pieces[index])
            }
        }
        func increment(_ index: Int, after previous: DigestEntry?) -> Int {
            if previous?.group != entries[index].group { return sized[index].department }
            return previous?.owner != entries[index].owner ? sized[index].owner : sized[index].item
        }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < entries.count {
            var end = start, total = base
            // The channels named so far in this message (its first piece draws the one
            // channel line under the title), and the line's size.
            var channels: [ReminderGroup.Channel] = [], named: Set<String> = [], channelSize = 0, full = false
            while end < entries.count {
                let piece = pieces[end]
                var more = increment(end, after: end > start ? entries[end - 1] : nil)
                var grown = channelSize
                if let channel = piece.channel, !named.contains(channel.collaboration), !full {
                    grown = size([pieces[start].channelLine(channels + [channel])])
                    more += grown - channelSize
                }
                if end > start && total + more > platform.limit { break }
                total += more
                if let channel = piece.channel, named.insert(channel.collaboration).inserted {
                    channels.append(channel)
                    if !full { full = pieces[start].channelLineIsFull(channels) }
                }
                channelSize = grown
                end += 1
            }
            if end < entries.count {
                end = boundary(entries, start, end) { $0.group } ?? boundary(entries, start, end) { $0.owner } ?? end
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges.enumerated().map { index, range in
            let part = ranges.count == 1 ? nil : "\(index + 1)/\(ranges.count)"
            let title = DigestLine.title(DigestText.title(digest, part: part, items: items).text(language))
            return platform.message([title] + DigestPiece.lines(pieces[range]), language).body
        }
    }

    /// The last place in `start + 1 ... end` where a new department (or owner) begins.
    private static func boundary(_ entries: [DigestEntry], _ start: Int, _ end: Int,
                                 _ key: (DigestEntry) -> Int) -> Int? {
        stride(from: end, to: start, by: -1).first { index in
            key(entries[index]) != key(entries[index - 1]) || entries[index].group != entries[index - 1].group
        }
    }
}
