import CollabKit

/// The three shells' scripts. Each finds the command word (skipping options and their
/// values), then completes an option's value, an option, or the command's operands.
extension CompletionScript {
    /// bash: candidates go through `_collab_add`, which matches them against the word being
    /// completed as literal text and inserts them quoted. Nothing read from git or the records
    /// ever passes through `compgen -W`, which expands `$(…)` in its word list — a branch
    /// named `$(touch /tmp/x)` must complete as that name, not run.
    func bash() -> String {
        let skip = valueOptions.joined(separator: "|")
        let commandNames = commands.map { $0.name } + ["--help", "--version"]
        var out = """
        # bash completion for collab; load with: source <(collab completions bash)
        _collab_add() {  # _collab_add WORD: each line of stdin that starts with WORD, quoted
            local candidate
            while IFS= read -r candidate; do
                [[ -n $candidate && $candidate == "$1"* ]] && COMPREPLY+=("$(printf '%q' "$candidate")")
            done
            return 0
        }
        _collab_names() {
            local i
            for ((i = 1; i < COMP_CWORD; i++)); do
                if [[ ${COMP_WORDS[i]} == -C ]]; then collab -C "${COMP_WORDS[i+1]}" completions "$1" 2>/dev/null; return; fi
            done
            collab completions "$1" 2>/dev/null
        }
        _collab_revisions() {
            echo HEAD
            git for-each-ref --format='%(refname:short)' 2>/dev/null
        }
        _collab() {
            local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command="" dashdash="" i
            COMPREPLY=()
            for ((i = 1; i < COMP_CWORD; i++)); do
                case ${COMP_WORDS[i]} in
                    \(skip)) ((i++)) ;;
                    --) dashdash=1 ;;
                    -*) ;;
                    *) [[ -z $command ]] && command=${COMP_WORDS[i]} ;;
                esac
            done
            if [[ -z $command ]]; then
                _collab_add "$cur" < <(printf '%s\\n' \(commandNames.joined(separator: " ")))
                return
            fi
            case $command in

        """
        for command in commands {
            out += "        \(command.name))\n            case $prev in\n"
            for option in Self.options(of: command) {
                guard let value = Self.value(of: option) else { continue }
                let spellings = ([option.name] + (option.short.map { [$0] } ?? [])).joined(separator: "|")
                switch value {
                case .directory: out += "                \(spellings)) _collab_add \"$cur\" < <(compgen -d -- \"$cur\"); return ;;\n"
                case .revisions: out += "                \(spellings)) _collab_add \"$cur\" < <(_collab_revisions); return ;;\n"
                case .departments: out += "                \(spellings)) _collab_add \"$cur\" < <(_collab_names --departments); return ;;\n"
                default:
                    let words = Self.words(value, command: command, call: "")
                    out += "                \(spellings)) _collab_add \"$cur\" < <(printf '%s\\n' \(words)); return ;;\n"
                }
            }
            let flags = Self.options(of: command).flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) }.joined(separator: " ")
            out += "            esac\n"
            out += "            if [[ $cur == -* ]]; then _collab_add \"$cur\" < <(printf '%s\\n' \(flags)); return; fi\n"
            out += "            " + bashOperands(command.operands) + "\n            ;;\n"
        }
        out += """
            esac
        }
        complete -F _collab collab

        """
        return out
    }

    private func bashOperands(_ operands: Operands) -> String {
        switch operands {
        case .none: return ":"
        case .collaborations: return "_collab_add \"$cur\" < <(_collab_names --ids)"
        case .collaborationsAfterDashDash:
            return "if [[ -n $dashdash ]]; then _collab_add \"$cur\" < <(_collab_names --ids); else _collab_add \"$cur\" < <(_collab_revisions; echo --); fi"
        case .directory: return "_collab_add \"$cur\" < <(compgen -d -- \"$cur\")"
        case .file: return "_collab_add \"$cur\" < <(compgen -f -- \"$cur\")"
        case .words(let words): return "_collab_add \"$cur\" < <(printf '%s\\n' \(words.joined(separator: " ")))"
        }
    }

    func zsh() -> String {
        let skip = valueOptions.joined(separator: "|")
        var out = """
        #compdef collab
        # zsh completion for collab; load with: source <(collab completions zsh), or save as _collab in $fpath
        _collab_names() {
            local -a args
            local i
            for (( i = 2; i < CURRENT; i++ )); do [[ ${words[i]} == -C ]] && args=(-C ${words[i+1]}); done
            collab $args completions $1 2>/dev/null
        }
        _collab() {
            local command="" dashdash="" i
            for (( i = 2; i < CURRENT; i++ )); do
                case ${words[i]} in
                    \(skip)) (( i++ )) ;;
                    --) dashdash=1 ;;
                    -*) ;;
                    *) [[ -z $command ]] && command=${words[i]} ;;
                esac
            done
            if [[ -z $command ]]; then
                local -a commands
                commands=(

        """
        for command in commands {
            out += "            \(Self.quoted(command.name + ":" + command.abstract.text(language)))\n"
        }
        out += """
                )
                _describe 'command' commands
                return
            fi
            local prev=${words[CURRENT-1]}
            case $command in

        """
        for command in commands {
            out += "        \(command.name))\n            case $prev in\n"
            for option in Self.options(of: command) {
                guard let value = Self.value(of: option) else { continue }
                let spellings = ([option.name] + (option.short.map { [$0] } ?? [])).joined(separator: "|")
                switch value {
                case .directory: out += "                \(spellings)) _directories; return ;;\n"
                case .revisions: out += "                \(spellings)) compadd -- HEAD ${(f)\"$(git for-each-ref --format='%(refname:short)' 2>/dev/null)\"}; return ;;\n"
                default:
                    let words = Self.words(value, command: command, call: "${(f)\"$(_collab_names %)\"}")
                    out += "                \(spellings)) compadd -- \(words); return ;;\n"
                }
            }
            out += "            esac\n"
            let flags = Self.options(of: command).map { option in
                Self.quoted(option.name + "[" + String(option.help.text(language).map { $0 == "[" ? "(" : $0 == "]" ? ")" : $0 }) + "]")
            }
            out += "            if [[ ${words[CURRENT]} == -* ]]; then _values 'option' \(flags.joined(separator: " ")); return; fi\n"
            out += "            " + zshOperands(command.operands) + "\n            ;;\n"
        }
        out += """
            esac
        }
        if [[ $funcstack[1] == _collab ]]; then _collab "$@"; else compdef _collab collab; fi

        """
        return out
    }

    private func zshOperands(_ operands: Operands) -> String {
        switch operands {
        case .none: return ":"
        case .collaborations: return "compadd -- ${(f)\"$(_collab_names --ids)\"}"
        case .collaborationsAfterDashDash:
            return "if [[ -n $dashdash ]]; then compadd -- ${(f)\"$(_collab_names --ids)\"}; else compadd -- HEAD ${(f)\"$(git for-each-ref --format='%(refname:short)' 2>/dev/null)\"}; fi"
        case .directory: return "_directories"
        case .file: return "_files"
        case .words(let words): return "compadd -- \(words.joined(separator: " "))"
        }
    }

    func fish() -> String {
        var out = """
        # fish completion for collab; save as ~/.config/fish/completions/collab.fish
        function __collab_names
            set -l tokens (commandline -opc)
            set -l index (contains -i -- -C $tokens)
            if test -n "$index"
                collab -C $tokens[(math $index + 1)] completions $argv 2>/dev/null
            else
                collab completions $argv 2>/dev/null
            end
        end
        complete -c collab -f
        complete -c collab -n __fish_use_subcommand -l help -s h -d \(Self.quoted(Message(en: "show help", zh: "显示帮助").text(language)))
        complete -c collab -n __fish_use_subcommand -l version -d \(Self.quoted(Message(en: "show versions", zh: "显示版本").text(language)))

        """
        for command in commands {
            let when = "-n '__fish_seen_subcommand_from \(command.name)'"
            out += "complete -c collab -n __fish_use_subcommand -a \(command.name) -d \(Self.quoted(command.abstract.text(language)))\n"
            for option in Self.options(of: command) {
                var line = "complete -c collab \(when)"
                if option.name.hasPrefix("--") { line += " -l \(option.name.dropFirst(2))" } else { line += " -s \(option.name.dropFirst())" }
                if let short = option.short { line += " -s \(short.dropFirst())" }
                if option.value != nil {
                    line += " -x"
                    switch Self.value(of: option) {
                    case .directory?: line += " -a '(__fish_complete_directories)'"
                    case .revisions?: line += " -a '(git for-each-ref --format=\"%(refname:short)\" 2>/dev/null; echo HEAD)'"
                    case let value?:
                        line += " -a " + Self.quoted(Self.words(value, command: command, call: "(__collab_names %)"))
                    case nil: break
                    }
                }
                out += line + " -d " + Self.quoted(option.help.text(language)) + "\n"
            }
            switch command.operands {
            case .none: break
            case .collaborations, .collaborationsAfterDashDash: out += "complete -c collab \(when) -a '(__collab_names --ids)'\n"
            case .directory: out += "complete -c collab \(when) -a '(__fish_complete_directories)'\n"
            case .file: out += "complete -c collab \(when) -F\n"
            case .words(let words): out += "complete -c collab \(when) -a \(Self.quoted(words.joined(separator: " ")))\n"
            }
        }
        return out
    }
}
