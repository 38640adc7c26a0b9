import CollabTestSupport
import Foundation
import Testing

/// Generated branch histories — both sides adding (sometimes under one shared title),
/// renumbering, retitling, reassigning, updating and removing tasks with the editing commands
/// people use — brought together by real `git merge` (either way, and back again), `git
/// rebase` and `git cherry-pick` through the driver `collab setup` configures. After each,
/// every progress update and field change sits on the task it was made for, every task added
/// is there once, and ids are unique — or git reports a conflict. Never a clean misplacement
/// (docs/reference.md §12). A task is followed by its deliverable, which every task has its
/// own of and no edit changes: the driver does not look at it, so it is an independent witness.
/// `COLLAB_MERGE_HISTORIES=N` runs N histories per operation (16 by default).
struct MergeHistoryPropertyTests {
    static let tasks = "collaborations/new-product-page/tasks.yaml"
    static let histories = ProcessInfo.processInfo.environment["COLLAB_MERGE_HISTORIES"].flatMap(Int.init) ?? 16

    enum Operation: String, CaseIterable {
        case merge, mergeIntoTopic = "merge into topic", mergeBothWays = "merge both ways", rebase, cherryPick = "cherry-pick"
    }

    struct Task {
        var id: String
        var title = "", owner = "", deliverable = ""
        var due: String?
        var dependsOn: [String] = []
        var notes: [String] = []
    }

    /// What one side did, each by the deliverable of the task it did it to.
    struct Made {
        var side: String
        var updates: [(note: String, task: String)] = []
        /// The last value this side gave a field of a task: ("due", deliverable) → value.
        var fields: [String: [String: String]] = [:]
        var added: [String] = []
        var removed: Set<String> = []
        var references: [(from: String, to: String)] = []
        var touched: Set<String> { Set(updates.map(\.task)).union(fields.values.flatMap(\.keys)) }
    }

    /// The tasks of tasks.yaml as the generator writes them.
    static func read(_ text: String) -> [Task] {
        var found: [Task] = []
        func value(_ line: String, _ key: String) -> String? {
            line.hasPrefix(key) ? String(line.dropFirst(key.count)) : nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let id = value(line, "  - id: ") {
                found.append(Task(id: id))
            } else if found.isEmpty {
                continue
            } else if let title = value(line, "    title: ") {
                found[found.count - 1].title = title
            } else if let owner = value(line, "    owner: ") {
                found[found.count - 1].owner = owner
            } else if let deliverable = value(line, "    deliverable: ") {
                found[found.count - 1].deliverable = deliverable
            } else if let due = value(line, "    due: ") {
                found[found.count - 1].due = due
            } else if let ids = value(line, "    depends_on: [") {
                found[found.count - 1].dependsOn = ids.dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } else if let note = value(line, "        note: ") {
                found[found.count - 1].notes.append(note)
            }
        }
        return found
    }

    /// One side's commits: each one edit, chosen by `random`.
    static func work(_ side: String, commits: Int, on repository: GitWorkspace, counter: inout Int,
                     random: inout SplitMix64, made: inout Made) throws {
        let people = [("冯主管", "tech"), ("钱工程师", "tech"), ("周经理", "product"), ("吴专员", "product")]
        for _ in 0..<commits {
            counter += 1
            let current = read(try repository.scratch.read(tasks))
            // Half the time the side's own newest task: where both sides' new tasks share an id.
            let own = current.last { $0.deliverable.hasPrefix(side) }
            let target = own.flatMap { random.next() % 2 == 0 ? $0 : nil } ?? current[Int(random.next() % UInt64(current.count))]
            let colleague = people.first { person in person.0 != target.owner && people.contains { $0 == (target.owner, person.1) } }
            var arguments: [String]? = nil
            switch random.next() % 8 {
            case 0, 1:
                let (owner, department) = people[Int(random.next() % 4)]
                // Now and then the title another task has: only the owner tells them apart.
                let title = random.next() % 3 == 0 ? "周报" : "\(side)任务\(counter)"
                let deliverable = "\(side)交付物\(counter)"
                arguments = ["add", "new-product-page", "tasks", "title=\(title)", "owner=\(owner)", "department=\(department)",
                             "due=2024-08-\(10 + counter % 18)", "deliverable=\(deliverable)"]
                if random.next() % 2 == 0 {
                    arguments?.append("depends_on=\(target.id)")
                    made.references.append((deliverable, target.deliverable))
                }
                made.added.append(deliverable)
            case 2:
                let note = "\(side)进展\(counter)"
                arguments = ["update", "new-product-page", target.id, note, "--date", "2024-07-04"] + (random.next() % 2 == 0 ? ["--status", "doing"] : [])
                made.updates.append((note, target.deliverable))
            case 3:
                let due = String(format: "2024-%02d-%02d", 9 + counter / 28, 1 + counter % 28)
                arguments = ["set", "new-product-page", "tasks.\(target.id).due=\(due)"]
                made.fields["due", default: [:]][target.deliverable] = due
            case 4:
                let title = target.title + "改\(counter)"
                arguments = ["set", "new-product-page", "tasks.\(target.id).title=\(title)"]
                made.fields["title", default: [:]][target.deliverable] = title
            case 5:
                guard let colleague else { continue }
                arguments = ["set", "new-product-page", "tasks.\(target.id).owner=\(colleague.0)"]
                made.fields["owner", default: [:]][target.deliverable] = colleague.0
            case 6:
                try renumber(target.id, to: "T\(40 + counter)", in: repository)
            default:
                guard !made.touched.contains(target.deliverable) else { continue }
                try remove(target.id, in: repository)
                made.removed.insert(target.deliverable)
            }
            if let arguments {
                let result = try repository.collab(arguments)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
            try repository.commit("\(side) \(counter)")
        }
    }

    /// What a person renumbering a task by hand does: its id, and the references to it.
    static func renumber(_ id: String, to new: String, in repository: GitWorkspace) throws {
        var lines = try repository.scratch.read(tasks).components(separatedBy: "\n")
        for index in lines.indices {
            if lines[index] == "  - id: \(id)" { lines[index] = "  - id: \(new)" }
            lines[index] = rewriteReferences(lines[index]) { $0 == id ? new : $0 }
        }
        try repository.scratch.write(tasks, lines.joined(separator: "\n"))
    }

    /// What a person removing a task by hand does: its lines, and the references to it.
    static func remove(_ id: String, in repository: GitWorkspace) throws {
        var kept: [String] = []
        var inside = false
        for line in try repository.scratch.read(tasks).components(separatedBy: "\n") {
            if line.hasPrefix("  - id: ") { inside = line == "  - id: \(id)" }
            if !inside { kept.append(rewriteReferences(line) { $0 == id ? nil : $0 }) }
        }
        try repository.scratch.write(tasks, kept.joined(separator: "\n"))
    }

    static func rewriteReferences(_ line: String, _ change: (String) -> String?) -> String {
        guard line.hasPrefix("    depends_on: [") else { return line }
        let ids = line.dropFirst(17).dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.compactMap(change)
        return "    depends_on: [" + ids.joined(separator: ", ") + "]"
    }

    /// Brings topic and main together; true when git stopped on a conflict.
    static func run(_ operation: Operation, _ repository: GitWorkspace, counter: inout Int, random: inout SplitMix64,
                    made: inout Made) throws -> Bool {
        func stopped(_ arguments: String...) throws -> Bool {
            let result = try repository.gitResult(arguments)
            return result.status != 0
        }
        switch operation {
        case .merge: return try stopped("merge", "-q", "topic", "-m", "merge topic")
        case .mergeIntoTopic:
            try repository.git("checkout", "-q", "topic")
            return try stopped("merge", "-q", "main", "-m", "merge main")
        case .mergeBothWays:
            try repository.git("checkout", "-q", "topic")
            if try stopped("merge", "-q", "main", "-m", "merge main") { return true }
            try repository.git("checkout", "-q", "main")
            try work("主干", commits: 1, on: repository, counter: &counter, random: &random, made: &made)
            return try stopped("merge", "-q", "topic", "-m", "merge topic")
        case .rebase:
            try repository.git("checkout", "-q", "topic")
            return try stopped("rebase", "-q", "main")
        case .cherryPick: return try stopped("cherry-pick", "main..topic")
        }
    }

    static func verify(_ text: String, _ sides: [Made], _ label: String) {
        let result = read(text)
        let ids = result.map(\.id)
        #expect(Set(ids).count == ids.count, "\(label): an id twice: \(ids)")
        let byDeliverable = Dictionary(grouping: result, by: \.deliverable)
        let removed = sides.reduce(Set<String>()) { $0.union($1.removed) }
        func value(_ task: Task, _ field: String) -> String? {
            switch field {
            case "due": return task.due
            case "title": return task.title
            default: return task.owner
            }
        }
        for made in sides {
            let others = sides.filter { $0.side != made.side }
            for update in made.updates {
                let holders = result.filter { $0.notes.contains(update.note) }.map(\.deliverable)
                #expect(holders == [update.task], "\(label): \(made.side)'s progress '\(update.note)' for \(update.task) is on \(holders)")
            }
            for (field, values) in made.fields {
                for (task, wanted) in values where !others.contains(where: { $0.fields[field]?[task] != nil }) {
                    let found = byDeliverable[task]?.map { value($0, field) } ?? []
                    #expect(found == [wanted], "\(label): \(made.side) set \(task)'s \(field) to \(wanted); the result has \(found)")
                }
            }
            for task in made.added where !removed.contains(task) {
                #expect(byDeliverable[task]?.count == 1, "\(label): \(made.side)'s new task \(task) is there \(byDeliverable[task]?.count ?? 0) times")
            }
            for task in made.removed where !others.contains(where: { $0.touched.contains(task) }) {
                #expect(byDeliverable[task] == nil, "\(label): \(made.side) removed \(task), the result has it")
            }
            for reference in made.references {
                guard let from = byDeliverable[reference.from]?.first, let to = byDeliverable[reference.to]?.first else { continue }
                #expect(from.dependsOn == [to.id], "\(label): \(reference.from) depends on \(from.dependsOn), meant \(reference.to) (\(to.id))")
            }
        }
    }

    @Test(arguments: Operation.allCases)
    func generatedHistoriesNeverPutWorkOnAnotherPersonsTask(_ operation: Operation) throws {
        var clean = 0, conflicted = 0
        for seed in 0..<UInt64(Self.histories) {
            var random = SplitMix64(seed: seed &* 7919 &+ UInt64(operation.rawValue.utf8.count))
            let repository = try GitWorkspace()
            #expect(try repository.collab("setup").status == 0)
            try repository.commit("base")
            var counter = 0
            var topic = Made(side: "分支"), main = Made(side: "主干")
            try repository.git("checkout", "-q", "-b", "topic")
            try Self.work("分支", commits: 2 + Int(random.next() % 3), on: repository, counter: &counter, random: &random, made: &topic)
            try repository.git("checkout", "-q", "main")
            try Self.work("主干", commits: 2 + Int(random.next() % 3), on: repository, counter: &counter, random: &random, made: &main)
            if try Self.run(operation, repository, counter: &counter, random: &random, made: &main) {
                conflicted += 1
                continue
            }
            clean += 1
            Self.verify(try repository.scratch.read(Self.tasks), [topic, main], "\(operation.rawValue) #\(seed)")
        }
        print("merge histories (\(operation.rawValue)): \(clean) clean, \(conflicted) stopped on a conflict")
        #expect(clean > Self.histories / 3, "\(clean) of \(Self.histories) \(operation.rawValue) histories merged cleanly")
    }
}
