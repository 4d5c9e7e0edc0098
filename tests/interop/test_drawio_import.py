"""Importing draw.io diagrams drawn by others: shapes, lanes, labels, pages, compression."""

from __future__ import annotations

import pytest

from salesmap_studio.interop import InteropError, read
from salesmap_studio.interop.registry import pages

from .drawio_files import LANES, edge, model, mxfile, vertex


@pytest.fixture
def drawn(tmp_path):
    def write(text: str, name: str = "diagram.drawio") -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def by_name(doc):
    return {node.name: node for node in doc.nodes()}


@pytest.mark.parametrize("compress", [False, True])
def test_a_drawn_sales_flow_becomes_stages_decisions_outcomes_and_lanes(drawn, compress):
    doc = read(drawn(mxfile(("Prozess", LANES), compress=compress)))
    nodes = by_name(doc)
    assert [lane.name for lane in doc.lanes()] == ["Marketing", "Sales Team"]
    assert doc.lanes()[0].color == "#dae8fc"
    assert nodes["Lead erfasst"].kind == "stage" and nodes["Budget da?"].kind == "decision"
    assert (nodes["Auftrag gewonnen"].result, nodes["Verloren"].result) == ("won", "lost")
    marketing, sales = (lane.id for lane in doc.lanes())
    assert nodes["Lead erfasst"].owner == nodes["Budget da?"].owner == marketing
    assert nodes["CRM Eintrag"].owner == sales
    assert "cylinder3" in nodes["CRM Eintrag"].notes
    kinds = {(doc.node(l.source).name, doc.node(l.target).name): l.kind for l in doc.links()}
    assert kinds[("Budget da?", "CRM Eintrag")] == "yes"
    assert kinds[("Budget da?", "Verloren")] == "no"   # its label is a child cell of the edge
    assert doc.info.title == "Prozess" and doc.start == nodes["Lead erfasst"].id


def test_what_cannot_be_imported_is_listed_on_a_note(drawn):
    doc = read(drawn(mxfile(("Prozess", LANES))))
    report = [note.text for note in doc.notes() if note.text.startswith("Not imported")]
    assert report and "'e5'" in report[0]   # the arrow into a lane joins no two stages


def test_swimlane_children_keep_their_place_inside_the_lane_after_layout(drawn):
    doc = read(drawn(mxfile(("Prozess", LANES))))
    height = doc.info.lane_height
    for node in doc.nodes():
        owner = getattr(node, "owner", None)
        if owner is not None:
            index = doc.lane_index(owner)
            assert index * height <= node.y <= (index + 1) * height


def test_without_lanes_the_drawing_is_kept_spread_so_our_larger_shapes_do_not_overlap(drawn):
    text = model(vertex("a", "Anfrage", "rounded=1;", 0, 0), vertex("b", "Angebot", "", 130, 0),
                 vertex("g", "", "group;", 500, 500, 200, 100), vertex("c", "Absage", "ellipse;", 10, 20, parent="g"),
                 edge("x", "a", "b"), edge("y", "b", "c", "no"))
    doc = read(drawn(text, "bare.xml"))   # a bare mxGraphModel, as draw.io's "Export as XML" can write
    a, b, c = (by_name(doc)[name] for name in ("Anfrage", "Angebot", "Absage"))
    drawn_centres = {"Anfrage": (60, 30), "Angebot": (190, 30), "Absage": (570, 550)}   # Absage: inside the group
    sx, sy = a.x / 60, a.y / 30
    assert sx > 1 and sy > 1
    assert all((n.x, n.y) == (round(drawn_centres[n.name][0] * sx, 2), round(drawn_centres[n.name][1] * sy, 2))
               for n in (a, b, c))
    assert b.x - a.x >= 200   # the two 120-wide boxes 10 apart became 200-wide stages side by side
    assert c.result == "lost"


def test_a_start_ellipse_becomes_the_first_stage_and_unclear_outcomes_are_nurture(drawn):
    text = model(vertex("s", "Start", "ellipse;", 0, 0), vertex("a", "Erstgespräch", "", 200, 0),
                 vertex("e", "Ende", "ellipse;", 400, 0), edge("e1", "s", "a"), edge("e2", "a", "e"))
    doc = read(drawn(text))
    nodes = by_name(doc)
    assert nodes["Start"].kind == "stage" and doc.start == nodes["Start"].id
    assert nodes["Ende"].result == "nurture"
    assert any("'Ende'" in note.text for note in doc.notes())


def test_pages_are_chosen_by_name_or_number(drawn):
    first = model(vertex("a", "Eins", "", 0, 0))
    second = model(vertex("b", "Zwei", "", 0, 0), vertex("c", "Drei", "", 200, 0))
    path = drawn(mxfile(("Alpha", first), ("Beta", second), compress=True))
    assert pages(path) == ["Alpha", "Beta"]
    assert [n.name for n in read(path, page="Beta").nodes()] == ["Zwei", "Drei"]
    assert [n.name for n in read(path, page="1").nodes()] == ["Eins"]
    with pytest.raises(InteropError, match="2 pages .'Alpha', 'Beta'.; choose one with --page"):
        read(path)
    with pytest.raises(InteropError, match="there is no page 'Gamma'"):
        read(path, page="Gamma")


def test_a_drawio_svg_carries_its_diagram_in_the_content_attribute(drawn):
    from xml.sax.saxutils import quoteattr

    inner = mxfile(("Seite", model(vertex("a", "Qualifizieren", "", 0, 0))), compress=True)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" content={quoteattr(inner)}><g/></svg>'
    doc = read(drawn(svg, "flow.drawio.svg"))
    assert [n.name for n in doc.nodes()] == ["Qualifizieren"]


def test_non_ascii_names_arrive_as_written(drawn):
    names = ["Angebotsprüfung", "Zażółć gęślą jaźń", "Deal 🚀 gewonnen"]
    text = model(*(vertex(f"v{i}", name, "rounded=1;", i * 200, 0) for i, name in enumerate(names)))
    assert [n.name for n in read(drawn(text)).nodes()] == names
