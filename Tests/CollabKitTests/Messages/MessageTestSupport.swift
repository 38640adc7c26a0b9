@testable import CollabKit

extension Message {
    /// Both texts are there and each is in its language: the English has no Chinese of its
    /// own and the Chinese has some — beyond what the two share, which are the arguments
    /// (names and values from the records) and the terms kept in parentheses.
    var isBilingual: Bool {
        let english = text(.en), chinese = text(.zh)
        guard !english.isEmpty, !chinese.isEmpty, english != chinese else { return false }
        let ownChinese = Set(chinese.unicodeScalars.filter(\.isHan)).subtracting(english.unicodeScalars)
        return !ownChinese.isEmpty
    }
}

extension Unicode.Scalar {
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }
}
