import CollabKit

/// Which language a command speaks (docs/reference.md §14): `--lang`, then COLLAB_LANG, then
/// the first entry of LANGUAGE unless the locale is C or POSIX, then LC_ALL, LC_MESSAGES and
/// LANG. The first that is set decides: a value beginning with `zh` is Chinese, anything
/// else English. An empty variable counts as unset, as for gettext.
enum LanguageChoice {
    static func language(flag: String?, environment: [String: String]) -> Language {
        if let flag { return Language(setting: flag) }
        func setting(_ variable: EnvironmentVariable) -> String? {
            guard let value = environment[variable], !value.isEmpty else { return nil }
            return value
        }
        if let chosen = setting(.collabLang) { return Language(setting: chosen) }
        let locale = setting(.lcAll) ?? setting(.lcMessages) ?? setting(.lang)
        if let list = setting(.language), !isCLocale(locale),
           let first = list.split(separator: ":").first(where: { !$0.isEmpty }) {
            return Language(setting: String(first))
        }
        return locale.map(Language.init(setting:)) ?? .en
    }

    /// C and POSIX (with or without an encoding, as in C.UTF-8), or no locale at all, which is C.
    static func isCLocale(_ locale: String?) -> Bool {
        guard let locale else { return true }
        let name = locale.split(separator: ".", maxSplits: 1).first.map(String.init) ?? locale
        return name == "C" || name == "POSIX"
    }

    /// The value of `--lang` among the arguments before any `--`, so that even an error in
    /// the command line is told in the chosen language.
    static func flag(in arguments: [String]) -> String? {
        var found: String?
        var index = 0
        let lang = OptionName.lang.spelling
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == lang, index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix(lang + "=") { found = String(argument.dropFirst(lang.count + 1)) }
            index += 1
        }
        return found
    }
}
