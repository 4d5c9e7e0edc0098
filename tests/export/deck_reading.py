"""Reading an exported slide deck back the way PowerPoint would: shapes, their text, their glue."""

from __future__ import annotations

from pptx import Presentation
from pptx.oxml.ns import qn


def open_deck(path):
    return Presentation(str(path))


def all_text(deck) -> str:
    """Every word on every slide, whitespace collapsed (a name may wrap inside its shape)."""
    parts = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    return " ".join(" ".join(parts).split())


def slide_titles(deck) -> list[str]:
    """Each slide's heading and the line under it (its first two paragraphs), one string each."""
    return [" · ".join(p.text for p in shape.text_frame.paragraphs[:2])
            for slide in deck.slides for shape in slide.shapes if shape.name == "Title"]


def connectors(slide) -> list:
    """(connector element, begin shape id, end shape id) for each connector on the slide."""
    found = []
    for cxn in slide.shapes._spTree.iter(qn("p:cxnSp")):
        begin, end = cxn.find(".//" + qn("a:stCxn")), cxn.find(".//" + qn("a:endCxn"))
        found.append((cxn, begin.get("id") if begin is not None else None, end.get("id") if end is not None else None))
    return found


def arrowhead(cxn) -> str | None:
    tail = cxn.find(".//" + qn("a:ln") + "/" + qn("a:tailEnd"))
    return tail.get("type") if tail is not None else None


def shapes_by_name(slide) -> dict[str, str]:
    """Shape name → shape id, for the node shapes (named after their node)."""
    return {shape.name: str(shape.shape_id) for shape in slide.shapes}
