/// The one stylesheet of the HTML reports, inlined in each page: system fonts with CJK
/// fallbacks, a light and a dark theme (the reader's preference), and print on A4
/// landscape with the colours kept.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
      --done: #2da44e; --doing: #0969da; --todo: #8c959f; --blocked: #bf8700; --overdue: #cf222e; --accent: #0969da; --meeting: #8250df;
      --s-define: #8c959f; --s-initiate: #8250df; --s-plan: #bf3989; --s-execute: #0969da; --s-verify: #bf8700; --s-closed: #2da44e; }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
        --done: #3fb950; --doing: #4493f8; --todo: #6e7681; --blocked: #d29922; --overdue: #f85149; --accent: #4493f8; --meeting: #ab7df8;
        --s-define: #6e7681; --s-initiate: #ab7df8; --s-plan: #db61a2; --s-execute: #4493f8; --s-verify: #d29922; --s-closed: #3fb950; }
    }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1200px; padding: 24px; background: var(--bg); color: var(--fg);
      font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
    h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    .facts { color: var(--muted); margin: 0 0 16px; } .facts b { color: var(--fg); white-space: nowrap; }
    .stage { display: inline-block; padding: 0 8px; border-radius: 10px; background: var(--accent); color: #fff; font-size: 12px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; } dt { color: var(--muted); } dd { margin: 0; white-space: pre-wrap; }
    .scroll { overflow-x: auto; max-width: 100%; margin: 8px 0; } .scroll > table { margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0; } table.wide { min-width: 680px; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--panel); font-weight: 600; white-space: nowrap; } .nowrap { white-space: nowrap; } .name { white-space: nowrap; word-break: keep-all; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
    .status { font-size: 12px; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; }
    .status.done { color: var(--done); } .status.doing { color: var(--doing); } .status.todo { color: var(--todo); }
    .status.blocked { color: var(--blocked); } .status.dropped { color: var(--muted); } .overdue-text { color: var(--overdue); font-weight: 600; }
    .reason { font-size: 12px; color: var(--muted); }
    .chart { overflow-x: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
    svg.gantt { font: 12px system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
    svg .label, svg .axis, svg .today-label { fill: var(--fg); } svg .axis { fill: var(--muted); font-size: 11px; }
    svg .grid { stroke: var(--line); stroke-width: 1; }
    svg .bar.done { fill: var(--done); } svg .bar.doing { fill: var(--doing); } svg .bar.todo { fill: var(--todo); } svg .bar.blocked { fill: var(--blocked); }
    svg .bar.overdue { stroke: var(--overdue); stroke-width: 3; }
    svg .milestone { fill: var(--meeting); } svg .milestone-line { stroke: var(--meeting); stroke-width: 1; stroke-dasharray: 2 3; opacity: 0.6; }
    .meeting { margin: 12px 0 20px; } .meeting h3 { font-size: 15px; margin: 0 0 4px; } .meeting h3 small { color: var(--muted); font-weight: normal; }
    .meeting .facts { margin: 0 0 6px; } .meeting ol { margin: 4px 0; padding-left: 20px; }
    svg .dependency { fill: none; stroke: var(--muted); stroke-width: 1.2; } svg .dependency-head { fill: var(--muted); }
    svg .today { stroke: var(--overdue); stroke-width: 2; stroke-dasharray: 4 3; } svg .today-label { fill: var(--overdue); font-size: 11px; }
    .legend span { margin-right: 12px; white-space: nowrap; display: inline-block; } .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
    .progress { width: 120px; height: 10px; background: var(--line); border-radius: 5px; overflow: hidden; display: inline-block; vertical-align: middle; }
    .progress i { display: block; height: 100%; background: var(--done); }
    .timeline { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; }
    .timeline li { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; padding: 4px 10px; }
    .timeline small { color: var(--muted); display: block; }
    svg.metrics { width: 100%; max-width: 960px; min-width: 720px; height: auto; font: 12px system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
    .dot { fill: var(--accent); opacity: 0.8; }
    .s-define { fill: var(--s-define); background: var(--s-define); } .s-initiate { fill: var(--s-initiate); background: var(--s-initiate); }
    .s-plan { fill: var(--s-plan); background: var(--s-plan); } .s-execute { fill: var(--s-execute); background: var(--s-execute); }
    .s-verify { fill: var(--s-verify); background: var(--s-verify); } .s-closed { fill: var(--s-closed); background: var(--s-closed); }
    svg .area { opacity: 0.85; } svg .lane { fill: var(--bg); opacity: 0.6; }
    svg .median { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 6 4; } svg .p85 { stroke: var(--overdue); stroke-width: 1.5; stroke-dasharray: 2 3; }
    svg .line-label { fill: var(--fg); } svg .p85-label { fill: var(--overdue); }
    svg .bar.on-time { fill: var(--done); } svg .bar.late { fill: var(--overdue); }
    .legend i.on-time { background: var(--done); } .legend i.late { background: var(--overdue); }
    .number { display: block; text-align: right; font-variant-numeric: tabular-nums; }
    a { color: var(--accent); } footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
    @media (max-width: 600px) { body { padding: 12px; } }
    @page { size: A4 landscape; margin: 12mm; }
    @media print { body { max-width: none; padding: 0; font-size: 11px; } .chart, .scroll { overflow: visible; } table.wide, svg.metrics { min-width: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } h2 { break-after: avoid; } tr, .chart { break-inside: avoid; } }
    """
}
