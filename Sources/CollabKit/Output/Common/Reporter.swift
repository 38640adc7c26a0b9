/// A closed set of output formats: each case's raw value is how `--format` names it, and
/// `allCases` lists them in the order help shows them, the first being the default.
public protocol OutputFormat: RawRepresentable<String>, CaseIterable, Sendable where AllCases == [Self] {
    /// The JSON Schema (draft 2020-12, an object at the root) of what the `json` case prints;
    /// nil for a kind of result without JSON. A server's tool declares it as its
    /// `outputSchema`, and the tests validate every command's `--format json` against it.
    static var outputSchema: JSON? { get }
}

extension OutputFormat {
    public static var outputSchema: JSON? { nil }
}

/// What any output format may use besides the result itself: the language people read, colour,
/// the width of the terminal (nil in a pipe or file), whether output goes to a terminal, and
/// today. One value, so a format that starts needing one more of them changes no call site.
public struct RenderSettings: Sendable {
    public var language: Language
    public var color: Bool
    public var width: Int?
    public var terminal: Bool
    public var today: CalendarDate

    public init(language: Language, color: Bool = false, width: Int? = nil, terminal: Bool = false, today: CalendarDate) {
        self.language = language
        self.color = color
        self.width = width
        self.terminal = terminal
        self.today = today
    }
}

/// The output formats of one kind of result (a check report, a diff, the status rows…) and
/// how each renders it: the registry of that kind's formats. Adding a format is a case in
/// the kind's enum (Output/KIND/KINDFormat.swift); the compiler then asks for its rendering
/// in that enum's `render`, the one switch over it, and the command that prints the kind
/// accepts it, lists it in help, the manual and the completions, with no other change.
public protocol Reporter: OutputFormat {
    /// What the formats render: the result and whatever else only this kind needs.
    associatedtype Result
    func render(_ result: Result, _ settings: RenderSettings) -> String
}
