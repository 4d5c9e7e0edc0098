"""From the table `raw` (a file's columns as text) to `changes` and `statuses`, per kind, in SQL.

`changes(_row, deal, stage, stamp, old)`: a deal entered `stage` at `stamp` (text, parsed later);
`old` is the stage it left, where the file says so (Salesforce field history, Pipedrive): the
first change's `old` is where the deal stood before, at a time no export gives. `statuses(deal, status, stamp)`: a deal's
status (won, lost, open) where the file states it. `extras(_row, deal, amount, owner)`.
"""

from __future__ import annotations

from . import columns as kinds
from .column_roles import decide
from .columns import find, hubspot_stage_columns
from .sql import literal, quoted
from .errors import EvidenceError

NO_STATUS = "CREATE TABLE statuses (deal VARCHAR, status VARCHAR, stamp VARCHAR)"


def build(con, kind: str, headers: list[str], columns: dict[str, str] | None = None) -> int:
    """Fills `changes` and `statuses` from `raw`; returns how many rows were other fields (ignored).
    `columns` (role -> header) are the user's choice for the generic table."""
    builders = {kinds.SALESFORCE_HISTORY: _salesforce_history,
                kinds.SALESFORCE_FIELD_HISTORY: _salesforce_field_history,
                kinds.HUBSPOT_DATES: _hubspot_dates, kinds.PIPEDRIVE_FLOW: _pipedrive_flow}
    if kind == kinds.TABLE:
        return _table(con, headers, columns)
    if kind not in builders:
        raise EvidenceError(f"a table cannot hold {kind} history")
    return builders[kind](con, headers)


def _need(headers: list[str], kind: str, *names: str) -> list[str]:
    found = [find(headers, name) for name in names]
    missing = [name for name, header in zip(names, found) if header is None]
    if missing:
        raise EvidenceError(f"{kind}: no column {', '.join(missing)} (headers: "
                            f"{', '.join(repr(h) for h in headers[:12])})")
    return [quoted(h) for h in found]


def _table(con, headers: list[str], columns: dict[str, str] | None) -> int:
    found = {role: quoted(header) for role, header in decide(headers, columns).items()}
    con.execute(f"""CREATE VIEW changes AS SELECT _row, {found['deal']} AS deal, {found['stage']} AS stage,
                    {found['time']} AS stamp, NULL::VARCHAR AS old FROM raw""")
    if "status" in found:
        con.execute(f"""CREATE TABLE statuses AS SELECT {found['deal']} AS deal, {found['status']} AS status,
                        {found['time']} AS stamp FROM raw WHERE nullif(trim({found['status']}), '') IS NOT NULL""")
    else:
        con.execute(NO_STATUS)
    return 0


def _salesforce_history(con, headers: list[str]) -> int:
    deal, stage, at = _need(headers, kinds.SALESFORCE_HISTORY, "opportunityid", "stagename", "createddate")
    con.execute(f"CREATE VIEW changes AS SELECT _row, {deal} AS deal, {stage} AS stage, {at} AS stamp, "
                "NULL::VARCHAR AS old FROM raw")
    con.execute(NO_STATUS)
    return 0


def _from_to(con, deal: str, old: str, new: str, at: str, where: str) -> None:
    con.execute(f"""CREATE VIEW changes AS SELECT _row, {deal} AS deal, {new} AS stage, {at} AS stamp,
                    {old} AS old FROM raw WHERE {where}""")


def _salesforce_field_history(con, headers: list[str]) -> int:
    deal, field, old, new, at = _need(headers, kinds.SALESFORCE_FIELD_HISTORY, "opportunityid", "field",
                                      "oldvalue", "newvalue", "createddate")
    stage_rows = f"lower(trim({field})) = 'stagename'"
    _from_to(con, deal, old, new, at, stage_rows)
    con.execute(NO_STATUS)
    return con.execute(f"SELECT count(*) FROM raw WHERE NOT coalesce({stage_rows}, false)").fetchone()[0]


def _hubspot_dates(con, headers: list[str]) -> int:
    deal = find(headers, "recordid", "hsobjectid", "dealid", "id", "objectid")
    if deal is None:
        raise EvidenceError("hubspot-dates: no deal id column ('Record ID' or 'hs_object_id')")
    parts = [f"SELECT _row, {quoted(deal)} AS deal, {literal(stage)} AS stage, "
             f"coalesce({', '.join(_cell(c) for c in cols)}) AS stamp, "
             f"NULL::VARCHAR AS old FROM raw"
             for stage, cols in hubspot_stage_columns(headers).items()]
    # A deal never entered the stages whose column is empty: those cells are no events.
    con.execute(f"CREATE VIEW changes AS SELECT * FROM ({' UNION ALL '.join(parts)}) "
                "WHERE nullif(trim(stamp), '') IS NOT NULL")
    con.execute(NO_STATUS)
    return 0


def _cell(column: str) -> str:
    return f"nullif(trim({quoted(column)}), '')"


def _pipedrive_flow(con, headers: list[str]) -> int:
    deal = find(headers, "itemid", "dealid", "deal")
    if deal is None:
        raise EvidenceError("pipedrive-flow: no deal column ('item_id' or 'deal_id')")
    key, old, new = _need(headers, kinds.PIPEDRIVE_FLOW, "fieldkey", "oldvalue", "newvalue")
    at = quoted(find(headers, "logtime") or find(headers, "timestamp"))
    old_name, new_name = (find(headers, "oldvalueformatted"), find(headers, "newvalueformatted"))
    old = f"coalesce({_cell(old_name)}, {old})" if old_name else old
    new = f"coalesce({_cell(new_name)}, {new})" if new_name else new
    _from_to(con, quoted(deal), old, new, at, f"lower(trim({key})) = 'stage_id'")
    con.execute(f"""CREATE TABLE statuses AS SELECT {quoted(deal)} AS deal, {quoted(find(headers, 'newvalue'))}
                    AS status, {at} AS stamp FROM raw WHERE lower(trim({key})) = 'status'""")
    return con.execute(f"SELECT count(*) FROM raw WHERE lower(trim({key})) NOT IN ('stage_id', 'status') "
                       f"OR {key} IS NULL").fetchone()[0]
