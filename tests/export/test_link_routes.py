"""A link with bend points is drawn through them in every export (format v2 `points`, issue 15)."""

import re
import xml.etree.ElementTree as ET

from PySide6.QtGui import QColor, QImage

from salesmap_studio.analysis.geometry import map_geometry, palette
from salesmap_studio.export.image import PADDING, render_png
from salesmap_studio.export.svg import export_svg
from salesmap_studio.model import Link, MapInfo, SalesMap, Stage

from ..ui.pixels import ink_in

SVG = "{http://www.w3.org/2000/svg}"
DETOUR = (400.0, 300.0)  # below the stage the link would otherwise run through


def skipping_map(points=(DETOUR,)) -> SalesMap:
    """a → b → c in a row, and a → c routed under b."""
    nodes = [Stage(id=i, name=i.upper(), x=x, y=0.0) for i, x in (("a", 0.0), ("b", 400.0), ("c", 800.0))]
    links = [Link(id="ab", source="a", target="b"), Link(id="bc", source="b", target="c"),
             Link(id="ac", source="a", target="c", points=tuple(points))]
    return SalesMap.from_parts(MapInfo(start="a"), nodes=nodes, links=links)


def test_the_svg_path_of_a_routed_link_passes_through_its_points(tmp_path):
    path = tmp_path / "map.svg"
    export_svg(skipping_map(), path)
    drawn = [element.get("d") for element in ET.parse(path).getroot().iter(f"{SVG}path")]
    ends = [[(float(x), float(y)) for x, y in re.findall(r"(-?[\d.]+),?\s*(-?[\d.]+)", d)] for d in drawn]
    assert any(DETOUR in pairs[3::3] for pairs in ends)  # the end of a cubic piece (M x,y then C c1 c2 end …)


def test_the_png_shows_the_routed_link_at_its_bend_point(qapp):
    def ink_at_detour(doc) -> int:
        image = QImage.fromData(render_png(doc, scale=1.0))
        bounds = map_geometry(doc).bounds
        x, y = DETOUR[0] - bounds.x + PADDING, DETOUR[1] - bounds.y + PADDING
        return ink_in(image, x - 3, y - 3, 6, 6, QColor(palette.LINK["flow"]))

    assert ink_at_detour(skipping_map()) > 0
    assert ink_at_detour(skipping_map(((400.0, 250.0),))) == 0  # elsewhere: not drawn there
