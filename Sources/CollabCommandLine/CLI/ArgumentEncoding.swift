import CollabKit

/// The command line as the process received it. Swift's `CommandLine.arguments` replaces
/// bytes that are not UTF-8 with U+FFFD, so `collab set ID title=$'x\xff'` would store a
/// character nobody typed; the raw bytes are checked instead, and such an argument is refused.
public enum ArgumentEncoding {
    /// The arguments after the program name, as bytes.
    public static func rawArguments() -> [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
            var bytes: [UInt8] = []
            var cursor = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
            while cursor.pointee != 0 {
                bytes.append(cursor.pointee)
                cursor += 1
            }
            return bytes
        }
    }

    /// The refusal of the first argument that is not UTF-8, nil when all are.
    static func refusal(_ arguments: [[UInt8]], command: String?) -> UsageError? {
        for argument in arguments {
            guard let offset = firstInvalidByte(argument) else { continue }
            return UsageError(message(argument, offset), command: command)
        }
        return nil
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        for piece in pieces(bytes) {
            guard case .text(let scalar) = piece else { return offset }
            offset += String(scalar).utf8.count
        }
        return nil
    }

    /// "title=x\xFF: byte 0xFF at position 2 of the value is not UTF-8": where the argument
    /// is NAME=VALUE and the byte lies in the value, its position counts from the value.
    static func message(_ argument: [UInt8], _ offset: Int) -> Message {
        let shown = pieces(argument).map { piece in
            switch piece {
            case .text(let scalar): return String(scalar)
            case .invalid(let bytes): return bytes.map { "\\x" + hex($0) }.joined()
            }
        }.joined()
        let byte = "0x" + hex(argument[offset])
        if let equals = argument[..<offset].firstIndex(of: 0x3D) {
            let position = offset - equals
            return Message(en: "\(shown): byte \(byte) at position \(position) of the value is not UTF-8; write the value in UTF-8 (check the encoding of the terminal or the script)",
                           zh: "\(shown)：值的第 \(position) 个字节 \(byte) 不是 UTF-8；请用 UTF-8 书写该值（检查终端或脚本的编码）")
        }
        return Message(en: "'\(shown)': byte \(byte) at position \(offset + 1) is not UTF-8; write the argument in UTF-8 (check the encoding of the terminal or the script)",
                       zh: "「\(shown)」：第 \(offset + 1) 个字节 \(byte) 不是 UTF-8；请用 UTF-8 书写该参数（检查终端或脚本的编码）")
    }

    private enum Piece {
        case text(Unicode.Scalar)
        case invalid([UInt8])
    }

    /// The argument as scalars and the byte runs that are not UTF-8.
    private static func pieces(_ bytes: [UInt8]) -> [Piece] {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var result: [Piece] = []
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                result.append(.text(Unicode.UTF8.decode(encoded)))
                offset += encoded.count
            case .error(let length):
                result.append(.invalid(Array(bytes[offset..<offset + length])))
                offset += length
            case .emptyInput:
                return result
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
