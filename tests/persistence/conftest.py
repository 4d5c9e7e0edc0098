"""Bad files too large to commit, written into tmp_path at test time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def valid_map() -> dict:
    return json.loads((FIXTURES / "valid.smap").read_text("utf-8"))


def _forty_megabytes(path: Path) -> None:
    data = valid_map()
    data["nodes"][0]["notes"] = "x" * 19_000
    data["notes"] = [{"id": f"n{i}", "text": "x" * 19_000} for i in range(2_200)]
    path.write_text(json.dumps(data), "utf-8")


def _nested_brackets(path: Path) -> None:
    path.write_text('{"format": "salesmap", "version": 1, "nodes": ' + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")


def _many_checklist_items(path: Path) -> None:
    data = valid_map()
    data["nodes"][0]["exit_checklist"] = [{"text": f"Item {i}", "required": False} for i in range(5_000)]
    path.write_text(json.dumps(data, indent=2), "utf-8")


def _wide(key: str, item: str):
    """A file just under 32 MiB whose `key` list holds millions of copies of one bad item."""

    def write(path: Path) -> None:
        data = valid_map()
        data[key] = ["@"]
        head, tail = json.dumps(data).split('"@"')
        count = (32 * 2**20 - len(head) - len(tail) - 16) // (len(item) + 1)
        path.write_text(head + ",".join([item] * count) + tail, "utf-8")

    return write


def _one_link_too_many(path: Path) -> None:
    data = valid_map()
    data["links"] = [{"id": f"l{i}", "source": "lead", "target": "budget"} for i in range(50_001)]
    path.write_text(json.dumps(data), "utf-8")


def _one_conflict_too_many(path: Path) -> None:
    data = valid_map()
    data["conflicts"] = [dict(data["conflicts"][2], id=f"c{i}") for i in range(5_001)]
    path.write_text(json.dumps(data), "utf-8")


WIDE = {  # fixture name -> (where the refusal points, what it says)
    "32-MiB-of-numbers-as-links.smap": ("links[0]", "valid dictionary"),
    "32-MiB-of-empty-nodes.smap": ("nodes[0]", "missing key 'kind'"),
    "32-MiB-of-empty-notes.smap": ("notes[0]", "missing key 'id'"),
    "32-MiB-of-numbers-as-lanes.smap": ("lanes[0]", "valid dictionary"),
    "32-MiB-of-numbers-as-kpis.smap": ("kpis[0]", "valid dictionary"),
    "32-MiB-of-numbers-as-conflicts.smap": ("conflicts[0]", "valid dictionary"),
    "32-MiB-of-empty-checklist-items.smap": ("nodes[0]", "more than 10,000 JSON objects"),
}


def _wide_checklist(path: Path) -> None:
    data = valid_map()
    data["nodes"][0]["exit_checklist"] = ["@"]
    head, tail = json.dumps(data).split('"@"')
    path.write_text(head + ",".join(["{}"] * ((32 * 2**20 - len(head) - len(tail)) // 3)) + tail, "utf-8")


def _packed(key: str, item: str, per_item: int = 1):
    """A valid file (before the count limits of issue 20) just under 32 MiB whose `key` list holds as many
    copies of `item` as fit; `{id}` in `item` becomes a fresh id, `{items}` `per_item` empty checklist items,
    `{points}` `per_item` bend points."""

    def write(path: Path) -> None:
        text = item.replace("{items}", ",".join(['{"text": ""}'] * per_item))
        text = text.replace("{points}", ",".join(["[0, 0]"] * per_item))
        head = '{"format": "salesmap", "version": 2, "nodes": [{"id": "a", "kind": "stage", "name": "A"}'
        head += ", " if key == "nodes" else f'], "{key}": ['
        budget, written, parts = 32 * 2**20 - len(head) - 16, 0, []
        most = {"nodes": 19_999, "links": 50_000, "conflicts": 5_000}.get(key, budget)
        while len(parts) < most and written + len(text) + 12 < budget:
            parts.append(text.replace("{id}", f"i{len(parts)}"))
            written += len(parts[-1]) + 1
        path.write_text(head + ",".join(parts) + "]}", "utf-8")

    return write


def _every_list_at_its_limit(path: Path) -> None:
    """A valid file with every list at its count (each item as small as JSON allows), its notes' texts
    filling the rest of 32 MiB: the most a valid map can ask of the reader."""
    ids = [f"i{i}" for i in range(100_000)]
    stage = '{"id": "%s", "kind": "stage", "name": "A", "exit_checklist": [%s], "crm_stages": [%s]}'
    five = ", ".join(['{"text": ""}'] * 5)
    nodes = [stage % (ids[i], five, ", ".join(f'"c{i}-{j}"' for j in range(20))) for i in range(20_000)]
    four = ", ".join(["[0, 0]"] * 4)
    links = [f'{{"id": "{ids[i]}", "source": "i0", "target": "i1", "points": [{four}]}}' for i in range(50_000)]
    bands = [f'{{"id": "{ids[i]}", "name": "A"}}' for i in range(200)]
    side = '{"id": "i0", "kind": "stage", "name": "A"}'
    conflicts = [f'{{"id": "{ids[i]}", "what": "node", "item": "i0", "fields": ["name"], "base": {side}, '
                 f'"theirs": {side}}}' for i in range(5_000)]
    parts = {"lanes": bands, "phases": bands, "nodes": nodes, "links": links, "kpis": ['{"name": "A"}'] * 1_000,
             "conflicts": conflicts}
    head = '{"format": "salesmap", "version": 2, ' + ", ".join(f'"{k}": [{", ".join(v)}]' for k, v in parts.items())
    per_note = min(20_000, (32 * 2**20 - len(head) - 16) // 5_000 - 40)
    notes = ", ".join(f'{{"id": "{ids[i]}", "text": "{"x" * per_note}"}}' for i in range(5_000))
    path.write_text(f'{head}, "notes": [{notes}]}}', "utf-8")


def _one_item_of_millions(place, value: str):
    """A file just under 32 MiB one of whose items holds millions of small JSON values (`value`, repeated)
    at `place(data)`: the item is valid JSON, but building it took up to a gigabyte."""

    def write(path: Path) -> None:
        data = valid_map()
        place(data)
        head, tail = json.dumps(data).split('"@"')
        count = (32 * 2**20 - len(head) - len(tail) - 16) // (len(value) + 1)
        path.write_text(head + "[" + ",".join([value] * count) + "]" + tail, "utf-8")

    return write


def _top_level_array(path: Path) -> None:
    path.write_text("[" + ",".join(["[]"] * ((32 * 2**20 - 16) // 3)) + "]", "utf-8")


BOMBS = {  # one item (or the whole file) of millions of small values; name -> (where, what)
    "a-name-of-millions-of-arrays.smap": ("nodes[0]", "more than 100,000 JSON values"),
    "substeps-of-millions-of-strings.smap": ("nodes[0]", "more than 100,000 JSON values"),
    "a-route-of-millions-of-points.smap": ("links[0]", "more than 100,000 JSON values"),
    "32-MiB-of-arrays-at-the-top.smap": ("(top level)", "more than 100,000 JSON values"),
}

_SIDE = '{"id": "a", "kind": "stage", "name": "A", "exit_checklist": [{items}]}'
PACKED = {  # valid before issue 20's count limits; fixture name -> (where the refusal points, what it says)
    "32-MiB-of-lanes.smap": ("lanes", "more than 200 items"),
    "32-MiB-of-phases.smap": ("phases", "more than 200 items"),
    "32-MiB-of-kpis.smap": ("kpis", "more than 1,000 items"),
    "32-MiB-of-stages-packed-with-checklist-items.smap": (
        "nodes[770].exit_checklist", "more than 100,000 checklist items and substeps in all"),
    "20000-stages-packed-with-substeps.smap": (
        "nodes[501].substeps", "more than 100,000 checklist items and substeps in all"),
    "32-MiB-of-bend-points.smap": ("links[2000].points", "more than 200,000 bend points in all"),
    "conflicts-packed-with-checklist-items.smap": (
        "conflicts[250].base.exit_checklist", "more than 100,000 checklist items and substeps in all"),
}

GENERATED = {
    "32-MiB-of-numbers-as-links.smap": _wide("links", "1"),
    "32-MiB-of-empty-nodes.smap": _wide("nodes", "{}"),
    "32-MiB-of-empty-notes.smap": _wide("notes", "{}"),
    "32-MiB-of-numbers-as-lanes.smap": _wide("lanes", "1"),
    "32-MiB-of-numbers-as-kpis.smap": _wide("kpis", "1"),
    "32-MiB-of-numbers-as-conflicts.smap": _wide("conflicts", "1"),
    "32-MiB-of-empty-checklist-items.smap": _wide_checklist,
    "50001-links.smap": _one_link_too_many,
    "5001-conflicts.smap": _one_conflict_too_many,
    "40-megabytes.smap": _forty_megabytes,
    "100000-nested-brackets.smap": _nested_brackets,
    "5000-checklist-items.smap": _many_checklist_items,
    "32-MiB-of-lanes.smap": _packed("lanes", '{"id": "{id}", "name": "A"}'),
    "32-MiB-of-phases.smap": _packed("phases", '{"id": "{id}", "name": "A"}'),
    "32-MiB-of-kpis.smap": _packed("kpis", '{"name": "A"}'),
    "32-MiB-of-stages-packed-with-checklist-items.smap": _packed(
        "nodes", '{"id": "{id}", "kind": "stage", "name": "A", "exit_checklist": [{items}]}', 130),
    "20000-stages-packed-with-substeps.smap": _packed(
        "nodes", '{"id": "{id}", "kind": "stage", "name": "A", "substeps": [' + ", ".join(['""'] * 200) + "]}"),
    "32-MiB-of-bend-points.smap": _packed("links", '{"id": "{id}", "source": "a", "target": "a", "points": [{points}]}',
                                          100),
    "every-list-at-its-limit.smap": _every_list_at_its_limit,
    "a-name-of-millions-of-arrays.smap": _one_item_of_millions(
        lambda data: data["nodes"][0].update(name="@"), "[]"),
    "substeps-of-millions-of-strings.smap": _one_item_of_millions(
        lambda data: data["nodes"][0].update(substeps="@"), '"ab"'),
    "a-route-of-millions-of-points.smap": _one_item_of_millions(
        lambda data: data["links"][0].update(points="@"), "[1, 2]"),
    "32-MiB-of-arrays-at-the-top.smap": _top_level_array,
    "conflicts-packed-with-checklist-items.smap": _packed(
        "conflicts", '{"id": "{id}", "what": "node", "item": "a", "fields": ["exit_checklist"], '
                     f'"base": {_SIDE}, "theirs": {_SIDE}}}', 200),
}


@pytest.fixture
def generated_file(tmp_path):
    """`generated_file("40-megabytes.smap")` -> the path of that bad file, written now."""

    def write(name: str) -> Path:
        path = tmp_path / name
        GENERATED[name](path)
        return path

    return write
