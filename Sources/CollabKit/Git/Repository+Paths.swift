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

    /// The id of the entry `name` in the tree `tree`, scanning the raw tree object
    /// (`mode name\0<20-byte id>` records) without building a tree.
    func entryID(in tree: ObjectID, named name: Substring) throws(GitError) -> ObjectID? {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, pointer), "cannot open the object database")
        defer { git_odb_free(odb) }
        var object: OpaquePointer?
        var oid = tree.raw
        try check(git_odb_read(&object, odb, &oid), "cannot read tree \(tree)")
        defer { git_odb_object_free(object) }
        guard let data = git_odb_object_data(object) else { return nil }
        let bytes = UnsafeRawBufferPointer(start: data, count: git_odb_object_size(object))
        let wanted = Array(name.utf8)
        var index = 0
        while index < bytes.count {
            while index < bytes.count && bytes[index] != 0x20 { index += 1 }
            let nameStart = index + 1
            var nameEnd = nameStart
            while nameEnd < bytes.count && bytes[nameEnd] != 0 { nameEnd += 1 }
            guard nameEnd + 21 <= bytes.count else { return nil }
            if nameEnd - nameStart == wanted.count && wanted.indices.allSatisfy({ bytes[nameStart + $0] == wanted[$0] }) {
                var found = git_oid()
                withUnsafeMutableBytes(of: &found.id) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(nameEnd + 1)..<(nameEnd + 21)])) }
                return ObjectID(found)
            }
            index = nameEnd + 21
        }
        return nil
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
        func id(_ raw: ArraySlice<UInt8>?) -> ObjectID? {
            guard let raw else { return nil }
            var oid = git_oid()
            withUnsafeMutableBytes(of: &oid.id) { $0.copyBytes(from: raw) }
            return ObjectID(oid)
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            let left = i < a.count ? a[i] : nil
            let right = j < b.count ? b[j] : nil
            if let left, let right, left.name == right.name {
                if left.id != right.id { changed.append((String(decoding: left.name, as: UTF8.self), id(left.id), id(right.id))) }
                i += 1
                j += 1
            } else if let left, right == nil || left.name.lexicographicallyPrecedes(right?.name ?? []) {
                changed.append((String(decoding: left.name, as: UTF8.self), id(left.id), nil))
                i += 1
            } else if let right {
                changed.append((String(decoding: right.name, as: UTF8.self), nil, id(right.id)))
                j += 1
            }
        }
        return changed
    }

    /// A small tree's entries by name, read from the raw object.
    func entries(of tree: ObjectID) throws(GitError) -> [String: ObjectID] {
        var result: [String: ObjectID] = [:]
        for entry in try rawTree(tree) {
            var oid = git_oid()
            withUnsafeMutableBytes(of: &oid.id) { $0.copyBytes(from: entry.id) }
            result[String(decoding: entry.name, as: UTF8.self)] = ObjectID(oid)
        }
        return result
    }

    /// A tree's entries as raw names and ids, in the tree's order.
    private func rawTree(_ id: ObjectID?) throws(GitError) -> [(name: ArraySlice<UInt8>, id: ArraySlice<UInt8>)] {
        guard let id else { return [] }
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, pointer), "cannot open the object database")
        defer { git_odb_free(odb) }
        var object: OpaquePointer?
        var oid = id.raw
        try check(git_odb_read(&object, odb, &oid), "cannot read tree \(id)")
        defer { git_odb_object_free(object) }
        guard let data = git_odb_object_data(object) else { return [] }
        let bytes = Array(UnsafeRawBufferPointer(start: data, count: git_odb_object_size(object)))
        var entries: [(name: ArraySlice<UInt8>, id: ArraySlice<UInt8>)] = []
        var index = 0
        while index < bytes.count {
            while index < bytes.count && bytes[index] != 0x20 { index += 1 }
            let nameStart = index + 1
            var nameEnd = nameStart
            while nameEnd < bytes.count && bytes[nameEnd] != 0 { nameEnd += 1 }
            guard nameEnd + 21 <= bytes.count else { break }
            entries.append((bytes[nameStart..<nameEnd], bytes[(nameEnd + 1)..<(nameEnd + 21)]))
            index = nameEnd + 21
        }
        return entries
    }
}
