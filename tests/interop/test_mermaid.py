"""Mermaid export, read back by Mermaid's own parser (npm `mermaid` under node): every node,
lane and arrow arrives, with every name exactly as written, however hostile."""

from __future__ import annotations

import re
from pathlib import Path

from salesmap_studio.interop import write
from salesmap_studio.persistence import load

from ..analysis.builders import decision, link, make_map, outcome, stage
from .node_check import node_check

TEMPLATES = sorted(Path(__file__).resolve().parents[2].glob("resources/templates/*.smap"))
HOSTILE = ['end', 'say "hi"', '[brackets] {braces} (parens)', '#35; & #quot;', 'a|b --> c', '<b>bold</b><script>x</script>',
           '%% not a comment', 'click n0 call alert()', 'style n1 fill:#f00', 'Zażółć gęślą jaźń 🚀', '`md`', 'A;B\\C']
SHAPES = {"stage": "round", "decision": "diamond", "outcome": "stadium"}


def mermaid(texts: list[str]) -> list[dict]:
    """What Mermaid's parser makes of each text."""
    return node_check("mermaid-check", "mermaid", "setup_mermaid_check.sh", texts)


def shown(text: str) -> str:
    """A label as Mermaid draws it: its entity codes decoded, <br> a line break."""
    text = re.sub(r"ﬂ°°(\d+)¶ß|#(\d+);", lambda m: chr(int(m[1] or m[2])), text)
    return text.replace("<br>", "\n")


def hostile_map():
    nodes = [stage(f"s{i}", name=name, owner="sales" if i % 2 else None) for i, name in enumerate(HOSTILE)]
    nodes += [decision("d", name='Budget "ok"?', owner="sales"), outcome("w", name="end (won)"),
              outcome("x", "lost", name="subgraph")]
    links = [link(f"s{i}", f"s{i + 1}", label=name) for i, name in enumerate(HOSTILE[:-1])]
    links += [link(f"s{len(HOSTILE) - 1}", "d"), link("d", "w", "yes"), link("d", "x", "no", label="nein\n--> x"),
              link("x", "s0", "objection", label="too | expensive")]
    return make_map(nodes, links, lanes=["sales"], start="s0", language="de")


def exported(doc, tmp_path) -> str:
    out = tmp_path / "map.mmd"
    write(doc, out)
    return out.read_text(encoding="utf-8")


def test_hostile_names_arrive_exactly_as_written(tmp_path):
    doc = hostile_map()
    [seen] = mermaid([exported(doc, tmp_path)])
    assert seen["ok"], seen.get("error")
    vertices = {shown(v["text"]): v["type"] for v in seen["vertices"]}
    assert vertices == {node.name: SHAPES[node.kind] for node in doc.nodes()}
    edges = sorted((shown(e["text"]), e["stroke"]) for e in seen["edges"])
    expected = [(l.label, "normal") for l in doc.links() if l.kind == "flow"]
    expected += [("Ja", "normal"), ("Nein · nein\n--> x", "normal"), ("too | expensive", "dotted")]
    assert edges == sorted(expected)
    [lane] = seen["subgraphs"]
    assert lane["title"] == "Sales" and len(lane["nodes"]) == sum(1 for n in doc.nodes() if getattr(n, "owner", 0))


def test_every_template_parses_with_every_node_and_link(tmp_path):
    docs = [load(path) for path in TEMPLATES]
    results = mermaid([exported(doc, tmp_path) for doc in docs])
    for doc, seen in zip(docs, results):
        assert seen["ok"], seen.get("error")
        assert sorted(shown(v["text"]) for v in seen["vertices"]) == sorted(n.name for n in doc.nodes())
        assert len(seen["edges"]) == len(doc.links())
        assert [shown(s["title"]) for s in seen["subgraphs"]] == [lane.name for lane in doc.lanes()]


def test_the_file_is_a_left_to_right_flowchart_with_generated_ids(tmp_path):
    text = exported(hostile_map(), tmp_path)
    assert text.startswith("flowchart LR\n")
    assert '"end"' in text and "\nend\n" not in text.replace("    end\n", "")   # a name is never a keyword
    assert all(ord(c) < 0x80 or c.isalnum() for c in text)   # every mark outside plain text is an entity code
