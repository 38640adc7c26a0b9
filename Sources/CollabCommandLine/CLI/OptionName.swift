/// An option's spelling on the command line, declared once below: commands declare their
/// options with these names (`.flag(.commit, …)`) and read the parsed command line by them
/// (`arguments.has(.commit)`), so no option is spelled in more than one place.
struct OptionName: Hashable, Sendable {
    /// As typed: `--commit`, `-C`.
    let spelling: String

    private init(_ spelling: String) { self.spelling = spelling }

    // The global options (GlobalOptions.specs).
    static let directory = OptionName("-C")
    static let format = OptionName("--format")
    static let color = OptionName("--color")
    static let today = OptionName("--today")
    static let lang = OptionName("--lang")
    static let help = OptionName("--help")
    static let version = OptionName("--version")
    /// `collab help --man`.
    static let man = OptionName("--man")

    // Options of more than one command.
    static let commit = OptionName("--commit")
    static let dryRun = OptionName("--dry-run")
    static let date = OptionName("--date")
    static let status = OptionName("--status")
    static let output = OptionName("--output")
    static let all = OptionName("--all")

    // Options of one command each.
    static let strict = OptionName("--strict")
    static let base = OptionName("--base")
    static let head = OptionName("--head")
    static let changed = OptionName("--changed")
    static let check = OptionName("--check")
    static let write = OptionName("--write")
    static let hook = OptionName("--hook")
    static let noExamples = OptionName("--no-examples")
    static let email = OptionName("--email")
    static let ids = OptionName("--ids")
    static let departments = OptionName("--departments")
    static let title = OptionName("--title")
    static let lead = OptionName("--lead")
    static let topic = OptionName("--topic")
    static let slug = OptionName("--slug")
    static let by = OptionName("--by")
    static let stage = OptionName("--stage")
    static let owner = OptionName("--owner")
    static let department = OptionName("--department")
    static let overdue = OptionName("--overdue")
    static let dueWithin = OptionName("--due-within")
    static let within = OptionName("--within")
    static let ifWorkday = OptionName("--if-workday")
    static let since = OptionName("--since")
    static let until = OptionName("--until")
}
