"""Worked examples: small event tables whose answers are counted by hand in the comments."""

from __future__ import annotations

from datetime import datetime

import pytest

from .helpers import FIXTURES, evidence_of, write_table

STORY = FIXTURES / "salesforce_opportunity_history.csv"


def test_per_stage_entered_moved_on_dropped_and_days():
    stages = evidence_of(STORY)["stages"]
    # Research: D1 (Jan 15 -> 20: 5 d), D3 twice (Jan 14 -> 21: 7 d; Feb 2 -> 5: 3 d): median 5,
    # 80th percentile between 5 and 7 at 0.6 of the way: 6.2.
    assert stages["research"] == {"entered": 3, "moved_on": 3, "dropped": 0, "conversion": 1.0,
                                  "days_median": pytest.approx(5.0), "days_p80": pytest.approx(6.2),
                                  "planned_conversion": 0.7, "planned_days": 7.0}


def test_link_shares_split_what_leaves_a_node():
    links = evidence_of(STORY)["links"]
    # Close was left three times: twice to won (l7), once back to Research (l8), never to lost (l9).
    assert links["l7"] == {"transitions": 2, "share": pytest.approx(2 / 3)}
    assert links["l8"] == {"transitions": 1, "share": pytest.approx(1 / 3)}
    assert links["l9"] == {"transitions": 0, "share": 0.0}
    # Connect -> Research goes through the decision "Interested?": its yes link carries both.
    assert links["l3"] == {"transitions": 2, "share": 1.0} and links["l4"] == {"transitions": 0, "share": 0.0}


def test_cycle_time_of_won_deals_beside_the_maps_own_figure():
    cycle = evidence_of(STORY)["cycle_days"]
    # D1: Jan 6 -> Feb 3 = 28 d; D3: Jan 8 -> Feb 20 = 43 d. The plan is analysis/funnel's figure.
    assert cycle == {"median": 35.5, "p80": pytest.approx(40.0), "deals": 2, "planned": pytest.approx(50.535, abs=1e-3)}


def test_the_two_sentences():
    sentences = evidence_of(STORY)["sentences"]
    assert sentences == {
        "biggest_exodus": "The biggest exodus is at Connect: 1 of 3 deals that entered dropped out (33 %).",
        "slowest_stage": "The slowest stage is Present: deals stay 7.0 days there (median), planned 10.0."}


def test_transitions_the_map_lacks_and_the_stages_skipped(tmp_path):
    # E jumps from Prospect to Close (skipping Connect, Research, Present; the map's way goes through
    # the decision); F goes Prospect -> "Legal review" (no node) -> Close.
    path = write_table(tmp_path, ["deal,stage,date", "E,Prospect,2025-01-01", "E,Close,2025-01-05",
                                  "F,Prospect,2025-01-01", "F,Legal review,2025-01-03", "F,Close,2025-01-04"])
    data = evidence_of(path)
    assert data["unmapped_transitions"] == [
        {"from": "Legal review", "to": "Close", "count": 1, "from_node": None, "to_node": "close"},
        {"from": "Prospect", "to": "Close", "count": 1, "from_node": "prospect", "to_node": "close"},
        {"from": "Prospect", "to": "Legal review", "count": 1, "from_node": "prospect", "to_node": None}]
    assert data["skipped_stages"] == [{"stage": s, "deals": 1} for s in ("connect", "present", "research")]
    assert data["unmatched_stages"] == [{"name": "Legal review", "deals": 1, "suggestion": None}]


def test_a_stage_named_nearly_like_a_node_is_suggested(tmp_path):
    path = write_table(tmp_path, ["deal,stage,date", "G,Prospecting,2025-01-01", "G,connect,2025-01-02",
                                  "H,Prospecting,2025-01-01"])
    data = evidence_of(path)
    assert data["unmatched_stages"] == [{"name": "Prospecting", "deals": 2, "suggestion": "prospect"}]
    assert data["stages"]["connect"]["entered"] == 1   # "connect": case and spacing do not matter


def test_since_and_until_keep_the_deals_that_started_between(tmp_path):
    data = evidence_of(STORY, since=datetime(2025, 1, 7), until=datetime(2025, 1, 7, 23, 59))
    assert data["deals"] == {"total": 1, "won": 0, "lost": 1, "open": 0}   # D2 only


def test_open_deals_neither_move_on_nor_drop(tmp_path):
    path = write_table(tmp_path, ["deal,stage,date", "J,Prospect,2025-01-01", "J,Connect,2025-01-04"])
    data = evidence_of(path)
    assert data["deals"] == {"total": 1, "won": 0, "lost": 0, "open": 1}
    assert data["stages"]["connect"] | {"planned_conversion": None, "planned_days": None} == {
        "entered": 1, "moved_on": 0, "dropped": 0, "conversion": None, "days_median": None, "days_p80": None,
        "planned_conversion": None, "planned_days": None}


def test_fast_versus_slow_quarters(tmp_path):
    # Eight won deals; each takes 1 day per stage but Research takes i days (i = 1..8) and deal 8
    # detours through Close -> Research. Cycle: 4 + i days (deal 8: 22).
    # Fastest quarter: deals 1-2 (5 and 6 days); slowest: 7-8.
    rows = ["deal,stage,date"]
    for i in range(1, 9):
        day = 1
        path = ["Prospect", "Connect", "Research", "Present", "Close"]
        path += ["Research", "Present", "Close"] if i == 8 else []
        for stage in path + ["Closed won"]:
            rows.append(f"W{i},{stage},2025-03-{day:02d}")
            day += i if stage == "Research" else 1
    data = evidence_of(write_table(tmp_path, rows))
    fast, slow = data["fast_slow"]["fast"], data["fast_slow"]["slow"]
    straight = ["Prospect", "Connect", "Research", "Present", "Close", "Closed won"]
    assert fast == {"deals": 2, "cycle_days_median": 5.5, "paths": [{"path": straight, "deals": 2}]}
    assert slow["deals"] == 2 and slow["paths"] == [
        {"path": straight[:5] + ["Research", "Present", "Close", "Closed won"], "deals": 1},
        {"path": straight, "deals": 1}]
    assert data["fast_slow"]["stages"][0] == {"stage": "research", "fast_days": 1.5, "slow_days": 8.0,
                                              "difference": 6.5}


def test_crm_stages_on_a_node_match_before_its_name(tmp_path):
    import json as _json

    from salesmap_studio.persistence import load

    from .helpers import FIVE_STEP

    data = _json.loads(FIVE_STEP.read_text())
    for node in data["nodes"]:
        if node["id"] == "research":
            node["crm_stages"] = ["Needs analysis", "Qualified To Buy"]
        if node["id"] == "won":
            node["crm_stages"] = ["Prospect"]   # a claim beats another node's name
    (tmp_path / "map.smap").write_text(_json.dumps(data))
    path = write_table(tmp_path, ["deal,stage,date", "K,Connect,2025-01-01", "K,needs analysis,2025-01-02",
                                  "K, QUALIFIED TO BUY ,2025-01-03", "K,Prospect,2025-01-04"])
    evidence = evidence_of(path, load(tmp_path / "map.smap"))
    assert evidence["stages"]["research"]["entered"] == 1 and evidence["stages"]["prospect"]["entered"] == 0
    assert evidence["deals"]["won"] == 1 and evidence["unmatched_stages"] == []
