"""One fixture per CRM format, written from the export's documented columns (tests/evidence/fixtures),
all telling the same story over the five-step map: D1 is won straight through, D2 is lost after
Connect, D3 is won after Close sent it back to Research (the objection loop)."""

from __future__ import annotations

import gzip
import shutil

import duckdb
import openpyxl
import pytest

from .helpers import FIXTURES, evidence_of

FULL_STORY = ["salesforce_opportunity_history.csv", "hubspot_history.json", "deals.xes", "ereignisse.csv"]


@pytest.mark.parametrize("name", FULL_STORY + ["salesforce_field_history.csv"])
def test_each_format_tells_the_whole_story(name):
    data = evidence_of(FIXTURES / name)
    assert data["deals"] == {"total": 3, "won": 2, "lost": 1, "open": 0}
    links = {link: figure["transitions"] for link, figure in data["links"].items()}
    assert links == {"l1": 3, "l2": 2, "l3": 2, "l4": 0, "l5": 3, "l6": 3, "l7": 2, "l8": 1, "l9": 0}
    assert data["stages"]["connect"] | {"days_median": None, "days_p80": None} == {
        "entered": 3, "moved_on": 2, "dropped": 1, "conversion": pytest.approx(2 / 3), "days_median": None,
        "days_p80": None, "planned_conversion": 0.8, "planned_days": 10.0}
    assert data["revisits"] == [{"stage": s, "deals": 1, "revisits": 1} for s in ("close", "present", "research")]
    assert data["unmatched_stages"] == [] and data["unmapped_transitions"] == []
    assert data["rejected_rows"]["count"] == 0


@pytest.mark.parametrize("name", FULL_STORY)
def test_the_times_come_through_every_format(name):
    data = evidence_of(FIXTURES / name)
    assert data["stages"]["connect"]["days_median"] == pytest.approx(5.0)
    assert data["cycle_days"]["median"] == pytest.approx(35.5)
    assert data["period"] == {"from": "2025-01-06 09:00:00", "to": "2025-02-20 09:00:00"}


def test_the_field_history_knows_the_first_stage_but_not_when_it_began():
    data = evidence_of(FIXTURES / "salesforce_field_history.csv")
    assert data["source"] == {"kind": "salesforce-field-history", "events": 15, "ignored_rows": 6}
    assert data["stages"]["prospect"]["entered"] == 3 and data["stages"]["prospect"]["days_median"] is None


def test_hubspot_date_entered_columns_give_one_date_per_stage():
    data = evidence_of(FIXTURES / "hubspot_deals.csv")
    assert data["source"]["kind"] == "hubspot-dates"
    assert data["deals"] == {"total": 3, "won": 2, "lost": 1, "open": 0}
    assert data["links"]["l7"]["transitions"] == 2 and data["links"]["l8"]["transitions"] == 0
    # D3's second stay in Research replaced nothing: the v2 column holds the first entry.
    assert data["stages"]["prospect"]["days_median"] == pytest.approx(4.0)


@pytest.mark.parametrize("name", ["pipedrive_flow.json", "pipedrive_flow.csv"])
def test_pipedrive_takes_won_and_lost_from_the_deal_status(name):
    data = evidence_of(FIXTURES / name)
    assert data["source"]["kind"] == "pipedrive-flow"
    assert data["deals"] == {"total": 3, "won": 2, "lost": 1, "open": 0}
    assert data["stages"]["connect"]["dropped"] == 1
    assert data["stages"]["close"] | {"days_median": None, "days_p80": None} == {
        "entered": 3, "moved_on": 3, "dropped": 0, "conversion": 1.0, "days_median": None, "days_p80": None,
        "planned_conversion": 0.9, "planned_days": 14.0}
    assert data["links"]["l8"]["transitions"] == 1


def test_gzipped_xes_and_forced_kind(tmp_path):
    packed = tmp_path / "deals"   # no extension: recognised by content
    with open(FIXTURES / "deals.xes", "rb") as source, gzip.open(packed, "wb") as target:
        shutil.copyfileobj(source, target)
    assert evidence_of(packed, kind="xes")["deals"]["total"] == 3
    assert evidence_of(packed)["source"]["kind"] == "xes"


def test_xlsx_and_parquet_event_tables(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Deal", "Stage", "Timestamp"])
    for line in (FIXTURES / "salesforce_opportunity_history.csv").read_text().splitlines()[1:]:
        cells = line.split(",")
        sheet.append([cells[1], cells[4], cells[3]])
    book.save(tmp_path / "events.xlsx")
    from_xlsx = evidence_of(tmp_path / "events.xlsx")
    duckdb.connect().execute(f"COPY (SELECT OpportunityId AS deal_id, StageName AS stage, CreatedDate::TIMESTAMP AS "
                             f"timestamp FROM read_csv('{FIXTURES / 'salesforce_opportunity_history.csv'}')) "
                             f"TO '{tmp_path / 'events.parquet'}' (FORMAT parquet)")
    from_parquet = evidence_of(tmp_path / "events.parquet")
    expected = evidence_of(FIXTURES / "salesforce_opportunity_history.csv")
    for data in (from_xlsx, from_parquet):
        assert data["stages"] == expected["stages"] and data["links"] == expected["links"]


def test_hubspot_ui_export_labels_date_entered_columns_by_stage_and_pipeline(tmp_path):
    path = tmp_path / "hubspot-crm-exports-all-deals.csv"
    path.write_text('Record ID,Deal Name,"Date entered ""Prospect (Sales Pipeline)""",'
                    '"Date entered ""Connect (Sales Pipeline)""","Date entered ""Closed Lost (Sales Pipeline)"""\n'
                    "17,Acme,2025-01-06 09:00,2025-01-09 09:00,2025-01-20 09:00\n", encoding="utf-8")
    data = evidence_of(path)
    assert data["source"]["kind"] == "hubspot-dates"
    assert data["deals"] == {"total": 1, "won": 0, "lost": 1, "open": 0}
    assert data["stages"]["connect"]["dropped"] == 1 and data["stages"]["prospect"]["days_median"] == 3.0
