/// The meeting decisions a change added (docs/reference.md §8): a collaboration that reached
/// execute may be removed only when the same change records, in a meeting of another
/// collaboration — one that was there at base and still is — a decision naming it. (A
/// collaboration new at head cannot excuse the removal: it may be the removed one, copied.)
struct RemovalDecisions {
    /// The text of every decision that is new at head: in a meeting file new since base, or
    /// not among that file's decisions at base.
    private(set) var added: [String] = []

    /// `renames` maps a head id to its base id, so a renamed collaboration's meetings are
    /// compared with the same meetings at base.
    init(head: [Collaboration], base: TreeSnapshot, renames: [String: String]) throws(GitError) {
        for collaboration in head {
            let baseID = renames[collaboration.id] ?? collaboration.id
            var baseBlobs: [RecordFile: ObjectID]?
            for meeting in collaboration.meetings {
                let texts = (meeting.decisions?.items ?? []).compactMap { $0.text?.value }
                guard !texts.isEmpty, let bytes = collaboration.sources[meeting.file] else { continue }
                if baseBlobs == nil { baseBlobs = try base.blobIDs(baseID) }
                guard baseBlobs?.isEmpty == false else { break }  // new at head
                let was = baseBlobs?[meeting.file]
                guard was != ObjectID.blob(of: bytes) else { continue }
                var before = was == nil ? [] : Self.decisionTexts(try base.file(WorkspaceLayout.collaborationFile(baseID, meeting.file.fileName)))
                for text in texts {
                    if let index = before.firstIndex(of: text) { before.remove(at: index) } else { added.append(text) }
                }
            }
        }
    }

    /// Whether an added decision names `id`: the id as a word of its own, not a part of a
    /// longer id (`q3-data-sync` is not named by `q3-data-sync-2`).
    func name(_ id: String) -> Bool {
        added.contains { text in
            var rest = text[...]
            while let found = rest.firstRange(of: id) {
                let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
                let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
                if !Self.isIDCharacter(before) && !Self.isIDCharacter(after) { return true }
                rest = text[found.upperBound...]
            }
            return false
        }
    }

    private static func isIDCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character == "-" || ("a"..."z").contains(character) || ("0"..."9").contains(character)
    }

    /// The `text` of each decision of a meeting file's bytes, none when it does not parse.
    private static func decisionTexts(_ bytes: [UInt8]?) -> [String] {
        guard let bytes, let document = try? YAMLParser.parse(bytes),
              let items = document.root?.mapping?["decisions"]?.sequence?.items else { return [] }
        return items.compactMap { item in item.mapping?["text"]?.scalar.flatMap { $0.isNull ? nil : $0.text } }
    }
}
