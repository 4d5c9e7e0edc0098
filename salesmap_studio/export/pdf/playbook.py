"""The playbook: a cover (title, goal, KPIs, funnel) and one section per node in flow order.

Built from reportlab flowables and laid out page by page on the same canvas as
the map, with an outline entry (bookmark) per node.
"""

from __future__ import annotations

from typing import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Frame, Paragraph, Spacer

from ...analysis.flow_order import flow_order
from ...analysis.geometry import label_text, palette
from ...analysis.geometry.text import BOLD, REGULAR
from ...analysis.node_card import funnel_lines, node_facts, node_title
from ...analysis.words import say
from ...model import Decision, Stage
from .story import Story

INK, SOFT = palette.INK, palette.INK_SOFT
STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=24, leading=30, textColor=INK, spaceAfter=8),
    "goal": ParagraphStyle("goal", fontName=REGULAR, fontSize=13, leading=18, textColor=SOFT, spaceAfter=18),
    # Headings keep with what follows them (see _fill): never a heading alone at a page's foot.
    "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=16, leading=21, textColor=INK, spaceBefore=10, spaceAfter=6,
                         keepWithNext=1),
    "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=13, leading=17, textColor=INK, spaceBefore=14, spaceAfter=3,
                         keepWithNext=1),
    "label": ParagraphStyle("label", fontName=BOLD, fontSize=9.5, leading=13, textColor=SOFT, spaceBefore=6,
                            keepWithNext=1),
    "body": ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, textColor=INK),
    "facts": ParagraphStyle("facts", fontName=REGULAR, fontSize=9.5, leading=13, textColor=SOFT),
    "item": ParagraphStyle("item", fontName=REGULAR, fontSize=10, leading=14, textColor=INK, leftIndent=16,
                           firstLineIndent=-12),
}


class Bookmark(Flowable):
    """An invisible mark that adds a PDF outline entry pointing at where it lands."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, available_width, available_height):
        return (0, 0)

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, self.level)


def para(text: str, style: str) -> Paragraph:
    # A no-break space keeps "25 %" and "30 T" together at a line end.
    text = escape(text).replace(" %", "\u00a0%").replace("\n", "<br/>")
    return Paragraph(text, STYLES[style])


def cover(doc, language: str) -> list[Flowable]:
    info = doc.info
    story = [Bookmark("playbook", say("playbook", language), 0),
             para(info.title or say("playbook", language), "title")]
    if info.goal:
        story.append(para(info.goal, "goal"))
    if info.kpis:
        story.append(para(say("kpis", language), "h2"))
        story += [para(f"•  {k.name}" + (f": {k.target}" if k.target else ""), "item") for k in info.kpis]
    if info.funnel is not None:
        story.append(para(say("funnel", language), "h2"))
        story += [para(f"•  {line}", "item") for line in funnel_lines(doc, language)]
    return story


def _facts(doc, node, language: str) -> str:
    return "  ·  ".join(f"{label}: {value}" for label, value in node_facts(doc, node, language))


def _stage_body(node: Stage, language: str) -> list[Flowable]:
    story = []
    for key, text in (("entry", node.entry_criteria), ("activities", node.activities)):
        if text.strip():
            story += [para(say(key, language), "label"), para(text, "body")]
    if node.substeps:
        story.append(para(say("substeps", language), "label"))
        story += [para(f"•  {step}", "item") for step in node.substeps]
    if node.exit_checklist:
        story.append(para(say("checklist", language), "label"))
        required = say("required", language)
        story += [para(f"☐  {item.text}" + (f"  ({required})" if item.required else ""), "item")
                  for item in node.exit_checklist]
    return story


def _onward(doc, node, language: str) -> list[Flowable]:
    links = doc.links_from(node.id)
    if not links:
        return []
    key = "branches" if isinstance(node, Decision) else "next"
    story = [para(say(key, language), "label")]
    for link in links:
        said = label_text(link, language)
        story.append(para(f"→  {doc.node(link.target).name}" + (f"  ({said})" if said else ""), "item"))
    return story


def node_section(doc, node, index: int, language: str) -> list[Flowable]:
    title = f"{index}. {node_title(node, language)}"
    head = [Bookmark(f"node-{node.id}", title, 1), para(title, "h2")]
    facts = _facts(doc, node, language)
    if facts:
        head.append(para(facts, "facts"))
    body = _stage_body(node, language) if isinstance(node, Stage) else []
    body += _onward(doc, node, language)
    if node.notes.strip():
        body += [para(say("notes", language), "label"), para(node.notes, "body")]
    # Start a new page rather than leave a heading alone at the bottom of one.
    return [CondPageBreak(110), *head, *body]


def playbook_story(doc, language: str, tick=lambda items: None) -> Iterator[Flowable]:
    """The playbook's flowables, one node's section at a time (`tick` hears of each section)."""
    yield from cover(doc, language) + [Spacer(0, 12), para(say("playbook", language), "h1")]
    for index, node_id in enumerate(flow_order(doc), 1):
        yield from node_section(doc, doc.node(node_id), index, language)
        tick(1)


def _keeps_with_next(flowable: Flowable) -> bool:
    return bool(getattr(getattr(flowable, "style", None), "keepWithNext", 0))


def _kept_height(frame: Frame, story: Story) -> float:
    """The height the headings at the start of `story` need with the first two lines of what follows."""
    width, height = frame._getAvailableWidth(), 0.0
    for flowable in story:
        _, h = flowable.wrap(width, frame._aH)
        if not _keeps_with_next(flowable):
            return height + flowable.getSpaceBefore() + _start_height(flowable, h)
        height += flowable.getSpaceBefore() + h + flowable.getSpaceAfter()
    return height


def _start_height(flowable: Flowable, height: float) -> float:
    """How much of a wrapped flowable must come along with a heading: two lines of text, or a
    table's header rows and its first row (a long table then starts under its heading and breaks)."""
    rows = getattr(flowable, "_rowHeights", None)
    if rows is not None:
        return sum(rows[:getattr(flowable, "repeatRows", 0) + 1])
    leading = getattr(getattr(flowable, "style", None), "leading", height)
    return min(height, 2 * leading)


def _fill(frame: Frame, story: Story, canvas) -> None:
    """Add flowables until the frame is full, splitting the one that does not fit whole.

    Our own page loop (no DocTemplate), so keepWithNext is honoured here: a heading
    that cannot bring the start of its text along ends the page instead.
    """
    while story:
        # The frame's free height: its cursor (_y) down to the bottom edge inside the padding (_y1p).
        first = story.first()
        if _keeps_with_next(first) and not frame._atTop and _kept_height(frame, story) > frame._y - frame._y1p:
            return
        if frame.add(first, canvas, trySplit=1):
            story.take_first()
            continue
        parts = frame.split(first, canvas)
        if len(parts) > 1 and frame.add(parts[0], canvas):
            story.split_first(parts[1:])
        return


def lay_out(canvas, story: Story, page, frame_rect, on_page) -> None:
    """Fill pages of size `page` with the story; `on_page(canvas)` draws each page's frame (footer)."""
    x, y, w, h = frame_rect
    while story:
        canvas.setPageSize(page)
        on_page(canvas)
        before = story.taken
        _fill(Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0), story, canvas)
        if story.taken == before:
            story.take_first()  # a flowable taller than a page and unsplittable: leave it out, never loop
        canvas.showPage()
