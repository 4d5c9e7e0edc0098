"""The figures in SQL over the events: each deal's visits to the map's nodes in order, what became
of each visit, and the aggregates. A visit is one stay in a node: consecutive events in the same
node (two CRM stages matched to one node, a stage recorded twice) are one visit; a deal that comes
back through an objection loop visits again.
"""

from __future__ import annotations

from datetime import datetime

from .sql import literal
from .history import LOST, OPEN, WON
from .tables import table_from_columns

UNMATCHED = "\x01"  # the key of a visit to a CRM stage no node matches: this prefix + the stage
_WINDOW = "WINDOW w AS (PARTITION BY deal ORDER BY ts NULLS FIRST, _row)"


def prepare(con, stage_map: dict[str, str], nodes: dict[str, tuple[str, str | None, bool]],
            since: datetime | None, until: datetime | None) -> None:
    """Builds `visits` and `deals` for the deals that started within [since, until].

    `nodes`: node id -> (kind, outcome result or None, whether deals count as won there)."""
    for name in ("visits", "deals", "stage_map", "nodes"):
        con.execute(f"DROP TABLE IF EXISTS {name}")
    table_from_columns(con, "stage_map", {"stage": list(stage_map), "node": list(stage_map.values())})
    table_from_columns(con, "nodes", {"node": list(nodes), "kind": [v[0] for v in nodes.values()],
                                      "result": [v[1] for v in nodes.values()],
                                      "won": ["1" if v[2] else "" for v in nodes.values()]})
    bounds = [f"min(ts) {op} {literal(moment.isoformat(sep=' '))}::TIMESTAMP"
              for op, moment in ((">=", since), ("<=", until)) if moment is not None]
    window = " AND ".join(bounds)
    cohort = (f"JOIN (SELECT deal FROM events GROUP BY deal HAVING {window}) USING (deal)" if window else "")
    con.execute(f"""CREATE TABLE visits AS
        WITH m AS (SELECT e._row, e.deal, e.stage, e.ts, s.node, coalesce(s.node, {literal(UNMATCHED)} || e.stage) AS key
              FROM events e {cohort} LEFT JOIN stage_map s USING (stage)),
        o AS (SELECT *, lag(key) OVER w AS before FROM m {_WINDOW}),
        c AS (SELECT * EXCLUDE (before) FROM o WHERE before IS DISTINCT FROM key)
        SELECT c.*, lead(key) OVER w AS next_key, lead(stage) OVER w AS next_stage, lead(node) OVER w AS next_node,
               lead(ts) OVER w AS next_ts, row_number() OVER w AS step,
               epoch(lead(ts) OVER w - ts) / 86400.0 AS days
        FROM c {_WINDOW}""")
    con.execute(f"""CREATE TABLE deals AS
        SELECT v.deal, min(v.ts) AS first_ts, max(v.ts) AS last_ts,
               coalesce(any_value(ds.status), CASE arg_max(n.result, v.step) WHEN 'won' THEN '{WON}'
                   WHEN 'lost' THEN '{LOST}' WHEN 'nurture' THEN '{LOST}' ELSE CASE WHEN bool_or(n.won = '1') THEN '{WON}' ELSE '{OPEN}' END
                   END) AS status,
               min(v.ts) FILTER (WHERE n.won = '1') AS won_ts
        FROM visits v LEFT JOIN nodes n ON n.node = v.node LEFT JOIN deal_status ds ON ds.deal = v.deal
        GROUP BY v.deal""")


# What became of each visit: dropped (on to a lost outcome the map draws no way to, or the deal's
# last stay and it was lost) or moved on (on to anything else, or the won deal's last stay; a way
# to a lost outcome the map draws, such as a decision's "no", is passing on, as in the funnel);
# neither: the deal is still there.
_LEAVES = "coalesce(n.result IN ('lost', 'nurture') AND r.node IS NULL, false)"
DROPPED = f"({_LEAVES} OR (v.next_key IS NULL AND d.status = '{LOST}'))"
MOVED = f"((v.next_key IS NOT NULL AND NOT {_LEAVES}) OR (v.next_key IS NULL AND d.status = '{WON}'))"
OUTCOMES = ("visits v JOIN deals d USING (deal) LEFT JOIN nodes n ON n.node = v.next_node "
            "LEFT JOIN routed r ON r.node = v.node AND r.next_node = v.next_node")


def deal_counts(con) -> dict:
    total, won, lost, still = con.execute(f"""SELECT count(*), count(*) FILTER (WHERE status = '{WON}'),
        count(*) FILTER (WHERE status = '{LOST}'), count(*) FILTER (WHERE status = '{OPEN}') FROM deals""").fetchone()
    first, last = con.execute("SELECT min(ts), max(ts) FROM visits").fetchone()
    period = {"from": first.isoformat(sep=" ") if first else None, "to": last.isoformat(sep=" ") if last else None}
    return {"total": total, "won": won, "lost": lost, "open": still}, period


def stage_figures(con, routed: set[tuple[str, str]]) -> dict[str, dict]:
    """Per matched node: visits entered, moved on, dropped; days in the node (median, 80th percentile).
    `routed`: the (node, next node) steps the map has a way for."""
    con.execute("DROP TABLE IF EXISTS routed")
    table_from_columns(con, "routed", {"node": [a for a, _ in routed], "next_node": [b for _, b in routed]})
    rows = con.execute(f"""SELECT v.node, count(*), count(*) FILTER (WHERE {MOVED}), count(*) FILTER (WHERE {DROPPED}),
        median(v.days), quantile_cont(v.days, 0.8) FROM {OUTCOMES} WHERE v.node IS NOT NULL GROUP BY v.node""").fetchall()
    return {node: {"entered": entered, "moved_on": moved, "dropped": dropped,
                   "conversion": moved / (moved + dropped) if moved + dropped else None,
                   "days_median": median, "days_p80": p80}
            for node, entered, moved, dropped, median, p80 in rows}


def transitions(con) -> list[tuple[str | None, str | None, str, str, int]]:
    """(from node, to node, from CRM stage, to CRM stage, count) for each observed step."""
    return con.execute("""SELECT any_value(node), any_value(next_node), any_value(stage), any_value(next_stage), count(*)
        FROM visits WHERE next_key IS NOT NULL GROUP BY key, next_key ORDER BY count(*) DESC, 3, 4""").fetchall()


def crm_stage_deals(con) -> list[tuple[str, int]]:
    """Every CRM stage in the data with how many deals were ever in it, most first."""
    return con.execute("SELECT stage, count(DISTINCT deal) FROM events GROUP BY stage ORDER BY 2 DESC, 1").fetchall()


def revisits(con) -> list[dict]:
    rows = con.execute("""SELECT node, count(*), sum(n - 1) FROM (SELECT deal, node, count(*) AS n FROM visits
        WHERE node IS NOT NULL GROUP BY deal, node HAVING count(*) > 1) GROUP BY node ORDER BY 3 DESC, 1""").fetchall()
    return [{"stage": node, "deals": deals, "revisits": int(extra)} for node, deals, extra in rows]


def cycle_days(con) -> dict:
    median, p80, count = con.execute(f"""SELECT median(c), quantile_cont(c, 0.8), count(c) FROM (SELECT
        epoch(coalesce(won_ts, last_ts) - first_ts) / 86400.0 AS c FROM deals WHERE status = '{WON}')""").fetchone()
    return {"median": median, "p80": p80, "deals": count}
