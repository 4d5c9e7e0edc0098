"""Any valid map survives the file: save -> load gives the same map, and saving again gives the same bytes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from salesmap_studio.model import Link, MapInfo, Outcome, SalesMap, Stage
from salesmap_studio.persistence import dumps, load, loads, save

from .conftest import FIXTURES
from .strategies import sales_maps

ROUND_TRIPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@ROUND_TRIPS
@given(sales_maps())
def test_save_then_load_gives_an_equal_map(tmp_path, original):
    path = tmp_path / "map.smap"
    save(original, path)
    assert load(path).to_dict() == original.to_dict()


@ROUND_TRIPS
@given(sales_maps())
def test_save_load_save_gives_identical_bytes(tmp_path, original):
    path = tmp_path / "map.smap"
    save(original, path)
    first = path.read_bytes()
    save(load(path), path)
    assert path.read_bytes() == first


@ROUND_TRIPS
@given(sales_maps())
def test_the_file_is_canonical_text(original):
    text = dumps(original)
    assert text.endswith("}\n") and "\r" not in text
    assert text.splitlines()[1] == '  "format": "salesmap",'
    assert dumps(loads(text)) == text


def test_a_loop_and_parallel_links_come_back_in_order_with_text_as_written(tmp_path):
    stage = Stage(id="demo", name="Produktdemo – Überzeugung ✓", x=10.125, y=-0.001)
    lost = Outcome(id="lost", name="Verloren", result="lost")
    links = [
        Link(id="again", source="demo", target="demo", kind="objection", label="Zu teuer"),
        Link(id="b", source="demo", target="lost", kind="no", share=0.3),
        Link(id="a", source="demo", target="lost", kind="flow"),
    ]
    original = SalesMap.from_parts(MapInfo(title="Schleifen"), nodes=[stage, lost], links=links)
    save(original, tmp_path / "map.smap")
    raw = (tmp_path / "map.smap").read_bytes()
    assert "Produktdemo – Überzeugung ✓".encode() in raw
    assert b'"x": 10.12,\n      "y": 0.0\n' in raw  # two decimals, never -0.0
    again = load(tmp_path / "map.smap")
    assert [link.id for link in again.links()] == ["again", "b", "a"]
    assert again.to_dict() == original.to_dict()


def test_a_file_with_crm_names_bends_and_conflicts_opens_and_resaves_byte_for_byte(tmp_path):
    path = tmp_path / "merged.smap"
    save(load(FIXTURES / "valid.smap"), path)
    first = path.read_bytes()
    doc = load(path)
    assert [c.id for c in doc.conflicts()] == ["c1", "c2", "c3"]
    assert doc.node("lead").crm_stages == ("Qualification", "sql")
    assert doc.link("l1").points == ((150.0, 40.0), (220.5, 40.0))
    assert b'"points": [\n        [150.0, 40.0],\n        [220.5, 40.0]\n      ]' in first  # a point per line
    save(doc, path)
    assert path.read_bytes() == first
