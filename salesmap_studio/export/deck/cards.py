"""One slide per node, in flow order: its card, as the playbook tells it.

Left: what lets a deal in, what happens there, the substeps and notes. Right: the exit checklist
as tick boxes (☑ a required item, ☐ the others) and where the deal goes next. The text takes the
largest projector size at which both columns fit; a card too long even at 12 pt is cut with an ellipsis.
"""

from __future__ import annotations

from ...analysis.flow_order import flow_order
from ...analysis.geometry import Rect, label_text, palette, wrap
from ...analysis.node_card import node_facts, node_title
from ...analysis.words import say
from ...model import Decision, Stage
from .kit import BODY_PT, LEAST_PT, MARGIN, SLIDE_H, SLIDE_W, Run, blank_slide, safe, slide_title, text_box

LINE_HEIGHT = 1.25   # PowerPoint's and Impress's single spacing for the font, with a little room
SIZES = (BODY_PT, 16.0, 14.0, LEAST_PT)
TOP, GAP = 96.0, 28.0
COLUMN_W = (SLIDE_W - 2 * MARGIN - GAP) / 2
COLUMN_H = SLIDE_H - TOP - MARGIN

Section = tuple[str, list[str]]   # a label and its paragraphs


def _left(node, language: str) -> list[Section]:
    sections = []
    if isinstance(node, Stage):
        for key, text in (("entry", node.entry_criteria), ("activities", node.activities)):
            if text.strip():
                sections.append((say(key, language), [text.strip()]))
        if node.substeps:
            sections.append((say("substeps", language), [f"•  {step}" for step in node.substeps]))
    if node.notes.strip():
        sections.append((say("notes", language), [node.notes.strip()]))
    return sections


def _right(doc, node, language: str) -> list[Section]:
    sections = []
    if isinstance(node, Stage) and node.exit_checklist:
        required = say("required", language)
        sections.append((say("checklist", language),
                         [f"☑  {item.text}  ({required})" if item.required else f"☐  {item.text}"
                          for item in node.exit_checklist]))
    links = doc.links_from(node.id)
    if links:
        lines = []
        for link in links:
            said = label_text(link, language)
            lines.append(f"→  {doc.node(link.target).name}" + (f"  ({said})" if said else ""))
        sections.append((say("branches" if isinstance(node, Decision) else "next", language), lines))
    return sections


def _paragraphs(sections: list[Section]) -> list[str]:
    return [p for _, paragraphs in sections for text in paragraphs for p in safe(text).split("\n")]


def _height(sections: list[Section], size: float) -> float:
    """How tall the column is at `size`, wrapped with the font's own measure."""
    lines = sum(len(wrap(p, COLUMN_W, size, False, 10_000)) or 1 for p in _paragraphs(sections))
    labels = len(sections) * (size * 0.8 * LINE_HEIGHT + size * 0.6)
    return lines * size * LINE_HEIGHT + labels


def _cut(sections: list[Section], size: float) -> list[Section]:
    """The sections, their paragraphs shortened with an ellipsis so the column fits at `size`."""
    budget = int((COLUMN_H - len(sections) * size * 1.6) // (size * LINE_HEIGHT))
    out = []
    for label, paragraphs in sections:
        kept = []
        for paragraph in paragraphs:
            for part in safe(paragraph).split("\n"):
                if budget <= 0:
                    break
                lines = wrap(part, COLUMN_W, size, False, budget) or [""]
                budget -= len(lines)
                kept.append(" ".join(lines))
        out.append((label, kept))
    return out


def _runs(sections: list[Section], size: float) -> list[Run]:
    runs = []
    for label, paragraphs in sections:
        runs.append(Run(label, size * 0.8, True, palette.INK_SOFT, size * 0.6))
        runs += [Run(p, size) for p in paragraphs]
    return runs


def fitting_size(columns: list[list[Section]]) -> float:
    """The largest projector size at which every column fits (the smallest, else)."""
    for size in SIZES:
        if all(_height(column, size) <= COLUMN_H for column in columns):
            return size
    return LEAST_PT


def column(slide, sections: list[Section], index: int, size: float, name: str) -> None:
    """The left (`index` 0) or right column of a slide, cut to fit at `size` if it must be."""
    if _height(sections, size) > COLUMN_H:
        sections = _cut(sections, size)
    if sections:
        text_box(slide, Rect(MARGIN + index * (COLUMN_W + GAP), TOP, COLUMN_W, COLUMN_H), _runs(sections, size),
                 name=name)


def card_slide(deck, doc, node, index: int, language: str) -> None:
    slide = blank_slide(deck)
    facts = "  ·  ".join(f"{label}: {value}" for label, value in node_facts(doc, node, language))
    slide_title(slide, f"{index}. {node_title(node, language)}", facts, language=language)
    columns = [_left(node, language), _right(doc, node, language)]
    size = fitting_size(columns)
    column(slide, columns[0], 0, size, say("deck-shape-card", language))
    column(slide, columns[1], 1, size, say("deck-shape-checklist", language))


def card_slides(deck, doc, language: str, tick=lambda items: None) -> None:
    for index, node_id in enumerate(flow_order(doc), 1):
        card_slide(deck, doc, doc.node(node_id), index, language)
        tick(1)
