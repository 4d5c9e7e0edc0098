"""Which column holds what in an event table: recognised by header, or chosen (the app's column
dialog and the command line's --column both go through `column_roles.decide`)."""

from __future__ import annotations

import pytest

from salesmap_studio.evidence.column_roles import ColumnsUnknown, decide, guess, parse_choices
from salesmap_studio.evidence.errors import EvidenceError

from .helpers import FIXTURES, evidence_of, write_table

EXPORT = ["Ref;Schritt;Wann;Umsatz;Rep", "A;Prospect;2025-01-01;100;Ann", "A;Connect;2025-01-03;100;Ann",
          "A;Research;2025-01-08;100;Ann", "B;Prospect;2025-01-02;50;Bob", "B;Connect;2025-01-04;50;Bob"]
CHOSEN = {"deal": "Ref", "stage": "Schritt", "time": "Wann", "owner": "Rep"}


def test_recognised_headers_need_no_choice():
    assert decide(["Vorgang", "Phase", "Datum", "Ergebnis"]) == {
        "deal": "Vorgang", "stage": "Phase", "time": "Datum", "status": "Ergebnis"}


def test_unknown_headers_name_the_roles_and_the_option_to_pass():
    with pytest.raises(ColumnsUnknown, match=r"no column for stage, time among the headers 'Deal', 'Schritt', "
                                             r"'Wann' .*; pass --column stage=HEADER and --column time=HEADER$"):
        decide(["Deal", "Schritt", "Wann"])


def test_two_columns_for_one_role_are_ambiguous():
    with pytest.raises(ColumnsUnknown, match="the time could be any of the columns 'Date', 'Created date'; "
                                             "pass --column time=HEADER"):
        decide(["Deal", "Stage", "Date", "Created date"])
    assert decide(["Deal", "Stage", "Date", "Created date"], {"time": "Created date"})["time"] == "Created date"
    # Two amounts change no figure: the first is taken, as a file with both has always been read.
    assert decide(["Deal", "Stage", "Date", "Amount", "Value"])["amount"] == "Amount"


def test_a_choice_wins_over_a_recognised_header_and_ignores_case_and_spacing():
    # "Stage" would be recognised; the user says the stage is in "Sub stage", and the deal in "ref ".
    assert decide(["Ref", "Stage", "Sub stage", "Date"], {"stage": "substage", "deal": "ref"}) == {
        "stage": "Sub stage", "deal": "Ref", "time": "Date"}


def test_a_role_declined_is_not_recognised_again():
    assert decide(["Deal", "Stage", "Date", "Status"], {"status": None}) == {"deal": "Deal", "stage": "Stage",
                                                                            "time": "Date"}
    with pytest.raises(ColumnsUnknown, match="no column for time"):
        decide(["Deal", "Stage", "Date"], {"time": None})


@pytest.mark.parametrize("chosen, message", [
    ({"colour": "Ref"}, "unknown role 'colour'; roles: deal, stage, time, amount, owner, status"),
    ({"time": "When"}, "no column 'When' for the time among the headers 'Ref', 'Schritt', 'Wann'"),
    ({"deal": "Ref", "stage": "Ref"}, "the column 'Ref' cannot be both the deal and the stage"),
])
def test_a_bad_choice_is_refused_in_one_sentence(chosen, message):
    with pytest.raises(EvidenceError, match=message):
        decide(["Ref", "Schritt", "Wann"], chosen)


@pytest.mark.parametrize("pairs, message", [
    (["colour=Ref"], "unknown role 'colour'"), (["deal"], "write ROLE=HEADER"), (["deal="], "write ROLE=HEADER"),
    (["deal=A", "deal=B"], "the deal column is given twice"),
])
def test_command_line_pairs_are_checked(pairs, message):
    with pytest.raises(EvidenceError, match=message):
        parse_choices(pairs)


def test_command_line_pairs_keep_the_header_as_written():
    assert parse_choices(["Time = Changed On ", "deal=a=b"]) == {"time": "Changed On", "deal": "a=b"}


def test_the_guess_prefers_recognised_headers_then_similar_ones_each_header_once():
    headers = ["Opportunity Name", "Sales Phase", "Changed On", "Deal Stage", "Date"]
    assert guess(headers) == {"stage": "Deal Stage", "time": "Date", "deal": "Opportunity Name"}
    assert guess(["x", "y"]) == {}


def test_a_table_with_chosen_columns_gives_the_same_figures_as_a_recognised_one(tmp_path):
    chosen = evidence_of(write_table(tmp_path, EXPORT), columns=CHOSEN)
    recognised = evidence_of(write_table(tmp_path, ["Deal;Stage;Date;Amount;Owner"] + EXPORT[1:], "plain.csv"))
    assert chosen == recognised
    assert chosen["deals"]["total"] == 2 and chosen["stages"]["connect"]["entered"] == 2


def test_choosing_columns_reads_a_crm_export_as_an_event_table(tmp_path):
    # Salesforce's headers are recognised as its OpportunityHistory; with columns chosen the same file
    # is an event table, whose "Id" (the history row's id) makes every row a deal of its own.
    salesforce = FIXTURES / "salesforce_opportunity_history.csv"
    as_table = evidence_of(salesforce, columns={"deal": "Id", "stage": "StageName", "time": "CreatedDate"})
    rows = len(salesforce.read_text(encoding="utf-8").splitlines()) - 1
    assert as_table["deals"]["total"] == rows and evidence_of(salesforce)["deals"]["total"] == 3


def test_columns_cannot_be_chosen_for_a_document_or_a_forced_kind(tmp_path):
    with pytest.raises(EvidenceError, match="columns can be chosen for a table .* only, not for xes history"):
        evidence_of(FIXTURES / "deals.xes", columns=CHOSEN)
    salesforce = FIXTURES / "salesforce_opportunity_history.csv"
    with pytest.raises(EvidenceError, match=r"generic event table \(--kind table\) only"):
        evidence_of(salesforce, kind="salesforce-history", columns={"deal": "Id"})
