"""draw.io files as others write them, for the import tests: cells, pages, compression."""

from __future__ import annotations

import base64
import urllib.parse
import zlib
from xml.sax.saxutils import quoteattr


def vertex(cell_id: str, label: str, style: str, x: float, y: float, w: float = 120, h: float = 60,
           parent: str = "1") -> str:
    return (f'<mxCell id="{cell_id}" value={quoteattr(label)} style="{style}" vertex="1" parent="{parent}">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/></mxCell>')


def edge(cell_id: str, source: str, target: str, label: str = "", style: str = "edgeStyle=orthogonalEdgeStyle;") -> str:
    return (f'<mxCell id="{cell_id}" value={quoteattr(label)} style="{style}" edge="1" parent="1" '
            f'source="{source}" target="{target}"><mxGeometry relative="1" as="geometry"/></mxCell>')


def model(*cells: str) -> str:
    return ('<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>' + "".join(cells)
            + "</root></mxGraphModel>")


def compressed(xml: str) -> str:
    """draw.io's page compression: URL-encode, raw deflate, base64."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = packer.compress(urllib.parse.quote(xml, safe="").encode("ascii")) + packer.flush()
    return base64.b64encode(raw).decode("ascii")


def mxfile(*pages: tuple[str, str], compress: bool = False) -> str:
    body = "".join(f'<diagram id="p{i}" name={quoteattr(name)}>{compressed(xml) if compress else xml}</diagram>'
                   for i, (name, xml) in enumerate(pages))
    return f'<mxfile host="app.diagrams.net" type="device">{body}</mxfile>'


# A small sales flow as a colleague might draw it in diagrams.net: two swimlanes, HTML labels,
# a decision with Ja/Nein, an edge label as a child cell, a cylinder, won and lost terminators.
LANES = model(
    vertex("pool", "Vertrieb", "swimlane;horizontal=0;startSize=20;", 0, 0, 900, 400),
    vertex("laneA", "Marketing", "swimlane;horizontal=0;html=1;fillColor=#dae8fc;", 20, 0, 880, 200, "pool"),
    vertex("laneB", "<b>Sales</b> Team", "swimlane;horizontal=0;html=1;", 20, 200, 880, 200, "pool"),
    vertex("lead", "Lead&nbsp;<i>erfasst</i>", "rounded=1;whiteSpace=wrap;html=1;", 40, 70, parent="laneA"),
    vertex("ok", "Budget<br>da?", "rhombus;whiteSpace=wrap;html=1;", 200, 60, 100, 80, parent="laneA"),
    vertex("crm", "CRM Eintrag", "shape=cylinder3;whiteSpace=wrap;", 40, 70, parent="laneB"),
    vertex("won", "Auftrag gewonnen", "shape=mxgraph.flowchart.terminator;", 400, 70, parent="laneB"),
    vertex("lost", "Verloren", "ellipse;", 600, 70, parent="laneB"),
    edge("e1", "lead", "ok"),
    edge("e2", "ok", "crm", "Ja"),
    edge("e3", "ok", "lost"),
    vertex("e3label", "Nein", "edgeLabel;html=1;", -0.2, 0, 1, 1, parent="e3"),
    edge("e4", "crm", "won"),
    edge("e5", "crm", "laneA"),
)
