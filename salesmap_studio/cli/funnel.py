"""`salesmap-studio funnel MAP.smap`: deals needed per period, win rate, cycle time, volumes."""

from __future__ import annotations

from ..analysis.flow_order import flow_order
from ..analysis.funnel import FunnelError, FunnelResult, compute_funnel, percent
from ..analysis.safe_text import terminal_text
from .common import EXIT_OK, fail, read_map, say, say_json
from .lint import add_report_command


def register(sub) -> None:
    add_report_command(sub, "funnel", "reverse funnel: deals needed per period for the map's target", _funnel)


def _funnel(args) -> int:
    doc = read_map(args.map)
    try:
        result = compute_funnel(doc)
    except FunnelError as error:
        raise fail(args.map, "funnel", error) from None
    if args.format == "json":
        say_json(result.to_dict())
    else:
        names = {node_id: terminal_text(doc.node(node_id).name) for node_id in flow_order(doc)}
        for line in _as_text(result, names, doc.info.funnel.currency):
            say(line)
    return EXIT_OK


def _as_text(result: FunnelResult, names: dict[str, str], currency: str) -> list[str]:
    """The report's lines; `names` are already escaped for the terminal, so the columns line up."""
    per = f"per {result.period}"
    lines = [
        f"Target:      {result.target:,.0f} won deals {per}",
        f"Entries:     {result.entries:,.1f} {per}",
        f"Win rate:    {percent(result.win_rate)}",
        f"Cycle time:  {result.cycle_days:,.1f} days for won deals",
    ]
    if result.revenue is not None:
        lines.append(f"Revenue:     {result.revenue:,.0f} {currency} {per}".replace("  per", " per"))
    width = max(len(names[node_id]) for node_id in result.volumes)
    lines.append(f"Deals {per}:")
    lines += [f"  {name:<{width}}  {result.volumes[node_id]:>10,.1f}" for node_id, name in names.items()]
    return lines
