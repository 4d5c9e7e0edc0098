"""Spreadsheets (.csv, .xlsx): the full table round trip, and the simplest list a team keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from salesmap_studio.interop import InteropError, read, write
from salesmap_studio.persistence import load

from ..analysis.builders import link, make_map, outcome, stage

TEMPLATES = sorted(Path(__file__).resolve().parents[2].glob("resources/templates/*.smap"))


def flow(doc) -> tuple:
    """Nodes and links by id, with lanes and phases by name (a table names them, it has no ids for them)."""
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    phases = {phase.id: phase.name for phase in doc.phases()}
    nodes = {}
    for node in doc.to_dict()["nodes"]:
        node = dict(node)
        node["owner"], node["phase"] = lanes.get(node.get("owner")), phases.get(node.get("phase"))
        nodes[node["id"]] = node
    return nodes, {l["id"]: l for l in doc.to_dict()["links"]}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_the_full_table_round_trips(tmp_path, template, suffix):
    doc = load(template)
    out = tmp_path / f"map{suffix}"
    write(doc, out)
    assert flow(read(out)) == flow(doc)


def test_the_xlsx_has_a_stage_sheet_in_flow_order_and_a_links_sheet(tmp_path):
    doc = make_map([stage("b", name="=HYPERLINK(\"x\")", exit_checklist=({"text": "Budget", "required": True},
                                                                      {"text": "Termin"})),
                    stage("a", name="Erstkontakt"), outcome("w", name="Gewonnen 🎉")],
                   [link("a", "b"), link("b", "w")], start="a")
    out = tmp_path / "map.xlsx"
    write(doc, out)
    book = load_workbook(out)
    stages, links = book["Stages"], book["Links"]
    assert [c.value for c in stages["C"]] == ["name", "Erstkontakt", '=HYPERLINK("x")', "Gewonnen 🎉"]
    assert stages["C3"].data_type == "s"   # a name is text, never a formula
    assert stages["H3"].value == "[x] Budget\nTermin"
    assert [c.value for c in links["B"]][1:] == ["a", "b"]


def test_a_bare_list_of_names_becomes_a_laid_out_chain_with_lanes(tmp_path):
    source = tmp_path / "stufen.csv"
    source.write_text("Schritt;Verantwortlich;Phase\nErstkontakt;Vertrieb;Bewusstsein\n"
                      "Bedarfsanalyse;Vertrieb;Überlegung\nAngebot;Presales;Entscheidung\n", encoding="utf-8")
    doc = read(source)
    assert [n.name for n in doc.nodes()] == ["Erstkontakt", "Bedarfsanalyse", "Angebot"]
    assert [lane.name for lane in doc.lanes()] == ["Vertrieb", "Presales"]
    assert [(l.source, l.target) for l in doc.links()] == [(a.id, b.id) for a, b in zip(doc.nodes(), doc.nodes()[1:])]
    assert doc.start == doc.nodes()[0].id
    xs = [n.x for n in doc.nodes()]
    assert xs == sorted(xs) and len(set(xs)) == 3   # the automatic layout placed them left to right


def test_an_xlsx_list_with_german_headers(tmp_path):
    book = Workbook()
    book.active.append(["Stufe", "Team"])
    for row in (["Qualifizierung", "SDR"], ["Zażółć gęślą jaźń", "AE"], [None, None], ["Abschluss", "AE"]):
        book.active.append(row)
    book.save(tmp_path / "liste.xlsx")
    doc = read(tmp_path / "liste.xlsx")
    assert [n.name for n in doc.nodes()] == ["Qualifizierung", "Zażółć gęślą jaźń", "Abschluss"]
    assert [doc.lane(n.owner).name for n in doc.nodes()] == ["SDR", "AE", "AE"]


@pytest.mark.parametrize("content, expected", [
    ("Team\nVertrieb\n", "sheet 'bad.csv', row 1: no column named 'name'"),
    ("name,expected days\nA,soon\n", "sheet 'bad.csv', row 2, column 'expected days': not a number: 'soon'"),
    ("name,kind\nA,stage\nB,banana\n", "sheet 'bad.csv', row 3, column 'kind': 'banana' is none of"),
    ("name,x,y\nA,nan,1\n", "row 2, column 'x': not a number: 'nan'"),
])
def test_errors_name_the_sheet_row_and_column(tmp_path, content, expected):
    source = tmp_path / "bad.csv"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(InteropError, match=expected.replace("(", r"\(")) as caught:
        read(source)
    assert str(caught.value).startswith(f"{source}: ")


def test_a_links_file_naming_a_missing_node_is_refused(tmp_path):
    (tmp_path / "m.csv").write_text("id,name\na,A\n", encoding="utf-8")
    (tmp_path / "m.links.csv").write_text("source,target\na,zz\n", encoding="utf-8")
    with pytest.raises(InteropError, match="row 2, column 'target': no node has the id 'zz'"):
        read(tmp_path / "m.csv")


def test_a_file_that_is_not_a_workbook_is_one_message(tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InteropError, match="not a readable .xlsx workbook"):
        read(tmp_path / "x.xlsx")
