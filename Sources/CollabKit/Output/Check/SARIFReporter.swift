/// `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other tools import it. One run;
/// the driver lists every rule id with its description and default level; each finding is a
/// result with its physical location (repository-relative URI, 1-based line and column, the
/// column counted in Unicode code points).
public struct SARIFReporter {
    public var version: String
    public var language: Language

    public init(version: String, language: Language) {
        self.version = version
        self.language = language
    }

    public func generateReport(_ report: CheckReport) -> String {
        let rules = RuleID.allCases
        let json = JSONWriter()
        json.object {
            json.member("$schema") { json.string("https://json.schemastore.org/sarif-2.1.0.json") }
            json.member("version") { json.string("2.1.0") }
            json.member("runs") {
                json.array([report]) { report in
                    json.object {
                        json.member("tool") { driver(json, rules) }
                        json.member("columnKind") { json.string("unicodeCodePoints") }
                        json.member("results") {
                            json.array(report.diagnostics) { result(json, $0, index: rules.firstIndex(of: $0.rule) ?? 0) }
                        }
                    }
                }
            }
        }
        return json.output + "\n"
    }

    private func driver(_ json: JSONWriter, _ rules: [RuleID]) {
        json.object {
            json.member("driver") {
                json.object {
                    json.member("name") { json.string("collab") }
                    json.member("version") { json.string(version) }
                    json.member("rules") {
                        json.array(rules) { rule in
                            json.object {
                                json.member("id") { json.string(rule.rawValue) }
                                json.member("name") { json.string(rule.pascalName) }
                                json.member("shortDescription") { json.object { json.member("text") { json.string(rule.summary.text(language)) } } }
                                json.member("defaultConfiguration") {
                                    json.object { json.member("level") { json.string(Self.level(rule.severity)) } }
                                }
                                json.member("properties") {
                                    json.object { json.member("tags") { json.array([rule.family.rawValue]) { json.string($0) } } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func result(_ json: JSONWriter, _ diagnostic: Diagnostic, index: Int) {
        json.object {
            json.member("ruleId") { json.string(diagnostic.rule.rawValue) }
            json.member("ruleIndex") { json.number(index) }
            json.member("level") { json.string(Self.level(diagnostic.severity)) }
            json.member("message") { json.object { json.member("text") { json.string(diagnostic.message.text(language)) } } }
            json.member("locations") {
                json.array([diagnostic]) { diagnostic in
                    json.object {
                        json.member("physicalLocation") {
                            json.object {
                                json.member("artifactLocation") {
                                    json.object { json.member("uri") { json.string(URIPath.encode(diagnostic.file)) } }
                                }
                                json.member("region") {
                                    json.object {
                                        json.member("startLine") { json.number(max(1, diagnostic.line)) }
                                        json.member("startColumn") { json.number(max(1, diagnostic.column)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .notice: return "note"
        }
    }
}

extension RuleID {
    /// `task-owner-unknown` → `TaskOwnerUnknown`, SARIF's readable rule name.
    var pascalName: String {
        rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// A relative file path as a URI reference: each segment percent-encoded except RFC 3986's
/// unreserved characters, so spaces, `%`, `#`, `?` and non-ASCII names stay one path.
enum URIPath {
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16).uppercased()
            }
        }
        return out
    }
}
