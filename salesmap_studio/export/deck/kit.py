"""What every slide of the deck is built with: the 16:9 slide, text boxes in projector sizes,
colours (with alpha, which python-pptx has no call for) and text made safe for the XML.

Positions are points from the slide's top-left; python-pptx wants EMU (12,700 per point).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.shapetree import SlideShapes
from pptx.util import Emu, Pt

from ...analysis.geometry import Rect, palette, wrap
from ...analysis.safe_text import without_bidi_controls, xml_text
from ...analysis.words import say

SLIDE_W, SLIDE_H = 960.0, 540.0     # 13.333 × 7.5 in: PowerPoint's and Impress's 16:9
MARGIN = 36.0
FONT = "DejaVu Sans"   # the font the map's text was measured with; wider than the usual fallbacks
# Sizes that read from the back of a meeting room.
TITLE_PT, HEADING_PT, BODY_PT, SMALL_PT = 32.0, 24.0, 18.0, 14.0
LEAST_PT = 12.0        # body text shrinks to this for a long card, never smaller


def emu(points: float) -> Emu:
    return Emu(round(points * 12700))


def safe(text: str) -> str:
    """Map text for the slide XML: without what XML 1.0 forbids (a C0 control would make the file unreadable)
    and without bidi controls (PowerPoint and Impress obey them), tabs as spaces and carriage returns
    dropped, so only newlines still break a paragraph."""
    return without_bidi_controls(xml_text(text)).replace("\r", "").replace("\t", " ")


@dataclass(frozen=True)
class Run:
    """One paragraph of a text box."""

    text: str
    size: float = BODY_PT
    bold: bool = False
    color: str = palette.INK
    space_before: float = 0.0


def set_fill(shape, color: str | None) -> None:
    """A solid fill in '#RRGGBB' or '#RRGGBBAA' (the alpha written into the XML), or none."""
    if not color:
        shape.fill.background()
        return
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(color[1:7])
    _alpha(shape.fill._xPr.find(qn("a:solidFill")), color)


def set_line(line, color: str | None, width: float = 1.0, dash: bool = False) -> None:
    if not color:
        line.fill.background()
        return
    line.color.rgb = RGBColor.from_string(color[1:7])
    line.width = emu(width)
    _alpha(line._get_or_add_ln().find(qn("a:solidFill")), color)
    if dash:
        line.dash_style = MSO_LINE_DASH_STYLE.DASH


def _alpha(solid_fill, color: str) -> None:
    if solid_fill is None or len(color) < 9:
        return
    clr = solid_fill.find(qn("a:srgbClr"))
    alpha = etree.SubElement(clr, qn("a:alpha"))
    alpha.set("val", str(round(int(color[7:9], 16) / 255 * 100000)))


def plain(shape) -> None:
    """No theme shadow: the deck's shapes look like the map's, flat."""
    shape.shadow.inherit = False


def box(slide, kind, rect: Rect, fill: str | None, stroke: str | None = None, width: float = 1.0,
        name: str = "", dash: bool = False):
    """An autoshape at `rect` (points)."""
    shape = slide.shapes.add_shape(kind, emu(rect.x), emu(rect.y), emu(rect.w), emu(rect.h))
    set_fill(shape, fill)
    set_line(shape.line, stroke, width, dash)
    plain(shape)
    if name:
        shape.name = safe(name)[:200]
    return shape


def write(shape, runs, align: str = "left", anchor: str = "top", inset: float = 0.0, wrap: bool = True) -> None:
    """Replace the shape's text with `runs`, one paragraph each (newlines in a run start more paragraphs)."""
    frame = shape.text_frame
    frame.word_wrap = wrap
    frame.auto_size = None
    frame.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE}[anchor]
    frame.margin_left = frame.margin_right = emu(inset)
    frame.margin_top = frame.margin_bottom = emu(min(inset, 4.0))
    first = True
    for run in runs:
        for part in safe(run.text).split("\n"):
            paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
            paragraph.alignment = {"left": PP_ALIGN.LEFT, "centre": PP_ALIGN.CENTER}[align]
            if run.space_before and not first:
                paragraph.space_before = Pt(run.space_before)
            first = False
            text_run = paragraph.add_run()
            text_run.text = part
            font = text_run.font
            # The overview of a huge map would go below the 1 pt the format allows: unreadable either way.
            font.name, font.size, font.bold = FONT, Pt(max(run.size, 1.0)), run.bold
            font.color.rgb = RGBColor.from_string(run.color[1:7])


def text_box(slide, rect: Rect, runs, align: str = "left", anchor: str = "top", name: str = ""):
    shape = slide.shapes.add_textbox(emu(rect.x), emu(rect.y), emu(rect.w), emu(rect.h))
    write(shape, runs, align, anchor)
    if name:
        shape.name = safe(name)[:200]
    return shape


class CountingShapes(SlideShapes):
    """A slide's shapes that count the next shape id up instead of searching the slide for the
    largest one at every new shape, which makes the overview of a 1,000-stage map take minutes."""

    @property
    def _next_shape_id(self) -> int:
        last = getattr(self, "_last_id", None)
        self._last_id = (self._spTree.max_shape_id if last is None else last) + 1
        return self._last_id


def blank_slide(deck):
    """A slide with nothing on it (layout 6 of the default template is 'Blank')."""
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.__dict__["shapes"] = CountingShapes(slide._element.cSld.spTree, slide)   # python-pptx caches it there
    return slide


def slide_title(slide, text: str, subtitle: str = "", *, language: str) -> None:
    """The heading every content slide has, at the top left."""
    width = SLIDE_W - 2 * MARGIN
    runs = [Run((wrap(safe(text), width, HEADING_PT, True, 1) or [""])[0], HEADING_PT, True)]
    if subtitle:   # the card's facts: at most two lines, clear of what the slide shows below
        runs.append(Run(" ".join(wrap(safe(subtitle), width, SMALL_PT, False, 2)), SMALL_PT, False,
                        palette.INK_SOFT, 2.0))
    text_box(slide, Rect(MARGIN, 18.0, SLIDE_W - 2 * MARGIN, 60.0), runs, name=say("deck-shape-title", language))


ROUNDED, DIAMOND, RECTANGLE = MSO_SHAPE.ROUNDED_RECTANGLE, MSO_SHAPE.DIAMOND, MSO_SHAPE.RECTANGLE
