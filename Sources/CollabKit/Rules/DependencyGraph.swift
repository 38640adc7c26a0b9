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
                                                Message.dependencyUnknown(task.name, dependency.value)))
            }
        }
        for cycle in cycles() {
            let first = tasks[cycle[0]]
            let names = (cycle + [cycle[0]]).map { tasks[$0].id?.value ?? "?" }
            let range = first.dependsOn?.range ?? first.positions.anchor
            findings.append(context.finding(.taskDependencyCycle, .tasks, range, Message.cycle(names)))
        }
        return findings
    }

    /// Each cycle once, as task positions starting from its earliest task. The walk keeps
    /// its own stack: a long chain of dependencies must not overflow a worker thread's.
    private func cycles() -> [[Int]] {
        let edges: [[Int]] = tasks.map { task in (task.dependsOn?.items ?? []).compactMap { index[$0.value] } }
        var state = [UInt8](repeating: 0, count: tasks.count)  // 0 new, 1 on the path, 2 done
        var found: [[Int]] = []
        for root in tasks.indices where state[root] == 0 {
            var path: [(node: Int, nextEdge: Int)] = [(root, 0)]
            state[root] = 1
            while let (node, nextEdge) = path.last {
                guard nextEdge < edges[node].count else {
                    state[node] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].nextEdge += 1
                let next = edges[node][nextEdge]
                if state[next] == 1, let start = path.firstIndex(where: { $0.node == next }) {
                    let cycle = path[start...].map(\.node)
                    let rotation = cycle.firstIndex(of: cycle.min() ?? next) ?? 0
                    found.append(Array(cycle[rotation...] + cycle[..<rotation]))
                } else if state[next] == 0 {
                    state[next] = 1
                    path.append((next, 0))
                }
            }
        }
        return found
    }
}

extension Message {
    fileprivate static func dependencyUnknown(_ task: TaskName, _ dependency: String) -> Message {
        Message(en: "\(task.text(.en)) depends on '\(dependency)', which is no task in this file",
                zh: "\(task.text(.zh))依赖「\(dependency)」，但本文件中没有这个任务")
    }
    /// A long cycle shows its first ten tasks, how many there are, and where it closes.
    fileprivate static func cycle(_ names: [String]) -> Message {
        @Sendable func path(_ more: String) -> String {
            guard names.count > 12 else { return names.joined(separator: " → ") }
            return (names.prefix(10) + [more, names[names.count - 1]]).joined(separator: " → ")
        }
        let count = names.count - 1
        return Message(en: "tasks depend on each other in a cycle: \(path("… (\(count) tasks)"))",
                       zh: "任务之间循环依赖：\(path("…（共 \(count) 个任务）"))")
    }
}
