"""A generated map with every kind of node and link, for the interop tests and bench/interop.py."""

from __future__ import annotations

from salesmap_studio.model import ChecklistItem, Decision, Lane, Link, MapInfo, Outcome, SalesMap, Stage


def big_map(stages: int) -> SalesMap:
    """`stages` stages in four lanes with every text field filled, a decision with yes/no branches and an
    objection loop after every tenth stage, a won and a lost outcome: stages * 1.1 + 2 nodes."""
    lanes = [Lane(id=f"lane{i}", name=f"Team {i} – Vertrieb") for i in range(4)]
    checklist = (ChecklistItem(text="Budget bestätigt", required=True), ChecklistItem(text="Termin steht"))
    nodes: list = [Stage(id=f"s{i}", name=f"Stufe {i}: Bedarfsanalyse", entry_criteria="Qualifiziert.",
                         activities="Anruf, Demo, Angebot.", exit_checklist=checklist, owner=f"lane{i % 4}",
                         x=float(i) * 320, y=float(i % 4) * 260 + 130) for i in range(stages)]
    nodes += [Decision(id=f"d{i}", name=f"Weiter {i}?", owner=f"lane{i % 4}", x=i * 3200.0 + 160, y=130.0)
              for i in range(stages // 10)]
    nodes += [Outcome(id="won", name="Gewonnen", result="won", x=stages * 320.0, y=130.0),
              Outcome(id="lost", name="Verloren", result="lost", x=stages * 320.0, y=390.0)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(stages - 1)]
    for i in range(stages // 10):
        links += [Link(id=f"y{i}", source=f"s{i * 10}", target=f"d{i}"),
                  Link(id=f"n{i}", source=f"d{i}", target="lost", kind="no"),
                  Link(id=f"o{i}", source=f"d{i}", target=f"s{i * 10}", kind="objection", label="zu teuer")]
    links.append(Link(id="last", source=f"s{stages - 1}", target="won"))
    return SalesMap.from_parts(MapInfo(title="Benchmark", language="de", start="s0"), lanes=lanes, nodes=nodes,
                               links=links)
