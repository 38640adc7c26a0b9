/// The depends_on edges of a task table: unknown ids and cycles.
struct DependencyGraph {
    private let tasks: [TaskTable.Task]
    private let index: [String: Int]

    init(_ tasks: [TaskTable.Task]) {
        self.tasks = tasks
        var index: [String: Int] = [:]
        for (position, task) in tasks.enumerated() {
            if let id = task.id?.value, index[id] == nil { index[id] = position }
        }
        self.index = index
    }

    func findings(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for task in tasks {
            for dependency in task.dependsOn?.items ?? [] where index[dependency.value] == nil {
                findings.append(context.finding(.taskDependencyUnknown, .tasks, dependency.range,
                                                Message.unknown(task.name, dependency.value)))
            }
        }
        for cycle in cycles() {
            let first = tasks[cycle[0]]
            let names = (cycle + [cycle[0]]).map { tasks[$0].name }.joined(separator: " → ")
            let range = first.dependsOn?.range ?? first.positions.anchor
            findings.append(context.finding(.taskDependencyCycle, .tasks, range, Message.cycle(names)))
        }
        return findings
    }

    /// Each cycle once, as task positions starting from its earliest task.
    private func cycles() -> [[Int]] {
        var state = [UInt8](repeating: 0, count: tasks.count)  // 0 new, 1 on the path, 2 done
        var path: [Int] = []
        var found: [[Int]] = []
        func visit(_ node: Int) {
            state[node] = 1
            path.append(node)
            for dependency in tasks[node].dependsOn?.items ?? [] {
                guard let next = index[dependency.value] else { continue }
                if state[next] == 1, let start = path.firstIndex(of: next) {
                    let cycle = Array(path[start...])
                    let rotation = cycle.firstIndex(of: cycle.min() ?? next) ?? 0
                    found.append(Array(cycle[rotation...] + cycle[..<rotation]))
                } else if state[next] == 0 {
                    visit(next)
                }
            }
            path.removeLast()
            state[node] = 2
        }
        for node in tasks.indices where state[node] == 0 { visit(node) }
        return found
    }
}

private enum Message {
    static func unknown(_ task: String, _ dependency: String) -> String {
        "task \(task) depends on '\(dependency)', which is no task in this file"
    }
    static func cycle(_ names: String) -> String {
        "tasks depend on each other in a cycle: \(names)"
    }
}
