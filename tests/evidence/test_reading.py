"""Reading history: dates in their many forms, rows that cannot be used, and flags."""

from __future__ import annotations

import pytest

from salesmap_studio.evidence.errors import EvidenceError
from salesmap_studio.evidence.history import read_history

from .helpers import evidence_of, write_table


def _times(path, **options) -> list:
    history = read_history(str(path), **options)
    return [row[0].isoformat(sep=" ") for row in history.con.execute("SELECT ts FROM events ORDER BY _row").fetchall()]


def test_iso_dates_with_and_without_zone(tmp_path):
    path = write_table(tmp_path, ["deal,stage,timestamp", "A,Prospect,2025-03-04T10:00:00+01:00",
                                  "A,Connect,2025-03-05T10:00:00Z", "A,Close,2025-03-06 10:00:00",
                                  "A,Closed won,2025-03-07T10:00:00.000-0500"])
    assert _times(path) == ["2025-03-04 09:00:00", "2025-03-05 10:00:00", "2025-03-06 10:00:00",
                            "2025-03-07 15:00:00"]


@pytest.mark.parametrize("dates, expected", [
    (["13/02/2025", "03/04/2025"], ["2025-02-13 00:00:00", "2025-04-03 00:00:00"]),   # 13 first: day-first
    (["02/13/2025", "03/04/2025"], ["2025-02-13 00:00:00", "2025-03-04 00:00:00"]),   # 13 second: month-first
    (["3.4.2025 10:30", "4.3.2025"], ["2025-04-03 10:30:00", "2025-03-04 00:00:00"]),  # dots: day-first
])
def test_day_first_or_month_first_is_read_from_the_data(tmp_path, dates, expected):
    path = write_table(tmp_path, ["deal,stage,date", f"A,Prospect,{dates[0]}", f"A,Connect,{dates[1]}"])
    assert _times(path) == expected


def test_an_ambiguous_file_is_refused_naming_the_option(tmp_path):
    path = write_table(tmp_path, ["deal,stage,date", "A,Prospect,03/04/2025", "A,Connect,05/04/2025"])
    with pytest.raises(EvidenceError, match="pass --dates day-first or --dates month-first"):
        read_history(str(path))
    assert _times(path, dates="month-first") == ["2025-03-04 00:00:00", "2025-05-04 00:00:00"]


def test_mixed_orders_are_refused(tmp_path):
    path = write_table(tmp_path, ["deal,stage,date", "A,Prospect,31/01/2025", "A,Connect,01/31/2025"])
    with pytest.raises(EvidenceError, match="mix day-first and month-first"):
        read_history(str(path))


def test_unusable_rows_are_counted_with_row_and_reason(tmp_path):
    path = write_table(tmp_path, ["deal,stage,date", "A,Prospect,2025-01-01", ",Connect,2025-01-02",
                                  "A,,2025-01-03", "A,Connect,someday", "A,Close,"])
    rejected = evidence_of(path)["rejected_rows"]
    assert rejected == {"count": 4, "examples": [{"row": 3, "reason": "no deal id"}, {"row": 4, "reason": "no stage"},
                                                 {"row": 5, "reason": "not a date: someday"},
                                                 {"row": 6, "reason": "no date"}]}


def test_out_of_order_and_future_rows_are_flagged(tmp_path):
    path = write_table(tmp_path, ["deal,stage,date", "A,Prospect,2025-01-01", "A,Close,2025-01-09",
                                  "A,Connect,2025-01-05", "B,Prospect,2025-01-02", "B,Connect,2099-01-01"])
    data = evidence_of(path)
    assert data["flags"] == {
        "out_of_order": {"count": 1, "examples": [{"row": 4, "reason": "out of order: 2025-01-05 00:00 after 2025-01-09 00:00"}]},
        "future": {"count": 1, "examples": [{"row": 6, "reason": "in the future: 2099-01-01 00:00"}]}}
    assert data["links"]["l1"]["transitions"] == 2   # flagged rows still count, in time order


def test_a_file_written_newest_first_is_not_all_out_of_order(tmp_path):
    path = write_table(tmp_path, ["deal,stage,date", "A,Close,2025-01-09", "A,Connect,2025-01-05",
                                  "A,Prospect,2025-01-01"])
    assert evidence_of(path)["flags"]["out_of_order"]["count"] == 0


@pytest.mark.parametrize("rows", [
    ["<Deal>,<Stage>,<Date>", "A,Prospect,2025-01-01", "A,Connect,2025-01-02"],
    ["[Deal ID];[Stage];[Date]", "A;Prospect;2025-01-01", "A;Connect;2025-01-02"],
])
def test_headers_quoted_by_sql_tools_are_a_table_not_xml_or_json(tmp_path, rows):
    """A first header in <…> or […] once made the file read as XES or JSON and refused."""
    assert _times(write_table(tmp_path, rows)) == ["2025-01-01 00:00:00", "2025-01-02 00:00:00"]
