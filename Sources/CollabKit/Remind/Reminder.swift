/// One open task, or open action item of a meeting that no task carries, that needs attention
/// today (docs/reference.md §10, §11), with what the owner needs to act on it: the
/// collaboration, the latest progress note, the owner's contact and the collaboration's channel.
public struct ReminderItem: Sendable {
    /// The meeting an action item comes from: its file name without .yaml, and its topic.
    public struct Meeting: Sendable, Equatable {
        public var name: String
        public var topic: String?
    }

    /// A task this one depends on that is blocked or overdue.
    public struct Upstream: Sendable, Equatable {
        public var id: String
        public var blocked: Bool
        public var overdueDays: Int?
    }

    /// The department and owner of a task escalated to the lead department.
    public struct Escalation: Sendable, Equatable {
        public var department: String?
        public var departmentName: String?
        public var owner: String?
        /// Working days past the due date.
        public var workingDays: Int
    }

    public struct Progress: Sendable, Equatable {
        public var date: CalendarDate?
        public var by: String?
        public var note: String?
    }

    public var collaboration: String
    public var id: String
    public var title: String?
    public var owner: String?
    public var department: String?
    /// The status as written.
    public var status: String
    public var due: CalendarDate?
    public var attention: TaskAttention
    /// The task's note when it is blocked (what it waits for).
    public var blockedNote: String?
    public var latest: Progress?
    public var contact: Contact?
    public var channel: String?
    /// For an action item, its meeting; nil for a task.
    public var meeting: Meeting? = nil
    /// The problem's title: how a chat message names the collaboration.
    public var collaborationTitle: String? = nil
    /// For a follow-up of feedback.yaml (an improvement or a norm update, reminded after the
    /// collaboration is closed until done), its kind; nil for a task or an action item.
    public var followUp: FollowUp.Kind? = nil
    /// The tasks it depends on that are blocked or overdue: it is at risk.
    public var atRisk: [Upstream] = []
    /// Set on the copy listed under the lead department (逾期上报): whose task it is.
    public var escalatedFrom: Escalation? = nil
    /// The task's place in its file, to keep the file's order among equal due dates.
    var position: Int

    /// The collaboration's channel, when it has one.
    var namedChannel: ReminderGroup.Channel? {
        channel.map { .init(collaboration: collaboration, channel: $0, title: collaborationTitle) }
    }
}

/// The items of one owner within a department group.
public struct ReminderOwner: Sendable {
    public var owner: String?
    public var contact: Contact?
    public var items: [ReminderItem]
}

/// A department's part of the digest: its owners, and the channels of the collaborations
/// its items belong to.
public struct ReminderGroup: Sendable {
    public struct Channel: Sendable, Equatable {
        public var collaboration: String
        public var channel: String
        /// The problem's title: how a chat message names the collaboration.
        public var title: String? = nil

        /// The first channel named for each collaboration, in order.
        static func distinct(_ channels: [Channel?]) -> [Channel] {
            var seen: Set<String> = []
            return channels.compactMap { $0 }.filter { seen.insert($0.collaboration).inserted }
        }
    }

    public var department: String?
    /// The department's name in collab.yaml's directory.
    public var name: String?
    public var channels: [Channel]
    public var owners: [ReminderOwner]

    /// The items to follow up here; an escalated copy of an item its own department lists
    /// is the same item, counted once.
    public var itemCount: Int {
        // Counted in place: the digest's title asks for it for every message it splits into.
        var count = 0
        for owner in owners {
            for index in owner.items.indices where owner.items[index].escalatedFrom == nil { count += 1 }
        }
        return count
    }
}

/// What needs attention today, grouped by department, then owner.
public struct ReminderDigest: Sendable {
    public var today: CalendarDate
    /// Working days that count as "due soon".
    public var within: Int
    public var groups: [ReminderGroup]

    public var isEmpty: Bool { groups.isEmpty }
    public var itemCount: Int { groups.reduce(0) { $0 + $1.itemCount } }
}

/// Builds the digest of `collab remind` from the workspace's collaborations.
public enum Reminders {
    /// `within`: working days that count as soon; nil: collab.yaml's due_soon_days.
    public static func run(_ workspace: Workspace, ids: [String] = [], within: Int? = nil,
                           today: CalendarDate) throws(WorkspaceError) -> (ReminderDigest, problems: [Diagnostic]) {
        let config = workspace.config
        let within = within ?? config.settings.dueSoonDays
        let read = try workspace.read(ids) { collaboration in
            let context = RuleContext(collaboration: collaboration, config: config, today: today)
            var found = items(context, within: within) + followUps(context, within: within)
            let title = collaboration.problem?.title?.value
            for index in found.indices { found[index].collaborationTitle = title }
            return found + escalations(found, context)
        }
        let digest = ReminderDigest(today: today, within: within, groups: group(read.rows.flatMap { $0 }, config))
        return (digest, read.problems)
    }

    /// The open tasks of a collaboration at execute or later that need attention, and the
    /// open action items of its meetings (at any stage: they are commitments from the day
    /// they are minuted) that are overdue or due soon.
    static func items(_ context: RuleContext, within: Int) -> [ReminderItem] {
        let channel = context.collaboration.stakeholders?.channel?.value
        var position = context.collaboration.tasks?.items.count ?? 0
        var actions: [ReminderItem] = []
        for meeting in context.collaboration.meetings {
            for action in meeting.actions?.items ?? [] {
                position += 1
                guard let attention = TaskAttention(action, context, within: within), !attention.isEmpty else { continue }
                actions.append(ReminderItem(collaboration: context.collaboration.id, id: action.id?.value ?? "#\(position)",
                                            title: action.text?.value, owner: action.owner?.value, department: action.department?.value,
                                            status: action.statusText, due: action.due?.value, attention: attention,
                                            blockedNote: nil, latest: nil,
                                            contact: contact(of: action.owner?.value, in: action.department?.value, context).map(Contact.init),
                                            channel: channel, meeting: .init(name: meeting.name, topic: meeting.topic?.value), position: position))
            }
        }
        guard TaskAttention.applies(at: context.collaboration.problem?.stage?.value),
              let tasks = context.collaboration.tasks?.items else { return actions }
        let upstream = self.upstream(tasks, context)
        return tasks.enumerated().compactMap { index, task -> ReminderItem? in
            let atRisk = (task.dependsOn?.items ?? []).compactMap { upstream[$0.value] }
            guard let attention = TaskAttention(task, context, within: within), !attention.isEmpty || !atRisk.isEmpty else { return nil }
            let latest = task.latestUpdate.map { ReminderItem.Progress(date: $0.date?.value, by: $0.by?.value, note: $0.note?.value) }
            return ReminderItem(collaboration: context.collaboration.id, id: task.id?.value ?? "#\(index + 1)",
                                title: task.title?.value, owner: task.owner?.value, department: task.department?.value,
                                status: task.statusText, due: task.due?.value, attention: attention,
                                blockedNote: attention.blocked ? task.note?.value : nil, latest: latest,
                                contact: contact(of: task.owner?.value, in: task.department?.value, context).map(Contact.init),
                                channel: channel, atRisk: atRisk, position: index)
        } + actions
    }

    /// The owner's contacts, all of them (one may hold the mobile number, another the Feishu
    /// id): as liaison of the task's department, as a listed person, as liaison of another
    /// department.
    static func contact(of owner: String?, in department: String?, _ context: RuleContext) -> String? {
        guard let owner, let stakeholders = context.collaboration.stakeholders else { return nil }
        let liaisons = stakeholders.departments?.items.filter { $0.liaison?.value == owner } ?? []
        let people = stakeholders.people?.items.filter { $0.name?.value == owner } ?? []
        let candidates = liaisons.filter { $0.department?.value == department }.map(\.contact)
            + people.filter { $0.department?.value == department }.map(\.contact)
            + liaisons.map(\.contact) + people.map(\.contact)
        var written: [String] = []
        for text in candidates.compactMap({ $0?.value.trimmingSpaces }) where !text.isEmpty && !written.contains(text) {
            written.append(text)
        }
        return written.isEmpty ? nil : written.joined(separator: ", ")
    }

    /// Departments in collab.yaml's order (the others by id, then items without one); owners
    /// in the order of their most urgent item; items by due date (overdue first), undated
    /// last, then by collaboration and place in the file.
    static func group(_ items: [ReminderItem], _ config: WorkspaceConfig) -> [ReminderGroup] {
        let sorted = items.sorted { a, b in
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.collaboration, a.position) < (b.collaboration, b.position)
            }
        }
        var order: [String: Int] = [:]
        for (index, department) in (config.departments?.items ?? []).enumerated() {
            if let id = department.id?.value, order[id] == nil { order[id] = index }
        }
        var departments: [String?] = []
        var byDepartment: [String?: [ReminderItem]] = [:]
        for item in sorted {
            if byDepartment[item.department] == nil { departments.append(item.department) }
            byDepartment[item.department, default: []].append(item)
        }
        departments.sort { a, b in
            switch (a, b) {
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?): return (order[x] ?? Int.max, x) < (order[y] ?? Int.max, y)
            }
        }
        return departments.map { department in
            let items = byDepartment[department] ?? []
            var owners: [ReminderOwner] = []
            for item in items {
                if let index = owners.firstIndex(where: { $0.owner == item.owner }) {
                    owners[index].items.append(item)
                    if owners[index].contact == nil { owners[index].contact = item.contact }
                } else {
                    owners.append(ReminderOwner(owner: item.owner, contact: item.contact, items: [item]))
                }
            }
            return ReminderGroup(department: department, name: department.flatMap { config.directory?[$0]?.name?.value },
                                 channels: ReminderGroup.Channel.distinct(items.map(\.namedChannel)), owners: owners)
        }
    }
}
