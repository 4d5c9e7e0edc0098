"""The evidence as lines of text for a terminal (the CLI's `--format text`), English like the
other reports; the two sentences come in the map's language. A `!` marks a figure that differs
from the plan by more than the thresholds of analysis/planned_actual."""

from __future__ import annotations

from ..analysis.planned_actual import conversion_differs, days_differ
from ..analysis.words import say_count
from ..model import SalesMap


def _deals(n: int) -> str:
    return say_count("evidence-deals", n, "en")


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{share * 100:.0f}%"


def _days(days: float | None) -> str:
    return "-" if days is None else f"{days:,.1f}"


def as_text(doc: SalesMap, data: dict) -> list[str]:
    deals, period = data["deals"], data["period"]
    lines = [f"Deals: {deals['total']:,} (won {deals['won']:,}, lost {deals['lost']:,}, open {deals['open']:,}), "
             f"{(period['from'] or '-')[:10]} to {(period['to'] or '-')[:10]}"]
    lines += _problems(data)
    lines += _stage_table(doc, data["stages"])
    lines += _links(doc, data)
    cycle = data["cycle_days"]
    lines.append(f"Cycle time of won deals: median {_days(cycle['median'])} d, 80% within {_days(cycle['p80'])} d "
                 f"(map: {_days(cycle['planned'])} d)")
    lines += _fast_slow(doc, data["fast_slow"])
    lines += [sentence for sentence in data["sentences"].values() if sentence]
    return lines


def _examples(flagged: dict) -> str:
    return "; ".join(f"row {e['row']}: {e['reason']}" for e in flagged["examples"])


def _problems(data: dict) -> list[str]:
    lines = []
    for label, flagged in (("Rejected rows", data["rejected_rows"]),
                           ("Out of order", data["flags"]["out_of_order"]),
                           ("In the future", data["flags"]["future"])):
        if flagged["count"]:
            lines.append(f"{label}: {flagged['count']:,} (e.g. {_examples(flagged)})")
    for stage in data["unmatched_stages"]:
        hint = f"; perhaps {doc_name}" if (doc_name := stage["suggestion"]) else ""
        lines.append(f"Unmatched CRM stage: {stage['name']} ({_deals(stage['deals'])}{hint})")
    return lines


def _stage_table(doc: SalesMap, stages: dict) -> list[str]:
    names = {node_id: doc.node(node_id).name for node_id in stages}
    width = max([len(n) for n in names.values()] + [5])
    lines = [f"{'Stage':<{width}}  {'entered':>8}  {'moved on':>8}  {'dropped':>8}  {'conv.':>5} {'plan':>5}  "
             f"{'days':>6} {'p80':>6} {'plan':>6}"]
    for node_id, s in stages.items():
        conv_mark = "!" if conversion_differs(s["conversion"], s["planned_conversion"]) else " "
        days_mark = "!" if days_differ(s["days_median"], s["planned_days"]) else " "
        lines.append(f"{names[node_id]:<{width}}  {s['entered']:>8,}  {s['moved_on']:>8,}  {s['dropped']:>8,}  "
                     f"{_pct(s['conversion']):>5}{conv_mark}{_pct(s['planned_conversion']):>5}  "
                     f"{_days(s['days_median']):>6}{days_mark}{_days(s['days_p80']):>6} {_days(s['planned_days']):>6}")
    return lines


def _links(doc: SalesMap, data: dict) -> list[str]:
    lines = ["Links:"]
    for link_id, figure in data["links"].items():
        link = doc.link(link_id)
        mark = "!" if conversion_differs(figure["share"], link.share) else " "
        lines.append(f"  {doc.node(link.source).name} -> {doc.node(link.target).name}: {figure['transitions']:,} "
                     f"({_pct(figure['share'])}{mark} plan {_pct(link.share)})")
    for step in data["unmapped_transitions"]:
        lines.append(f"Not on the map: {step['from']} -> {step['to']}: {step['count']:,}")
    for skip in data["skipped_stages"]:
        lines.append(f"Skipped: {doc.node(skip['stage']).name} ({_deals(skip['deals'])})")
    for loop in data["revisits"]:
        lines.append(f"Came back to {doc.node(loop['stage']).name}: {_deals(loop['deals'])}, "
                     f"{say_count('evidence-times', loop['revisits'], 'en')}")
    return lines


def _fast_slow(doc: SalesMap, fast_slow: dict | None) -> list[str]:
    if fast_slow is None:
        return ["Fast versus slow: fewer than four won deals"]
    lines = []
    for group in ("fast", "slow"):
        figure = fast_slow[group]
        paths = "; ".join(f"{' > '.join(p['path'])} ({p['deals']:,})" for p in figure["paths"])
        lines.append(f"{group.capitalize()}est quarter: {_deals(figure['deals'])}, median "
                     f"{_days(figure['cycle_days_median'])} d; {paths}")
    parts = [f"{doc.node(s['stage']).name} +{_days(s['difference'])} d" for s in fast_slow["stages"][:3]
             if s["difference"] > 0]
    if parts:
        lines.append("Where the slow deals lose time: " + ", ".join(parts))
    return lines
