extension DigestText {
    /// The entries (department group, owner, item) in digest order.
    static func entries(_ digest: ReminderDigest) -> [DigestEntry] {
        digest.groups.enumerated().flatMap { g, group in
            group.owners.enumerated().flatMap { o, owner in owner.items.indices.map { DigestEntry(group: g, owner: o, item: $0) } }
        }
    }

    /// An entry's lines: its department's heading, its owner, and the item with its latest
    /// progress. `cut` is for a chat message: it names departments and collaborations by
    /// name and shortens long values; nil for text and Markdown.
    static func piece(_ digest: ReminderDigest, _ entry: DigestEntry, cut: DigestCut?, _ language: Language) -> DigestPiece {
        let line = { (text: String) in cut?.line(text) ?? text }
        let group = digest.groups[entry.group]
        let owner = group.owners[entry.owner]
        let item = owner.items[entry.item]
        let heading = department(group, continued: entry.owner > 0 || entry.item > 0, chat: cut != nil)
        return DigestPiece(entry: entry, cut: cut, language: language,
                           department: .department(line(heading.text(language))),
                           channel: item.namedChannel,
                           owner: .owner(line(owner.owner.map(oneLine) ?? noOwner().text(language)), owner.contact),
                           body: [.item(line(self.item(item, cut: cut).text(language))),
                                  .detail(line(latest(item, noteWidth: cut?.noteWidth).text(language)))])
    }

    /// The whole digest as lines: the title, the channel line, then each department, owner
    /// and item.
    static func lines(_ digest: ReminderDigest, _ language: Language) -> [DigestLine] {
        let pieces = entries(digest).map { piece(digest, $0, cut: nil, language) }
        return [.title(title(digest, part: nil).text(language))] + DigestPiece.lines(pieces[...])
    }
}

/// Where an item is in the digest: its department group, owner and place.
struct DigestEntry {
    var group: Int
    var owner: Int
    var item: Int
}

/// One item's lines (see `DigestText.piece`). A message names the channels of the
/// collaborations it holds once, under its title; it shows the department's heading where
/// its run of items starts, and each owner where the owner's items start.
struct DigestPiece {
    var entry: DigestEntry
    var cut: DigestCut?
    var language: Language
    var department: DigestLine
    var channel: ReminderGroup.Channel?
    var owner: DigestLine
    var body: [DigestLine]

    func channelLine(_ channels: [ReminderGroup.Channel]) -> DigestLine {
        let text = DigestText.channels(channels, chat: cut != nil).text(language)
        return .channel(cut?.line(text) ?? text)
    }

    /// Whether a channel line of `channels` is cut so far before its end that adding more
    /// collaborations leaves the cut line as it is.
    func channelLineIsFull(_ channels: [ReminderGroup.Channel]) -> Bool {
        guard let cut else { return false }
        return DigestText.channels(channels, chat: true).text(language).unicodeScalars.count > cut.lineScalars + 2
    }

    /// The lines of consecutive pieces in one message: the one channel line (drawn as the
    /// first piece draws it), then the departments.
    static func lines(_ pieces: ArraySlice<DigestPiece>) -> [DigestLine] {
        guard let first = pieces.first else { return [] }
        let channels = ReminderGroup.Channel.distinct(pieces.map(\.channel))
        var lines: [DigestLine] = channels.isEmpty ? [] : [first.channelLine(channels)]
        var previous: DigestEntry?
        for piece in pieces {
            if previous?.group != piece.entry.group {
                lines.append(piece.department)
                lines.append(piece.owner)
            } else if previous?.owner != piece.entry.owner {
                lines.append(piece.owner)
            }
            lines += piece.body
            previous = piece.entry
        }
        return lines
    }
}
