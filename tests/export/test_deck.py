"""The slide deck (.pptx) read back with python-pptx: names, cards, glued connectors with
arrowheads, tiles for a big map, the map's language, hostile names, the command line."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx.oxml.ns import qn

from salesmap_studio.analysis.flow_order import flow_order
from salesmap_studio.cli import main
from salesmap_studio.export.deck import export_deck
from salesmap_studio.model import Stage
from salesmap_studio.persistence import save
from tests.hostile_text import HOSTILE_NAMES, VISIBLE_PARTS, hostile_map

from .deck_reading import all_text, arrowhead, connectors, open_deck, shapes_by_name, slide_titles
from .maps import chain_map

TEMPLATES = Path(__file__).parents[2] / "resources" / "templates"


def exported(doc, tmp_path, name="deck.pptx"):
    out = tmp_path / name
    export_deck(doc, out)
    return open_deck(out)


def test_every_node_has_its_card_slide_in_flow_order_with_its_checklist(template, tmp_path):
    doc = template("extended-b2b", "en")
    deck = exported(doc, tmp_path)
    titles = slide_titles(deck)
    cards = [next(t for t in titles if t.startswith(f"{i}. ")) for i in range(1, len(doc) + 1)]
    for title, node_id in zip(cards, flow_order(doc)):
        assert doc.node(node_id).name in title
    text = all_text(deck)
    stage = next(n for n in doc.nodes() if isinstance(n, Stage) and n.exit_checklist)
    for item in stage.exit_checklist:
        assert ("☑  " if item.required else "☐  ") + item.text in " ".join(
            shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    assert "Exit checklist" in text and "Entry criteria" in text and doc.info.goal in text


def test_the_map_is_native_shapes_glued_by_connectors_with_arrowheads(template, tmp_path):
    doc = template("five-step", "en")
    deck = exported(doc, tmp_path)
    overview = deck.slides[1]
    ids = shapes_by_name(overview)
    for node in doc.nodes():
        assert node.name in ids, node.name
    glued = connectors(overview)
    assert len(glued) == len(list(doc.links()))
    pairs = {(begin, end) for _, begin, end in glued}
    for link in doc.links():
        assert (ids[doc.node(link.source).name], ids[doc.node(link.target).name]) in pairs
    assert all(arrowhead(cxn) == "triangle" for cxn, _, _ in glued)
    kinds = {shape.name: shape.auto_shape_type for shape in overview.shapes if shape.name in ids and
             shape.shape_type == 1}
    decision = next(n for n in doc.nodes() if n.kind == "decision")
    assert str(kinds[decision.name]).startswith("DIAMOND")


def test_a_map_too_big_for_one_slide_is_tiled_with_an_overview(tmp_path):
    doc = chain_map(120)
    deck = exported(doc, tmp_path)
    tiles = [t for t in slide_titles(deck) if "tile" in t]
    assert len(tiles) > 4 and "Map overview" in all_text(deck)
    drawn, leaving = set(), 0
    for slide in deck.slides:
        names = shapes_by_name(slide)
        for cxn, begin, end in connectors(slide):
            assert arrowhead(cxn) == "triangle"
            if "to tile" in cxn.find(".//" + qn("p:cNvPr")).get("name"):   # its other end is on another tile
                assert (begin in names.values()) != (end in names.values())
                leaving += 1
            else:
                assert begin in names.values() and end in names.values()
        if any("tile" in s.text_frame.text for s in slide.shapes if s.has_text_frame and s.name == "Title"):
            drawn |= {name for name in names if name.startswith("Stage ")}
    assert drawn == {node.name for node in doc.nodes()}   # every stage lies whole on some tile
    assert leaving >= 2 * (len(tiles) - 1) - 2   # the chain runs on from tile to tile, both ways


def test_a_german_map_gets_a_german_deck(template, tmp_path):
    deck = exported(template("extended-b2b", "de"), tmp_path)
    text = all_text(deck)
    assert "Ausgangs-Checkliste" in text and "Eingangskriterien" in text and "Stand:" in text
    assert "Exit checklist" not in text
    # PowerPoint's selection pane lists the shapes by name: those speak German too
    names = {shape.name for slide in deck.slides for shape in slide.shapes}
    assert {"Titel", "Verantwortlich", "Beschriftung", "Farbband", "Titel und Ziel", "Karte",
            "Checkliste und nächste Schritte", "Verbindung: Ablauf", "Verbindung: Ja", "Verbindung: Einwand"} <= names
    english = {"Title", "Owner", "Label", "Band", "Title and goal", "Card", "Checklist and next steps"}
    assert not names & english and not [name for name in names if " link" in name or name.startswith("Tile ")]


def test_hostile_names_show_as_text_and_every_part_stays_well_formed_xml(tmp_path):
    out = tmp_path / "hostile.pptx"
    export_deck(hostile_map(), out)
    text = all_text(open_deck(out))
    for name in HOSTILE_NAMES:
        for part in VISIBLE_PARTS[name]:
            assert part[:40] in text, part
    import zipfile

    with zipfile.ZipFile(out) as archive:
        for member in archive.namelist():
            if member.endswith(".xml"):
                etree.fromstring(archive.read(member))   # raises on anything not well-formed
                assert b"\x01" not in archive.read(member) and b"\x1b" not in archive.read(member)


def test_the_command_line_exports_a_deck(template, tmp_path):
    smap, out = tmp_path / "five.smap", tmp_path / "five.pptx"
    save(template("five-step", "de"), smap)
    assert main(["export", str(smap), str(out)]) == 0
    assert "Karte" in all_text(open_deck(out)) or len(open_deck(out).slides) > 5
    assert main(["export", str(smap), str(tmp_path / "x.pptx"), "--playbook"]) == 2
    assert not (tmp_path / "x.pptx").exists()


def test_an_empty_map_gives_a_title_slide_and_an_empty_map_slide(template, tmp_path):
    deck = exported(template("blank", "de"), tmp_path)
    assert len(deck.slides) == 2 and "Stand:" in all_text(deck)


def test_cancelling_on_the_progress_bar_writes_nothing(tmp_path):
    import pytest

    from salesmap_studio.export.progress import Cancelled, Progress

    heard = []

    def cancel(done, total):
        heard.append((done, total))
        if done > total / 2:   # half way: the map slides and tiles are being drawn
            raise Cancelled

    out = tmp_path / "big.pptx"
    with pytest.raises(Cancelled):
        export_deck(chain_map(120), out, Progress(cancel))
    assert not out.exists() and heard
