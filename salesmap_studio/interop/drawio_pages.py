"""Opening a draw.io file: XML read defensively, the pages listed, one page unpacked.

Every XML read goes through defusedxml (no DTD, no entities) with a ceiling on nesting
depth, element count and inflated size, so a hostile file is refused with one message.
A page is either a plain `<mxGraphModel>` or draw.io's compressed text: base64 of raw
deflate of the URL-encoded XML.
"""

from __future__ import annotations

import base64
import binascii
import io
import urllib.parse
import zlib
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from .errors import InteropError

MAX_DEPTH = 64
MAX_ELEMENTS = 400_000
MAX_INFLATED = 32 * 1024 * 1024
SVG = "{http://www.w3.org/2000/svg}svg"


def parse_xml(data: bytes, name: str, where: str = "") -> Element:
    """The root element of `data`; InteropError for anything hostile or malformed."""
    depth = count = 0
    root = None
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
            if event == "end":
                depth -= 1
                continue
            depth, count = depth + 1, count + 1
            root = element if root is None else root
            if depth > MAX_DEPTH:
                raise InteropError(name, _at(where, f"element <{element.tag}>"),
                                   f"the XML is nested more than {MAX_DEPTH} levels deep; refused")
            if count > MAX_ELEMENTS:
                raise InteropError(name, where, f"the XML has more than {MAX_ELEMENTS:,} elements; refused")
    except DefusedXmlException as err:
        raise InteropError(name, where, f"the XML declares a DTD or entities ({type(err).__name__}); "
                                        "refused, as they can expand without limit") from None
    except ParseError as err:
        line, column = err.position
        raise InteropError(name, _at(where, f"line {line}, column {column}"), f"not well-formed XML ({str(err).split(':')[0]})") \
            from None
    except (LookupError, ValueError) as err:   # an encoding unknown to Python, or one expat cannot read (Shift_JIS)
        raise InteropError(name, where, f"not readable XML ({err})") from None
    return root


def _at(where: str, place: str) -> str:
    return f"{where}, {place}" if where else place


def page_elements(root: Element, name: str) -> list[Element]:
    """The `<diagram>` elements of an mxfile (or the bare `<mxGraphModel>` itself)."""
    if root.tag == SVG:  # .drawio.svg: the diagram rides in the `content` attribute
        return page_elements(parse_xml(root.get("content", "").encode("utf-8"), name, "svg content"), name)
    if root.tag == "mxGraphModel":
        return [root]
    if root.tag == "mxfile":
        pages = [child for child in root if child.tag == "diagram"]
        if pages:
            return pages
        raise InteropError(name, "mxfile", "the file has no <diagram> page")
    raise InteropError(name, f"<{root.tag}>", "not a draw.io diagram: expected <mxfile> or <mxGraphModel>")


def page_names(pages: list[Element], fallback: str) -> list[str]:
    return [page.get("name") or (fallback if len(pages) == 1 else f"Page-{i + 1}") for i, page in enumerate(pages)]


def choose(names: list[str], wanted: str | None, name: str) -> int:
    """The index of the page `wanted` names (a name, else a number from 1); the only page if None."""
    listed = ", ".join(repr(n) for n in names)
    if wanted is None:
        if len(names) == 1:
            return 0
        raise InteropError(name, "", f"the file has {len(names)} pages ({listed}); choose one with --page NAME or --page NUMBER")
    if wanted in names:
        return names.index(wanted)
    if wanted.isdigit() and 1 <= int(wanted) <= len(names):
        return int(wanted) - 1
    raise InteropError(name, "", f"there is no page {wanted!r}; the pages are {listed}")


def graph_model(page: Element, name: str, where: str) -> Element:
    """The page's `<mxGraphModel>`, unpacked if the page is compressed."""
    if page.tag == "mxGraphModel":
        return page
    model = page.find("mxGraphModel")
    if model is not None:
        return model
    model = parse_xml(_inflate((page.text or "").strip(), name, where), name, where)
    if model.tag != "mxGraphModel":
        raise InteropError(name, where, f"the page holds <{model.tag}>, not <mxGraphModel>")
    return model


def _inflate(text: str, name: str, where: str) -> bytes:
    if not text:
        raise InteropError(name, where, "the page is empty")
    try:
        packed = base64.b64decode(text, validate=True)
        inflater = zlib.decompressobj(-15)
        raw = inflater.decompress(packed, MAX_INFLATED)
    except (binascii.Error, ValueError, zlib.error):
        raise InteropError(name, where, "the page is neither XML nor draw.io's compressed form "
                                        "(base64 of deflated data)") from None
    if inflater.unconsumed_tail:
        raise InteropError(name, where, f"the compressed page expands to more than {MAX_INFLATED // 2**20} MiB; "
                                        "refused")
    return urllib.parse.unquote(raw.decode("latin-1")).encode("utf-8")
