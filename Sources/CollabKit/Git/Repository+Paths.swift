import CGit2

extension Repository {
    /// The ids of the trees along `components` (root first) and of the final entry, read
    /// straight from the object database; `known` is the chain of another commit whose trees
    /// may be shared, so unchanged levels are not read again.
    func chain(root: ObjectID, _ components: [Substring], sharing known: [ObjectID?]?) throws(GitError) -> [ObjectID?] {
        var chain: [ObjectID?] = [root]
        var current: ObjectID? = root
        for (level, name) in components.enumerated() {
            if let known, level < known.count, known[level] == current {
                return chain + known[(level + 1)...]
            }
            guard let tree = current else { chain.append(nil); continue }
            current = try entryID(in: tree, named: name)
            chain.append(current)
        }
        return chain
    }

    /// The id of the entry `name` in the tree `tree`, scanning the raw tree object.
    func entryID(in tree: ObjectID, named name: Substring) throws(GitError) -> ObjectID? {
        let wanted = Array(name.utf8)
        var found: ObjectID?
        try scanTree(tree) { entryName, id in
            guard entryName.elementsEqual(wanted) else { return true }
            found = Self.objectID(id)
            return false
        }
        return found
    }

    /// Calls `visit` with each entry's raw name and 20-byte id (`mode name\0<id>` records),
    /// without building a tree, until it returns false.
    func scanTree(_ tree: ObjectID, _ visit: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Bool) throws(GitError) {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, pointer), "cannot open the object database")
        defer { git_odb_free(odb) }
        var object: OpaquePointer?
        var oid = tree.raw
        try check(git_odb_read(&object, odb, &oid), "cannot read tree \(tree)")
        defer { git_odb_object_free(object) }
        guard let data = git_odb_object_data(object) else { return }
        let bytes = UnsafeRawBufferPointer(start: data, count: git_odb_object_size(object))
        var index = 0
        while index < bytes.count {
            while index < bytes.count && bytes[index] != 0x20 { index += 1 }
            let nameStart = index + 1
            var nameEnd = nameStart
            while nameEnd < bytes.count && bytes[nameEnd] != 0 { nameEnd += 1 }
            guard nameEnd + 21 <= bytes.count else { return }
            let name = UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameEnd])
            let id = UnsafeRawBufferPointer(rebasing: bytes[(nameEnd + 1)..<(nameEnd + 21)])
            if !visit(name, id) { return }
            index = nameEnd + 21
        }
    }

    static func objectID(_ raw: UnsafeRawBufferPointer) -> ObjectID {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { $0.copyMemory(from: raw) }
        return ObjectID(oid)
    }
}

extension Repository {
    /// The names whose entries differ between two trees (either may be absent), found by
    /// walking both raw tree objects in their sorted order: equal entries cost a comparison
    /// of ids and are never turned into Swift values.
    func changedEntries(_ old: ObjectID?, _ new: ObjectID?) throws(GitError) -> [(name: String, old: ObjectID?, new: ObjectID?)] {
        if old == new { return [] }
        let a = try rawTree(old)
        let b = try rawTree(new)
        var changed: [(name: String, old: ObjectID?, new: ObjectID?)] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            let left = i < a.count ? a[i] : nil
            let right = j < b.count ? b[j] : nil
            if let left, let right, left.name == right.name {
                if left.id != right.id { changed.append((String(decoding: left.name, as: UTF8.self), left.id, right.id)) }
                i += 1
                j += 1
            } else if let left, right == nil || left.name.lexicographicallyPrecedes(right?.name ?? []) {
                changed.append((String(decoding: left.name, as: UTF8.self), left.id, nil))
                i += 1
            } else if let right {
                changed.append((String(decoding: right.name, as: UTF8.self), nil, right.id))
                j += 1
            }
        }
        return changed
    }

    /// A small tree's entries by name, read from the raw object.
    func entries(of tree: ObjectID) throws(GitError) -> [String: ObjectID] {
        var result: [String: ObjectID] = [:]
        try scanTree(tree) { name, id in
            result[String(decoding: name, as: UTF8.self)] = Self.objectID(id)
            return true
        }
        return result
    }

    /// A tree's entries as raw names and ids, in the tree's order.
    private func rawTree(_ id: ObjectID?) throws(GitError) -> [(name: [UInt8], id: ObjectID)] {
        guard let id else { return [] }
        var entries: [(name: [UInt8], id: ObjectID)] = []
        try scanTree(id) { name, raw in
            entries.append((Array(name), Self.objectID(raw)))
            return true
        }
        return entries
    }
}
