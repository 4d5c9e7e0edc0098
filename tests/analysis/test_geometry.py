"""The look of a map: node boxes, wrapped text, bands and bounds, computed without Qt."""

from __future__ import annotations


from salesmap_studio.analysis.geometry import (lane_bands, map_geometry, node_geometry, note_geometry,
                                               phase_bands, text_width)
from salesmap_studio.model import Decision, Lane, MapInfo, Note, Outcome, Phase, SalesMap, Stage

LONG_NAME = ("Qualify the decision makers and map the buying committee across procurement, "
             "legal, finance and the executive sponsor before any proposal")


def one_node_map(node, language="en", lanes=(), phases=(), notes=()) -> SalesMap:
    return SalesMap.from_parts(MapInfo(title="T", language=language), lanes=lanes, phases=phases,
                               nodes=[node], notes=notes)


def test_a_long_stage_name_wraps_to_three_lines_that_fit_the_card_and_ends_with_an_ellipsis():
    doc = one_node_map(Stage(id="s", name=LONG_NAME, x=100.0, y=50.0))
    geo = node_geometry(doc, "s")
    names = geo.lines[:geo.detail_from]
    assert len(names) == 3
    assert names[-1].text.endswith("…")
    for line in names:
        assert text_width(line.text, line.size, line.bold) == line.width
        assert geo.box.x + 12 <= line.x and line.x + line.width <= geo.box.right - 12


def test_each_kind_has_its_box_centred_on_the_node():
    sizes = {"stage": (200, 96), "decision": (150, 110), "outcome": (160, 56)}
    nodes = [Stage(id="stage", name="A", x=10.0, y=20.0), Decision(id="decision", name="B?", x=10.0, y=20.0),
             Outcome(id="outcome", name="Won", result="won", x=10.0, y=20.0)]
    doc = SalesMap.from_parts(MapInfo(), nodes=nodes)
    for node_id, (w, h) in sizes.items():
        box = node_geometry(doc, node_id).box
        assert (box.w, box.h) == (w, h)
        assert box.center == (10.0, 20.0)
    assert len(node_geometry(doc, "decision").shape.points) == 4


def test_outcomes_are_coloured_by_result():
    fills = set()
    for result in ("won", "lost", "nurture"):
        doc = one_node_map(Outcome(id="o", name="End", result=result))
        fills.add(node_geometry(doc, "o").shape.fill)
    assert len(fills) == 3


def test_a_stage_shows_days_conversion_and_checklist_count_in_its_quiet_line():
    stage = Stage(id="s", name="Demo", expected_days=14.0, conversion_rate=0.4,
                  exit_checklist=[{"text": "a"}, {"text": "b"}, {"text": "c"}], owner="sales")
    doc = one_node_map(stage, lanes=[Lane(id="sales", name="Sales", color="#3E9E78")])
    geo = node_geometry(doc, "s")
    assert [line.text for line in geo.lines[geo.detail_from:]] == ["14 d · 40 % · ☑ 3"]
    assert geo.accents[0].fill == "#3E9E78"
    german = node_geometry(one_node_map(stage, "de", [Lane(id="sales", name="Vertrieb")]), "s")
    assert german.lines[-1].text == "14 T · 40 % · ☑ 3"
    swiss = stage.replace(expected_days=7.5)   # a regional tag is German too: comma, T
    assert node_geometry(one_node_map(swiss, "de-CH", [Lane(id="sales", name="Verkauf")]), "s").lines[-1].text \
        == "7,5 T · 40 % · ☑ 3"


def test_a_decision_question_stays_inside_the_diamond():
    doc = one_node_map(Decision(id="d", name="Budget and fit confirmed by the sponsor?"))
    geo = node_geometry(doc, "d")
    cx, cy = geo.box.center
    for line in geo.lines:
        top, bottom = line.y - line.size * 0.76, line.y + line.size * 0.24
        worst = max(abs(top - cy), abs(bottom - cy))
        half = geo.box.w / 2 * (1 - 2 * worst / geo.box.h)
        assert cx - half <= line.x and line.x + line.width <= cx + half


def test_a_sticky_note_wraps_its_text_inside_the_yellow_square():
    note = Note(id="n", text="Parking lot: " + "pricing tiers and discounts " * 3, x=0.0, y=0.0)
    doc = SalesMap.from_parts(MapInfo(), notes=[note])
    geo = note_geometry(doc, "n")
    assert (geo.box.w, geo.box.h) == (160, 120)
    assert geo.shape.fill == "#FFF3B0"
    assert all(geo.box.x < line.x and line.x + line.width < geo.box.right for line in geo.lines)
    assert geo.lines[-1].y < geo.box.bottom


def test_lanes_are_bands_of_lane_height_with_their_names_in_a_header_column():
    lanes = [Lane(id="m", name="Marketing"), Lane(id="s", name="Sales")]
    doc = SalesMap.from_parts(MapInfo(lane_height=300.0), lanes=lanes,
                              nodes=[Stage(id="a", name="A", x=0.0, y=150.0), Stage(id="b", name="B", x=900.0, y=450.0)])
    bands = lane_bands(doc)
    assert [(b.shape.rect.y, b.shape.rect.h) for b in bands] == [(0.0, 300.0), (300.0, 300.0)]
    assert [b.lines[0].text for b in bands] == ["Marketing", "Sales"]
    for band in bands:
        assert band.header.rect.right <= -100.0  # the header column sits left of the first card
        assert band.shape.rect.right >= 1000.0


def test_a_phase_band_spans_the_nodes_it_holds_and_carries_its_name_on_top():
    nodes = [Stage(id="a", name="A", x=0.0, y=100.0, phase="p"), Stage(id="b", name="B", x=520.0, y=100.0, phase="p"),
             Stage(id="c", name="C", x=1040.0, y=100.0)]
    doc = SalesMap.from_parts(MapInfo(), phases=[Phase(id="p", name="Awareness")], nodes=nodes)
    (band,) = phase_bands(doc)
    rect = band.shape.rect
    assert rect.x < -100.0 and 620.0 < rect.right < 940.0
    assert band.lines[0].text == "Awareness"
    assert band.header.rect.y == rect.y and band.lines[0].y < rect.y + band.header.rect.h


def test_the_bounds_hold_every_box_band_curve_and_label(template):
    geo = map_geometry(template("extended-b2b", "de"))
    rects = [g.box for g in geo.nodes.values()] + [g.box for g in geo.notes.values()]
    rects += [g.bounds for g in geo.links.values()] + [b.shape.rect for b in geo.lanes + geo.phases]
    rects += [g.label.background.rect for g in geo.links.values() if g.label]
    assert all(geo.bounds.contains(rect) for rect in rects)
    assert len(geo.nodes) == 18 and len(geo.lanes) == 4 and len(geo.phases) == 4


def test_the_shared_measure_is_reportlabs_string_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from salesmap_studio.analysis.geometry.text import register_fonts

    register_fonts()   # as the PDF export does; the measure itself reads the widths without reportlab
    for text in ("Marketing qualified lead", "Łódź · Zürich · „Referenz“ € Πώληση Продажа", "☑ 3"):
        for bold in (False, True):
            font = "DejaVuSans-Bold" if bold else "DejaVuSans"
            assert abs(text_width(text, 15.0, bold) - stringWidth(text, font, 15.0)) < 1e-9


def test_a_word_longer_than_the_card_is_hyphenated_at_a_compound_joint_and_every_piece_fits():
    from salesmap_studio.analysis.geometry import wrap

    lines = wrap("Demo / Lösungspräsentation", 160.0, 15.0, True, 3)
    assert lines == ["Demo /", "Lösungs-", "präsentation"]
    assert all(text_width(line, 15.0, True) <= 160.0 for line in lines)
