"""The project's hostile names (controls, terminal escapes, markup, emoji, RTL override, line
breaks) through every other tool's format: each reads back as written, less only what XML forbids."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.safe_text import xml_text
from salesmap_studio.interop import read, write

from ..hostile_text import hostile_map
from .test_mermaid import mermaid, shown


def names(doc, clean=lambda text: text) -> list:
    return [(n.id, clean(n.name), clean(getattr(n, "entry_criteria", ""))) for n in doc.nodes()]


@pytest.mark.parametrize("suffix, clean", [(".drawio", xml_text), (".xlsx", xml_text), (".csv", lambda t: t)])
def test_hostile_names_come_back(tmp_path, suffix, clean):
    doc = hostile_map()
    out = tmp_path / f"map{suffix}"
    write(doc, out)
    back = read(out)
    assert sorted(names(back)) == sorted(names(doc, clean))
    assert sorted(link.label for link in back.links()) == sorted(clean(link.label) for link in doc.links())


def test_mermaid_shows_hostile_names_exactly(tmp_path):
    doc = hostile_map()
    out = tmp_path / "map.mmd"
    write(doc, out)
    [seen] = mermaid([out.read_text(encoding="utf-8")])
    assert seen["ok"], seen.get("error")
    assert sorted(shown(v["text"]) for v in seen["vertices"]) == sorted(n.name for n in doc.nodes())
