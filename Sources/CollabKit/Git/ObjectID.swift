import CGit2

/// A git object id (SHA-1).
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    let raw: git_oid

    init(_ raw: git_oid) { self.raw = raw }

    init(_ pointer: UnsafePointer<git_oid>) { self.raw = pointer.pointee }

    /// The id git would give a blob holding `bytes`.
    public static func blob(of bytes: [UInt8]) -> ObjectID {
        var oid = git_oid()
        _ = bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        return ObjectID(oid)
    }

    /// The id git would give a blob holding the file at `path`, hashed as it is read.
    static func blob(ofFile path: String) throws(GitError) -> ObjectID {
        var oid = git_oid()
        try check(git_odb_hashfile(&oid, path, GIT_OBJECT_BLOB), Message(en: "cannot hash \(path)", zh: "无法计算 \(path) 的哈希"))
        return ObjectID(oid)
    }

    public var hex: String {
        var raw = self.raw
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_tostr(&buffer, buffer.count, &raw)
        return String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public var description: String { hex }

    public static func == (lhs: ObjectID, rhs: ObjectID) -> Bool {
        var a = lhs.raw
        var b = rhs.raw
        return git_oid_equal(&a, &b) != 0
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: raw.id) { hasher.combine(bytes: $0) }
    }
}
