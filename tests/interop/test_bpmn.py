"""BPMN 2.0 export, checked against the OMG's BPMN 2.0 XML Schema (the XSDs SpiffWorkflow ships) and
read back by bpmn.io's own reader (npm `bpmn-moddle` under node): it reads every export without
warnings and finds every element, lane, flow and shape where the map has it."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
from lxml import etree

from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.analysis.safe_text import xml_text
from salesmap_studio.interop import write
from salesmap_studio.interop.bpmn_diagram import waypoints
from salesmap_studio.persistence import load

from ..analysis.builders import decision, link, make_map, outcome, stage
from ..hostile_text import hostile_map
from .node_check import node_check

TEMPLATES = sorted(Path(__file__).resolve().parents[2].glob("resources/templates/*.smap"))
TYPES = {"stage": "bpmn:Task", "decision": "bpmn:ExclusiveGateway", "outcome": "bpmn:EndEvent"}


@cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(files("SpiffWorkflow.bpmn.parser") / "schema" / "BPMN20.xsd")))


def moddle(texts: list[str]) -> list[dict]:
    """What bpmn-moddle makes of each text."""
    return node_check("bpmn-check", "bpmn-moddle", "setup_bpmn_check.sh", texts)


def exported(doc, tmp_path, name="map.bpmn") -> str:
    out = tmp_path / name
    write(doc, out)
    assert schema().validate(etree.parse(str(out))), schema().error_log
    return out.read_text(encoding="utf-8")


def branching_map():
    """A decision with named yes/no branches, an objection loop, a nurture outcome that leads back, notes."""
    nodes = [stage("lead", owner="marketing", x=0.0, y=130.0, entry_criteria="Form sent",
                   activities="Call back", exit_checklist=[{"text": "Budget known", "required": True},
                                                           {"text": "Deck sent"}]),
             decision("fit", owner="sales", name="Budget?", x=300.0, y=390.0),
             stage("offer", owner="sales", x=600.0, y=390.0),
             outcome("won", x=900.0, y=390.0), outcome("nurture", "nurture", x=300.0, y=130.0)]
    links = [link("lead", "fit"), link("fit", "offer", "yes", label="mit Budget", share=0.6),
             link("fit", "nurture", "no"), link("offer", "won"), link("offer", "lead", "objection", label="zu teuer"),
             link("nurture", "lead")]
    return make_map(nodes, links, lanes=["marketing", "sales"], start="lead", language="de", title="Vertrieb")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_every_template_is_valid_bpmn_that_bpmn_io_reads_without_warnings(tmp_path, template):
    doc = load(template)
    [seen] = moddle([exported(doc, tmp_path)])
    assert seen["ok"] and seen["warnings"] == []
    found = {e["id"]: e for e in seen["elements"]}
    assert {f"node_{n.id}" for n in doc.nodes()} <= set(found)
    assert [f["id"] for f in seen["flows"]] == ["flow_start"] * bool(doc.start) + [f"flow_{k.id}" for k in doc.links()]
    assert {s["element"] for s in seen["shapes"]} == {"participant", *(f"lane_{lane.id}" for lane in doc.lanes()),
                                                      *found}
    assert {e["element"] for e in seen["edges"]} == {f["id"] for f in seen["flows"]}


def test_each_node_flow_and_lane_arrives_as_bpmn_io_understands_it(tmp_path):
    doc = branching_map()
    [seen] = moddle([exported(doc, tmp_path)])
    assert seen["ok"] and seen["warnings"] == [] and seen["participants"] == ["Vertrieb"]
    types = {e["id"]: (e["type"], e["name"]) for e in seen["elements"]}
    assert types == {"start": ("bpmn:StartEvent", None), "node_lead": ("bpmn:Task", "Lead"),
                     "node_fit": ("bpmn:ExclusiveGateway", "Budget?"), "node_offer": ("bpmn:Task", "Offer"),
                     "node_won": ("bpmn:EndEvent", "Won"),
                     "node_nurture": ("bpmn:IntermediateThrowEvent", "Nurture")}  # it leads back to the lead
    flows = {f["id"]: (f["source"], f["target"], f["name"], f["condition"]) for f in seen["flows"]}
    assert flows == {
        "flow_start": ("start", "node_lead", None, None),
        "flow_l1": ("node_lead", "node_fit", None, None),
        "flow_l2": ("node_fit", "node_offer", "Ja · mit Budget · 60 %", "Ja"),
        "flow_l3": ("node_fit", "node_nurture", "Nein", "Nein"),
        "flow_l4": ("node_offer", "node_won", None, None),
        "flow_l5": ("node_offer", "node_lead", "zu teuer", None),
        "flow_l6": ("node_nurture", "node_lead", None, None)}
    # owners' lanes; the outcomes, which have no owner, join the lane they are drawn in
    assert {lane["name"]: lane["nodes"] for lane in seen["lanes"]} == {
        "Marketing": ["node_lead", "node_nurture", "start"], "Sales": ["node_fit", "node_offer", "node_won"]}


def test_a_task_documents_the_stage_in_the_maps_language(tmp_path):
    [seen] = moddle([exported(branching_map(), tmp_path)])
    lead = next(e for e in seen["elements"] if e["id"] == "node_lead")
    assert lead["documentation"] == ("Eingangskriterien:\nForm sent\n\nAktivitäten:\nCall back\n\n"
                                     "Ausgangs-Checkliste:\n- Budget known (Pflicht)\n- Deck sent")


def test_the_diagram_is_drawn_where_the_map_draws_it(tmp_path):
    doc = branching_map()
    geometry = map_geometry(doc)
    [seen] = moddle([exported(doc, tmp_path)])
    shapes = {s["element"]: s for s in seen["shapes"]}
    for node_id in ("lead", "fit", "offer"):
        box = geometry.nodes[node_id].box
        assert shapes[f"node_{node_id}"]["bounds"] == pytest.approx({"x": box.x, "y": box.y, "width": box.w,
                                                                     "height": box.h}, abs=0.01)
    won, circle = geometry.nodes["won"].box, shapes["node_won"]["bounds"]   # a circle centred on the pill
    assert (circle["x"] + circle["width"] / 2, circle["y"] + circle["height"] / 2) == pytest.approx(won.center)
    assert circle["width"] == circle["height"] == won.h
    for band, lane in zip(geometry.lanes, ("marketing", "sales")):
        bounds = shapes[f"lane_{lane}"]["bounds"]
        assert (bounds["y"], bounds["height"]) == pytest.approx((band.shape.rect.y, band.shape.rect.h))
    pool = shapes["participant"]["bounds"]
    for shape in shapes.values():   # everything lies inside the pool
        b = shape["bounds"]
        assert pool["x"] <= b["x"] and b["x"] + b["width"] <= pool["x"] + pool["width"] + 0.01
        assert pool["y"] <= b["y"] and b["y"] + b["height"] <= pool["y"] + pool["height"] + 0.01
    edges = {e["element"]: e["waypoints"] for e in seen["edges"]}
    for one in doc.links()[:2]:   # those between boxes (an event's circle is smaller than the pill)
        curve = geometry.links[one.id]
        assert edges[f"flow_{one.id}"][0] == pytest.approx(list(curve.start), abs=0.01)
        assert edges[f"flow_{one.id}"][-1] == pytest.approx(list(curve.arrow[0]), abs=0.01)  # at the arrow's tip
    assert len(edges["flow_l5"]) > 2 == len(waypoints(geometry.links["l4"]))  # the objection arc bends, l4 is straight
    centre, end = won.center, edges["flow_l4"][-1]   # the flow into "won" ends on its circle
    assert ((end[0] - centre[0]) ** 2 + (end[1] - centre[1]) ** 2) ** 0.5 == pytest.approx(won.h / 2)


def test_hostile_names_arrive_as_written_less_what_xml_forbids(tmp_path):
    doc = hostile_map()
    [seen] = moddle([exported(doc, tmp_path)])
    assert seen["ok"] and seen["warnings"] == []
    names = {e["id"]: e["name"] for e in seen["elements"]}
    assert {f"node_{n.id}": xml_text(n.name) for n in doc.nodes()}.items() <= names.items()
    assert names["note_note"] == xml_text(doc.note("note").text)
    assert seen["participants"] == [doc.info.title]


def test_loops_bend_and_flows_meet_event_circles(tmp_path):
    doc = make_map([stage("a", x=0.0, y=0.0), outcome("b", "nurture", x=300.0, y=0.0)],
                   [link("a", "a"), link("b", "b"), link("a", "b"), link("b", "a", "objection")], start="b")
    [seen] = moddle([exported(doc, tmp_path)])
    assert seen["ok"] and seen["warnings"] == []
    edges = {e["element"]: e["waypoints"] for e in seen["edges"]}
    assert len(edges["flow_l1"]) > 2 and len(edges["flow_l2"]) > 2
    for flow, point in (("flow_start", -1), ("flow_l2", 0), ("flow_l2", -1), ("flow_l3", -1), ("flow_l4", 0)):
        x, y = edges[flow][point]
        assert ((x - 300.0) ** 2 + y ** 2) ** 0.5 == pytest.approx(28.0, abs=0.01), flow


def test_an_empty_map_and_a_map_without_lanes_or_start_are_valid_too(tmp_path):
    bare = make_map([stage("a", x=0.0, y=0.0), outcome("b", "lost", x=300.0, y=0.0)], [link("a", "b")])
    first, second = moddle([exported(make_map([]), tmp_path, "empty.bpmn"), exported(bare, tmp_path)])
    assert first["ok"] and first["warnings"] == [] and first["elements"] == []
    assert second["ok"] and second["warnings"] == [] and second["lanes"] == []
    assert [e["type"] for e in second["elements"]] == ["bpmn:Task", "bpmn:EndEvent"]
