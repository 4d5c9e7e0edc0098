"""The "Planned versus actual" pages after the map, when deal history is loaded: the deals, the
per-stage table, the links (with the transitions the map lacks and the CRM stages it does not
know), the cycle time, fast versus slow, and the two sentences.

Drawn from the evidence's JSON contract (docs/evidence.md); the plan is read from the map as it
is now, as the Evidence panel does. Words and numbers in the map's language. Tables break across
pages with their header row repeated; cells wrap, so nothing is cut off.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from ...analysis.geometry import palette
from ...analysis.geometry.text import BOLD, REGULAR
from ...analysis.planned_actual import CONVERSION_GAP, conversion_differs, days_differ, sentence_parts
from ...analysis.words import date_text, number, say, say_count
from ...model import Stage
from .playbook import Bookmark, para

MARK = "⚠"
OFF_PLAN = palette.OUTCOME["lost"][1]
RULE = HexColor(palette.CARD_BORDER)
HEAD_FILL = HexColor("#EEF1F4")
EXAMPLES = 3   # row numbers named per kind of unusable row
_CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5, textColor=palette.INK)
_HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=palette.INK_SOFT)
_STYLES = {
    "cell": _CELL,
    "number": ParagraphStyle("number", parent=_CELL, alignment=2),
    "head": _HEAD,
    "head-number": ParagraphStyle("head-number", parent=_HEAD, alignment=2),
    "head-group": ParagraphStyle("head-group", parent=_HEAD, alignment=1),
    "off": ParagraphStyle("off", parent=_CELL, fontName=BOLD, textColor=OFF_PLAN, alignment=2),
}


class Say:
    """The map's language for these pages: words, counts, numbers, shares and days."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str, **values) -> str:
        return say(key, self.language, **values)

    def count(self, key: str, n: int, **values) -> str:
        return say_count(key, n, self.language, **values)

    def whole(self, n: int) -> str:
        return number(n, self.language)

    def share(self, value: float | None) -> str:
        return "–" if value is None else f"{number(100 * value, self.language)}\u00a0%"

    def days(self, value: float | None) -> str:
        return "–" if value is None else number(value, self.language, 1)

    def day(self, stamp: str | None) -> str:
        return "–" if not stamp else date_text(date.fromisoformat(stamp[:10]), self.language)


def _cell(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), _STYLES[style])


def _marked(text: str, off: bool) -> Paragraph:
    return _cell(f"{text} {MARK}" if off else text, "off" if off else "number")


def _table(heads: list[list[str]], rows: list[list], widths: list[float], words: tuple[int, ...] = (0,),
           spans: tuple = ()) -> Table:
    """A table whose header rows come back on every page it runs onto; the columns `words` hold
    words, the others figures (set right, their heads too). `spans`: TableStyle SPAN commands of
    the header (a head over two rows, a group over several columns)."""
    header = [[h if isinstance(h, Paragraph) else _cell(h, "head" if i in words else "head-number")
               for i, h in enumerate(row)] for row in heads]
    table = Table(header + rows, colWidths=widths, repeatRows=len(heads), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, len(heads) - 1), HEAD_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), *spans]))
    return table


def _columns(width: float, first: float, others: int) -> list[float]:
    """A wide first column (names) and `others` equal ones for the figures."""
    name = width * first
    return [name] + [(width - name) / others] * others


def _summary(data: dict, say_: Say) -> list[Flowable]:
    deals, period = data["deals"], data["period"]
    lines = [say_("evidence-deal-summary", deals=say_.count("evidence-deals", deals["total"]),
                  won=say_.whole(deals["won"]), lost=say_.whole(deals["lost"]), open=say_.whole(deals["open"]),
                  start=say_.day(period["from"]), end=say_.day(period["to"])),
             say_("evidence-source", events=say_.count("evidence-events", data["source"]["events"]))]
    for key, flagged in (("evidence-rejected", data["rejected_rows"]),
                         ("evidence-out-of-order", data["flags"]["out_of_order"]),
                         ("evidence-future", data["flags"]["future"])):
        if flagged["count"]:
            rows = ", ".join(say_.whole(e["row"]) for e in flagged["examples"][:EXAMPLES])
            lines.append(say_(key, rows=say_.count("evidence-rows", flagged["count"]), examples=rows))
    return [para(line, "facts") for line in lines]


def _sentences(doc, data: dict) -> list[Flowable]:
    stages = _live_stages(doc, data)
    found = [say(key, doc.info.language, **values) for key, values in filter(None, sentence_parts(doc, stages).values())]
    return [Spacer(0, 6)] + [para(sentence, "body") for sentence in found]


def _live_stages(doc, data: dict) -> dict[str, dict]:
    """The stage figures of the nodes still on the map as stages, with the plan as the map has it now."""
    return {node_id: figure | {"planned_conversion": doc.node(node_id).conversion_rate,
                               "planned_days": doc.node(node_id).expected_days}
            for node_id, figure in data["stages"].items()
            if doc.has_node(node_id) and isinstance(doc.node(node_id), Stage)}


def _stage_table(doc, data: dict, say_: Say, width: float) -> list[Flowable]:
    rows = []
    for node_id, s in _live_stages(doc, data).items():
        rows.append([_cell(doc.node(node_id).name), _cell(say_.whole(s["entered"]), "number"),
                     _cell(say_.whole(s["moved_on"]), "number"), _cell(say_.whole(s["dropped"]), "number"),
                     _marked(say_.share(s["conversion"]), conversion_differs(s["conversion"], s["planned_conversion"])),
                     _cell(say_.share(s["planned_conversion"]), "number"),
                     _marked(say_.days(s["days_median"]), days_differ(s["days_median"], s["planned_days"])),
                     _cell(say_.days(s["days_p80"]), "number"), _cell(say_.days(s["planned_days"]), "number")])
    # Two header rows: the counts' heads span both, "Conversion" and "Days in stage" head their columns.
    counts = [say_(f"evidence-col-{key}") for key in ("stage", "entered", "moved", "dropped")]
    groups = [_cell(say_("evidence-col-conversion"), "head-group"), "", _cell(say_("evidence-col-days"), "head-group")]
    heads = [counts + groups + ["", ""],
             [""] * 4 + [say_(f"evidence-col-{key}") for key in ("actual", "plan", "median", "p80", "plan")]]
    spans = [("SPAN", (c, 0), (c, 1)) for c in range(4)] + [("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (8, 0)),
                                                             ("LINEBELOW", (4, 0), (-1, 0), 0.4, RULE)]
    marker = say_("evidence-marker", mark=MARK, points=say_.whole(round(CONVERSION_GAP * 100)))
    return [para(say_("evidence-stages"), "h2"), _table(heads, rows, _columns(width, 0.22, 8), spans=tuple(spans)),
            Spacer(0, 4),
            para(marker, "facts")]


def _link_table(doc, data: dict, say_: Say, width: float) -> list[Flowable]:
    rows = []
    for link_id, figure in data["links"].items():
        if not doc.has_link(link_id):
            continue
        link = doc.link(link_id)
        rows.append([_cell(f"{doc.node(link.source).name} → {doc.node(link.target).name}"),
                     _cell(say_.whole(figure["transitions"]), "number"),
                     _marked(say_.share(figure["share"]), conversion_differs(figure["share"], link.share)),
                     _cell(say_.share(link.share), "number")])
    heads = [say_(f"evidence-col-{key}") for key in ("link", "transitions", "share", "share-plan")]
    story = [para(say_("evidence-links"), "h2"), _table([heads], rows, _columns(width, 0.55, 3))]
    for skip in data["skipped_stages"]:
        if doc.has_node(skip["stage"]):
            story.append(para("•  " + say_("evidence-skipped", name=doc.node(skip["stage"]).name,
                                            deals=say_.count("evidence-deals", skip["deals"])), "item"))
    for loop in data["revisits"]:
        if doc.has_node(loop["stage"]):
            story.append(para("•  " + say_("evidence-revisits", name=doc.node(loop["stage"]).name,
                                            deals=say_.count("evidence-deals", loop["deals"]),
                                            times=say_.count("evidence-times", loop["revisits"])), "item"))
    return story


def _missing(doc, data: dict, say_: Say, width: float) -> list[Flowable]:
    """The transitions the map does not have, and the CRM stages no node matches."""
    story = []
    if data["unmapped_transitions"]:
        rows = [[_cell(step["from"]), _cell(step["to"]), _cell(say_.whole(step["count"]), "number")]
                for step in data["unmapped_transitions"]]
        heads = [[say_("evidence-col-from"), say_("evidence-col-to"), say_("evidence-col-count")]]
        story += [para(say_("evidence-unmapped"), "h2"),
                  _table(heads, rows, [width * 0.42, width * 0.42, width * 0.16], words=(0, 1))]
    if data["unmatched_stages"]:
        rows = [[_cell(stage["name"]), _cell(_node_name(doc, stage["suggestion"])),
                 _cell(say_.whole(stage["deals"]), "number")] for stage in data["unmatched_stages"]]
        heads = [[say_("evidence-col-crm-stage"), say_("evidence-col-suggestion"), say_("evidence-col-deals")]]
        story += [para(say_("evidence-unmatched"), "h2"), _table(heads, rows, [width * 0.45, width * 0.4, width * 0.15],
                                                                 words=(0, 1))]
    return story


def _node_name(doc, node_id: str | None) -> str:
    return doc.node(node_id).name if node_id and doc.has_node(node_id) else "–"


def _cycle(data: dict, say_: Say) -> list[Flowable]:
    cycle = data["cycle_days"]
    if cycle["median"] is None:
        line = say_("evidence-cycle-none")
    else:
        line = say_("evidence-cycle-line", median=say_.days(cycle["median"]), p80=say_.days(cycle["p80"]))
    if cycle["planned"] is not None:
        line += " " + say_("evidence-cycle-planned", days=say_.days(cycle["planned"]))
    return [para(say_("evidence-cycle"), "h2"), para(line, "body")]


def _fast_slow(doc, data: dict, say_: Say, width: float) -> list[Flowable]:
    story: list[Flowable] = [para(say_("evidence-fast-slow"), "h2")]
    fast_slow = data["fast_slow"]
    if fast_slow is None:
        return story + [para(say_("evidence-fast-slow-few"), "body")]
    rows = []
    for group in ("fast", "slow"):   # a row per path, so a table row never outgrows a page
        figure = fast_slow[group]
        firsts = [_cell(say_(f"evidence-{group}")), _cell(say_.whole(figure["deals"]), "number"),
                  _cell(say_.days(figure["cycle_days_median"]), "number")]
        for index, path in enumerate(figure["paths"] or [{"path": [], "deals": 0}]):
            text = f"{' › '.join(path['path'])} ({say_.whole(path['deals'])})" if path["path"] else "–"
            rows.append((firsts if index == 0 else [""] * 3) + [_cell(text)])
    heads = [[say_("evidence-col-group"), say_("evidence-col-deals"), say_("evidence-col-cycle"),
              say_("evidence-col-paths")]]
    story.append(_table(heads, rows, [width * 0.2, width * 0.1, width * 0.14, width * 0.56], words=(0, 3)))
    slower = [f"{_node_name(doc, s['stage'])} +{say_.days(s['difference'])} {say_('days-short')}"
              for s in fast_slow["stages"][:3] if s["difference"] > 0]
    if slower:
        story += [Spacer(0, 6), para(say_("evidence-lose-time", stages=", ".join(slower)), "body")]
    return story


def evidence_story(doc, data: dict, width: float) -> list[Flowable]:
    """The pages' flowables for a frame `width` points wide, in the map's language."""
    say_ = Say(doc.info.language)
    title = say_("evidence-title")
    return [CondPageBreak(200), Bookmark("evidence", title, 0), para(title, "h1"),
            *_summary(data, say_), *_sentences(doc, data), *_stage_table(doc, data, say_, width),
            *_link_table(doc, data, say_, width), *_missing(doc, data, say_, width), *_cycle(data, say_),
            *_fast_slow(doc, data, say_, width)]
