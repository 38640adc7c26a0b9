import CGit2
import Glibc

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
        try withRawTree(tree) { bytes in
            var entries = RawTreeEntries(bytes)
            while let entry = entries.next() {
                if !visit(entry.name, entry.id) { return }
            }
        }
    }

    /// Runs `body` on the bytes of a tree object (empty for nil), read straight from the
    /// object database.
    func withRawTree<Result>(_ tree: ObjectID?, _ body: (UnsafeRawBufferPointer) throws(GitError) -> Result) throws(GitError) -> Result {
        guard let tree else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        var oid = tree.raw
        let object = try OwnedHandle<StoredObjectHandle>(Message(en: "cannot read tree \(tree)", zh: "无法读取目录树 \(tree)")) {
            git_odb_read(&$0, odb, &oid)
        }
        let data = git_odb_object_data(object.pointer)
        return try body(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : git_odb_object_size(object.pointer)))
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
    /// of bytes and are never turned into Swift values.
    func changedEntries(_ old: ObjectID?, _ new: ObjectID?) throws(GitError) -> [(name: String, old: ObjectID?, new: ObjectID?)] {
        if old == new { return [] }
        return try withRawTree(old) { a throws(GitError) in
            try withRawTree(new) { b in Self.changedEntries(a, b) }
        }
    }

    /// The entries that differ between two raw tree objects. Trees of one history differ in a
    /// few entries: the bytes both share from the start are skipped whole, and the walk stops
    /// once what is left of both is the same.
    static func changedEntries(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> [(name: String, old: ObjectID?, new: ObjectID?)] {
        var changed: [(name: String, old: ObjectID?, new: ObjectID?)] = []
        let start = RawTreeEntries.entryStart(in: a, holding: RawTreeEntries.commonPrefix(a, b))
        var left = RawTreeEntries(a, from: start)
        var right = RawTreeEntries(b, from: start)
        var x = left.next()
        var y = right.next()
        walk: while true {
            switch (x, y) {
            case let (l?, r?) where l.name.elementsEqual(r.name):
                if !l.id.elementsEqual(r.id) { changed.append((l.string, objectID(l.id), objectID(r.id))) }
                // Equal rest: nothing further differs.
                let (restA, restB) = (a.count - left.offset, b.count - right.offset)
                if restA == restB, RawTreeEntries.commonPrefix(UnsafeRawBufferPointer(rebasing: a[left.offset...]),
                                                               UnsafeRawBufferPointer(rebasing: b[right.offset...])) == restA {
                    break walk
                }
                x = left.next()
                y = right.next()
            case let (l?, r) where r.map(l.precedes) ?? true:
                changed.append((l.string, objectID(l.id), nil))
                x = left.next()
            case let (_, r?):
                changed.append((r.string, nil, objectID(r.id)))
                y = right.next()
            default:
                break walk
            }
        }
        return changed
    }

    /// The bytes of a tree object (empty for nil), kept by a walk that compares each tree
    /// with the next.
    func rawTree(_ tree: ObjectID?) throws(GitError) -> [UInt8] {
        try withRawTree(tree) { Array($0) }
    }

    /// A small tree's entries by name, read from the raw object: the id, and whether the
    /// entry is a tree.
    func entries(of tree: ObjectID) throws(GitError) -> [String: (id: ObjectID, isTree: Bool)] {
        var result: [String: (id: ObjectID, isTree: Bool)] = [:]
        try withRawTree(tree) { (bytes: UnsafeRawBufferPointer) throws(GitError) in
            var entries = RawTreeEntries(bytes)
            while let entry = entries.next() { result[entry.string] = (Self.objectID(entry.id), entry.isTree) }
        }
        return result
    }
}

/// The entries of a raw tree object (`mode SP name NUL id` records), read in place.
struct RawTreeEntries {
    struct Entry {
        let name: UnsafeRawBufferPointer
        let id: UnsafeRawBufferPointer
        let isTree: Bool

        var string: String { String(decoding: name, as: UTF8.self) }

        /// git's tree order: names compared bytewise, a tree's name as if it ended in "/".
        func precedes(_ other: Entry) -> Bool {
            let common = min(name.count, other.name.count)
            for index in 0..<common where name[index] != other.name[index] {
                return name[index] < other.name[index]
            }
            let mine: UInt8? = name.count > common ? name[common] : (isTree ? 0x2F : nil)
            let theirs: UInt8? = other.name.count > common ? other.name[common] : (other.isTree ? 0x2F : nil)
            guard let theirs else { return false }
            guard let mine else { return true }
            return mine < theirs
        }
    }

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        index = offset
    }

    /// Where the next entry starts.
    var offset: Int { index }

    /// The start of the entry that holds byte `offset` (entries are found from the start:
    /// an id's bytes may be anything, so the records cannot be read backwards).
    static func entryStart(in bytes: UnsafeRawBufferPointer, holding offset: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var start = 0
        while start < bytes.count {
            guard let nul = memchr(base + start, 0, bytes.count - start) else { return start }
            let next = base.distance(to: UnsafeRawPointer(nul)) + 21
            if next > offset { return start }
            start = next
        }
        return start
    }

    /// The length of the bytes `a` and `b` share from the start: found a block at a time with
    /// memcmp, then eight bytes at a time.
    static func commonPrefix(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let count = min(a.count, b.count)
        guard let left = a.baseAddress, let right = b.baseAddress else { return 0 }
        let block = 512
        var index = 0
        while index + block <= count, memcmp(left + index, right + index, block) == 0 { index += block }
        while index + 8 <= count,
              a.loadUnaligned(fromByteOffset: index, as: UInt64.self) == b.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
            index += 8
        }
        while index < count && a[index] == b[index] { index += 1 }
        return index
    }

    mutating func next() -> Entry? {
        let modeStart = index
        while index < bytes.count && bytes[index] != 0x20 { index += 1 }
        let isTree = index - modeStart == 5 && bytes[modeStart] == 0x34  // "40000"
        let nameStart = index + 1
        var nameEnd = nameStart
        while nameEnd < bytes.count && bytes[nameEnd] != 0 { nameEnd += 1 }
        guard nameEnd + 21 <= bytes.count else { index = bytes.count; return nil }
        index = nameEnd + 21
        return Entry(name: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameEnd]),
                     id: UnsafeRawBufferPointer(rebasing: bytes[(nameEnd + 1)..<(nameEnd + 21)]), isTree: isTree)
    }
}
