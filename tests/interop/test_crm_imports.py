"""CRM pipeline imports, on files written from the vendors' documented examples (tests/interop/crm/:
HubSpot's GET /crm/v3/pipelines/deals response and a POST body, Pipedrive's GET /v1/stages response,
Salesforce's OpportunityStage standard value set), through `salesmap-studio import` as a user runs it;
and the exports through `salesmap-studio export --to`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from salesmap_studio.interop import InteropError, read
from salesmap_studio.persistence import load

from ..cli.runner import REPO, run_cli

CRM = Path(__file__).resolve().parent / "crm"
TEMPLATE = REPO / "resources" / "templates" / "extended-b2b.de.smap"


def chain(doc) -> list[tuple[str, str]]:
    return [(n.kind, n.name if n.kind == "stage" else f"{n.name}: {n.result}") for n in doc.nodes()]


def test_hubspots_list_response_becomes_a_chain_in_display_order(tmp_path):
    out = tmp_path / "hubspot.smap"
    done = run_cli("import", CRM / "hubspot_get_pipelines.json", out)
    assert done.status == 0, done.err_lines
    doc = load(out)
    assert doc.info.title == "Sales Pipeline"
    assert chain(doc) == [("stage", "Appointment Scheduled"), ("stage", "Qualified To Buy"),
                          ("stage", "Presentation Scheduled"), ("stage", "Decision Maker Bought-In"),
                          ("stage", "Contract Sent"), ("outcome", "Closed Won: won"), ("outcome", "Closed Lost: lost")]
    ids = {n.name: n.id for n in doc.nodes()}
    assert [(k.source, k.target) for k in doc.links()][-2:] == [(ids["Contract Sent"], ids["Closed Won"]),
                                                                 (ids["Contract Sent"], ids["Closed Lost"])]
    assert doc.start == ids["Appointment Scheduled"]
    crm = {n.name: n.crm_stages for n in doc.nodes()}   # deal history finds them by label or by id
    assert crm["Appointment Scheduled"] == ("Appointment Scheduled", "appointmentscheduled")
    assert crm["Closed Won"] == ("Closed Won", "closedwon")
    xs = [n.x for n in doc.nodes() if n.kind == "stage"]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)   # laid out left to right


def test_a_hubspot_body_without_is_closed_takes_0_and_1_as_lost_and_won():
    doc = read(CRM / "hubspot_post_pipeline.json")
    assert chain(doc) == [("stage", "Erstgespräch"), ("stage", "Angebot 💶"), ("outcome", "Gewonnen: won"),
                          ("outcome", "Verloren: lost")]


def test_pipedrives_response_gives_the_first_pipelines_stages_and_won_and_lost(tmp_path):
    doc = read(CRM / "pipedrive_get_stages.json")
    assert chain(doc) == [("stage", "Qualified"), ("stage", "Contact Made"), ("stage", "Proposal Made"),
                          ("outcome", "Closed won: won"), ("outcome", "Closed lost: lost")]
    assert [n.expected_days for n in doc.nodes() if n.kind == "stage"] == [None, 14.0, 30.0]
    assert [n.crm_stages for n in doc.nodes()][:2] == [("Qualified", "1"), ("Contact Made", "2")]


def test_a_salesforce_value_set_or_its_folder_imports(tmp_path):
    folder = tmp_path / "deploy"
    (folder / "standardValueSets").mkdir(parents=True)
    shutil.copy(CRM / "OpportunityStage.standardValueSet-meta.xml", folder / "standardValueSets")
    out = tmp_path / "sf.smap"
    assert run_cli("import", folder, out).status == 0
    expected = [("stage", "Prospecting"), ("stage", "Needs Analysis"), ("stage", "Negotiation/Review"),
                ("outcome", "Closed Won: won"), ("outcome", "Closed Lost: lost")]
    assert chain(load(out)) == expected
    assert chain(read(CRM / "OpportunityStage.standardValueSet-meta.xml")) == expected


@pytest.mark.parametrize("to, name", [("hubspot", "p.json"), ("pipedrive", "p.json"), ("salesforce", "sf")])
def test_the_command_line_exports_each_crm_and_imports_it_back(tmp_path, to, name):
    out, back = tmp_path / name, tmp_path / "back.smap"
    done = run_cli("export", TEMPLATE, out, "--to", to)
    assert done.status == 0 and done.err_lines == []
    assert run_cli("import", out, back).status == 0
    stages = [n.name for n in load(back).nodes() if n.kind == "stage"]
    assert stages[:2] == ["Markenbekanntheit", "Markeninteraktion"] and "Implementierung" not in stages


def test_wrong_crm_options_and_names_get_one_line_and_write_nothing(tmp_path):
    refused = run_cli("export", TEMPLATE, tmp_path / "p.txt", "--to", "hubspot")
    assert refused.status == 2 and refused.err_lines == [
        f"salesmap-studio: {tmp_path / 'p.txt'}: --to hubspot writes a .json file; the name must end in .json"]
    refused = run_cli("export", TEMPLATE, tmp_path / "p.json", "--to", "pipedrive", "--page", "A4")
    assert refused.err_lines == [f"salesmap-studio: {tmp_path / 'p.json'}: --page does not apply to --to pipedrive"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("text, where", [
    ('{"stages": [{"label": "A", "metadata": {"probability": NaN}}]}', "NaN is no number"),
    ("[" * 100_000 + "]" * 100_000, "not usable JSON"),
    ('{"stages": [{"label": "", "metadata": {"probability": "0.2"}}]}', "stages[0].label: wants a name"),
    ('{"stages": [{"label": "A", "metadata": {"probability": "2"}}]}', "stages[0].metadata.probability"),
    ('{"success": true, "data": [{"name": "A", "rotten_flag": true, "rotten_days": -4}]}', "data[0].rotten_days"),
    ('{"label": "x"}', "no HubSpot pipeline here"),
    ('\ufeff{"stages": []}', "the pipeline has no stages"),
])
def test_bad_crm_files_get_one_clear_message(tmp_path, text, where):
    source = tmp_path / "p.json"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(InteropError) as refused:
        read(source)
    assert where in str(refused.value) and str(source) in str(refused.value)


def test_a_salesforce_file_with_entities_is_refused(tmp_path):
    source = tmp_path / "OpportunityStage.standardValueSet-meta.xml"
    source.write_text('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><StandardValueSet>&a;</StandardValueSet>',
                      encoding="utf-8")
    with pytest.raises(InteropError, match="not a readable standard value set"):
        read(source)
