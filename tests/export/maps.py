"""Maps for the export tests: a small multilingual one and a generated long chain."""

from __future__ import annotations

from salesmap_studio.model import Decision, Lane, Link, MapInfo, Outcome, Phase, SalesMap, Stage

UNICODE_NAMES = ["Łódź", "Zürich", "„Referenz“", "€ 10.000", "Πώληση", "Продажа", "Příprava", "Satış görüşmesi"]


def unicode_map(language: str = "de") -> SalesMap:
    """A short chain whose stage names need more than Latin-1."""
    lanes = [Lane(id="sales", name="Vertrieb", color="#3E9E78")]
    nodes = [Stage(id=f"s{i}", name=name, x=260.0 * i, y=130.0, owner="sales", phase="p",
                   entry_criteria=f"Eintritt {name}", exit_checklist=[{"text": f"Erledigt {name}"}])
             for i, name in enumerate(UNICODE_NAMES)]
    nodes.append(Decision(id="d", name="Budget?", x=260.0 * len(nodes), y=130.0))
    nodes.append(Outcome(id="won", name="Gewonnen", result="won", x=260.0 * (len(nodes) + 1), y=130.0))
    links = [Link(id=f"l{i}", source=a.id, target=b.id) for i, (a, b) in enumerate(zip(nodes[:-2], nodes[1:-1]))]
    links.append(Link(id="yes", source="d", target="won", kind="yes"))
    info = MapInfo(title="Unicode-Karte", goal="Alles druckt richtig", language=language, start="s0")
    return SalesMap.from_parts(info, lanes=lanes, phases=[Phase(id="p", name="Phase 1")], nodes=nodes, links=links)


def chain_map(stages: int, per_row: int = 25) -> SalesMap:
    """`stages` linked stages in rows of `per_row`, one lane per row (for size and speed)."""
    rows = (stages + per_row - 1) // per_row
    lanes = [Lane(id=f"lane{i}", name=f"Team {i + 1}") for i in range(rows)]
    nodes = [Stage(id=f"s{i}", name=f"Stage {i + 1} with a longer name", expected_days=5.0,
                   conversion_rate=0.8, x=260.0 * (i % per_row), y=130.0 + 260.0 * (i // per_row),
                   owner=f"lane{i // per_row}") for i in range(stages)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(stages - 1)]
    return SalesMap.from_parts(MapInfo(title=f"{stages} stages", language="en"),
                               lanes=lanes, nodes=nodes, links=links)
