"""Property: deals simulated through a map with its own conversion rates and shares give those
rates and shares back, within a tolerance that shrinks with the number of deals (2.5/sqrt(n) is
at least five standard errors of a share observed n times)."""

from __future__ import annotations

import json
import math
import random
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from salesmap_studio.persistence import load

from .helpers import FIVE_STEP, evidence_of

STAGES = ("prospect", "connect", "research", "present", "close")


def _map_with(tmp_path, rates: dict[str, float], shares: dict[str, float]):
    data = json.loads(FIVE_STEP.read_text())
    for node in data["nodes"]:
        if node["id"] in rates:
            node["conversion_rate"] = rates[node["id"]]
    for link in data["links"]:
        if link["id"] in shares:
            link["share"] = shares[link["id"]]
    path = tmp_path / "map.smap"
    path.write_text(json.dumps(data))
    return load(path)


def _simulate(doc, deals: int, rng: random.Random) -> list[str]:
    """One row per stage or outcome a deal enters; a deal that drops out gets the status lost."""
    rows = ["deal,stage,date,status"]
    for number in range(deals):
        node, day, status = doc.start, 0.0, ""
        while True:
            here = doc.node(node)
            if here.kind != "decision":
                rows.append(f"D{number},{here.name},{_date(day)},")
                day += rng.expovariate(1.0) + 0.01
            if here.kind == "outcome":
                break
            if here.kind == "stage" and rng.random() >= here.conversion_rate:
                status = "lost"
                break
            links = doc.links_from(node)
            node = rng.choices([link.target for link in links], [link.share or 1.0 for link in links])[0]
        rows[-1] = rows[-1] + status
    return rows


def _date(day: float) -> str:
    return (datetime(2025, 1, 1) + timedelta(days=day)).isoformat(sep=" ", timespec="seconds")


@settings(max_examples=6, deadline=None)
@given(rates=st.fixed_dictionaries({s: st.floats(0.3, 0.95) for s in STAGES}),
       yes=st.floats(0.2, 0.8), close_split=st.tuples(st.floats(0.1, 1.0), st.floats(0.1, 1.0), st.floats(0.1, 1.0)),
       deals=st.sampled_from([400, 4000]), seed=st.integers(0, 2**32))
def test_simulated_deals_give_back_the_maps_rates_and_shares(tmp_path_factory, rates, yes, close_split, deals, seed):
    total = sum(close_split)
    shares = {"l3": yes, "l4": 1 - yes, "l7": close_split[0] / total, "l8": close_split[1] / total,
              "l9": close_split[2] / total}
    folder = tmp_path_factory.mktemp("sim")
    doc = _map_with(folder, rates, shares)
    path = folder / "deals.csv"
    path.write_text("\n".join(_simulate(doc, deals, random.Random(seed))) + "\n")
    data = evidence_of(path, doc)
    for stage in STAGES:
        figure = data["stages"][stage]
        observed = figure["moved_on"] + figure["dropped"]
        if observed:
            assert abs(figure["conversion"] - rates[stage]) <= 2.5 / math.sqrt(observed), stage
    for link_id, share in shares.items():
        source = doc.link(link_id).source
        leaving = sum(data["links"][link.id]["transitions"] for link in doc.links_from(source))
        if leaving:
            assert abs(data["links"][link_id]["share"] - share) <= 2.5 / math.sqrt(leaving), link_id
    assert data["unmapped_transitions"] == [] and data["rejected_rows"]["count"] == 0
