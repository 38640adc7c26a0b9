#!/usr/bin/env python3
"""Generates a collab workspace of N collaborations for benchmarks (deterministic).

usage: generate-workspace.py DIR [N] [MEETINGS]
  (default N = 2000; 4 files each, 3-12 tasks each; MEETINGS minutes files per collaboration,
  default 0, drawn from their own random sequence so the four files stay the same)
"""
import os
import random
import sys

target = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
meetings = int(sys.argv[3]) if len(sys.argv) > 3 else 0
rng = random.Random(20241011)
meeting_rng = random.Random(20240615)

departments = [("finance", "财务部", ["李主管", "赵会计", "钱出纳"]), ("marketing", "市场部", ["王经理", "刘专员", "郑经理"]),
               ("data", "数据部", ["陈工", "杨分析师"]), ("operations", "运营部", ["孙主管", "吴专员"]),
               ("product", "产品部", ["周经理", "冯专员"]), ("tech", "技术部", ["冯主管", "钱工程师", "褚工程师"]),
               ("sales", "销售部", ["何经理", "吕代表"]), ("legal", "法务部", ["林律师"])]
phrases = ["数据提报流程未明确截止时间与责任人", "跨部门需求变更未同步至执行方", "资源分配冲突导致进度延误",
           "客户投诉需多部门联合响应", "流程衔接不畅引发重复工作", "测试资源与系统升级时间冲突",
           "活动素材准备滞后影响上线", "报表口径不一致导致返工"]

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)

def date(day):
    month, day = 1 + day // 28, 1 + day % 28
    return f"2024-{month:02d}-{day:02d}"

lines = ["version: 1", "name: 基准测试工作区", "departments:"]
for key, name, members in departments:
    lines += [f"  - id: {key}", f"    name: {name}", f"    members: [{', '.join(members)}]"]
lines += ["settings:", "  due_soon_days: 1", "  stale_update_days: 1"]
write(os.path.join(target, "collab.yaml"), "\n".join(lines) + "\n")

for number in range(count):
    folder = os.path.join(target, "collaborations", f"c{number:05d}")
    stage = rng.choice(["define", "initiate", "plan", "execute", "execute", "verify", "closed", "closed"])
    involved = rng.sample(departments, rng.randint(2, 5))
    lead = involved[0]
    opened = rng.randint(0, 150)
    topic = rng.choice(phrases)
    problem = f"""# 协作 {number}：{topic}
title: 第{number}号协作：{topic}
stage: {stage}
opened: {date(opened)}
scenario: {rng.choice(["kickoff", "resource", "issue", "progress", "retrospective"])}
reporter: {lead[2][0]}
background: |
  {lead[1]}在例行复盘中发现：{topic}。
  该问题已持续两个周期，影响多个部门的月度目标。
  本次协作由{lead[1]}牵头，邀请相关部门共同定位原因并制定改进方案。
  相关会议纪要已归档至企业知识库，供后续复盘与新员工培训参考。
phenomenon: {topic}，导致报表延误{rng.randint(1, 9)}天
essence: 缺少统一的协作规范、交付标准与时间节点
impact:
  - 月度报表延误{rng.randint(1, 9)}天，影响管理层决策
  - 相关部门返工约{rng.randint(2, 40)}人时
  - 客户满意度下降{rng.randint(1, 15)}%
causes:
""" + "".join(f"  - department: {d[0]}\n    cause: {d[1]}未明确{rng.choice(['责任人', '截止时间', '数据格式', '验收标准'])}\n" for d in involved[:2]) + f"""goal:
  statement: 建立跨部门协作规范，问题不再复发
  metric: 按时交付率
  target: 100%按时，零返工
  due: {date(opened + 40)}
deliverables:
  - 《协作规范》
  - 《数据提报模板》
acceptance:
  - 连续两个周期按时交付
"""
    write(os.path.join(folder, "problem.yaml"), problem)
    stake = [f"lead: {lead[0]}", f"channel: 企业微信群「{number}号协作群」", "cadence: daily", "departments:"]
    for index, (key, name, members) in enumerate(involved):
        role = "lead" if index == 0 else rng.choice(["execute", "support", "decision", "informed"])
        stake += [f"  - department: {key}", f"    role: {role}", f"    liaison: {members[0]}", f"    contact: wecom:{key}.{number}"]
    stake.append("people:")
    for key, name, members in involved:
        for person in members[1:]:
            stake += [f"  - name: {person}", f"    department: {key}"]
    write(os.path.join(folder, "stakeholders.yaml"), "\n".join(stake) + "\n")
    tasks = ["tasks:"]
    finished = stage in ("verify", "closed")
    for index in range(rng.randint(3, 12)):
        key, name, members = rng.choice(involved)
        start = opened + rng.randint(1, 10)
        status = rng.choice(["done", "dropped"]) if finished else rng.choice(["todo", "doing", "done", "blocked"])
        tasks += [f"  - id: T{index + 1}", f"    title: {name}{rng.choice(['提交说明报告', '修订流程规范', '确认数据格式', '完成验收测试'])}",
                  f"    owner: {rng.choice(members)}", f"    department: {key}", f"    start: {date(start)}",
                  f"    due: {date(start + rng.randint(2, 20))}", f"    deliverable: 《{name}交付物{index + 1}》", f"    status: {status}"]
        if index > 0 and rng.random() < 0.4:
            tasks.append(f"    depends_on: [T{rng.randint(1, index)}]")
        if status in ("blocked", "dropped"):
            tasks.append("    note: 等待上游部门确认，已在群内提醒")
        tasks.append("    updates:")
        for update in range(rng.randint(2, 5)):
            tasks += [f"      - date: {date(start + update)}", f"        by: {rng.choice(members)}",
                      f"        note: 已完成{rng.randint(10, 90)}%，{rng.choice(['待确认', '进展顺利', '需协调资源'])}；已在协作群同步，明日继续跟进"]
    write(os.path.join(folder, "tasks.yaml"), "\n".join(tasks) + "\n")
    task_count = sum(1 for line in tasks if line.startswith("  - id: T"))
    for meeting in range(meetings):
        day = opened + 1 + meeting * 7
        attending = involved[:meeting_rng.randint(2, len(involved))]
        lines = [f"topic: 第{number}号协作{'需求对齐会' if meeting == 0 else '进度协调会'}", f"date: {date(day)}",
                 "time: {0}:00-{0}:45".format(9 + meeting_rng.randint(0, 7)), "scenario: progress",
                 f"channel: 企业微信群「{number}号协作群」（线上会议）", f"host: {lead[2][0]}", f"recorder: {lead[2][-1]}",
                 f"goal: 明确{topic}的原因、目标与分工", "attendees:"]
        for key, name, members in attending:
            lines += [f"  - department: {key}", f"    people: [{', '.join(members[:2])}]"]
        lines += ["agenda:", "  - 问题根源", "  - 解决目标", "  - 分工确认", "decisions:",
                  "  - id: D1", "    text: 由牵头部门汇总各部门意见，一周内形成协作规范初稿",
                  "  - id: D2", "    text: 各部门对接人每日在协作群同步进度，关键节点前1天提醒", "actions:"]
        for index in range(3):
            key, name, members = meeting_rng.choice(attending)
            lines += [f"  - id: A{index + 1}", f"    text: {name}{meeting_rng.choice(['提交说明报告', '确认数据格式', '修订流程规范'])}",
                      f"    owner: {members[0]}", f"    department: {key}", f"    due: {date(day + meeting_rng.randint(2, 9))}"]
            lines += [f"    task: T{meeting_rng.randint(1, task_count)}"] if index < 2 else ["    status: done"]
        lines += [f"distributed: {date(day)}", f"acknowledged: [{', '.join(key for key, _, _ in attending)}]"]
        write(os.path.join(folder, "meetings", f"{date(day)}-m{meeting + 1}.yaml"), "\n".join(lines) + "\n")
    if finished:
        feedback = [f"verification:", f"  conclusion: resolved", f"  date: {date(opened + 45)}", "  evidence: 连续两个周期按时交付，报表按期发布", "responses:"]
        for key, name, members in involved:
            feedback += [f"  - department: {key}", f"    by: {members[0]}", f"    comment: {name}认为新流程清晰有效"]
        feedback += ["practices:", "  - 每日进度同步机制高效", "  - 关键节点前1天提醒负责人", "improvements:",
                     f"  - point: 流程修订需增加法务预审", f"    owner: {lead[2][0]}", f"    due: {date(opened + 60)}",
                     "shared_via:", "  - 企业知识库", "norm_updates:", "  - norm: 明确跨部门任务优先级", f"    owner: {lead[2][0]}"]
        text = "\n".join(feedback) + "\n"
    else:
        text = "# 验证阶段填写\n"
    write(os.path.join(folder, "feedback.yaml"), text)
