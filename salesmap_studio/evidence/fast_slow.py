"""The fastest and the slowest quarter of won deals: where their times part, and the ways they took."""

from __future__ import annotations

from .figures import UNMATCHED
from .history import WON

PATHS_SHOWN = 3
_GROUPS = {"fast": 1, "slow": 4}


def fast_versus_slow(con, names: dict[str, str]) -> dict | None:
    """None with fewer than four won deals (no quarters to compare)."""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE quarters AS SELECT deal, c, ntile(4) OVER (ORDER BY c, deal) AS q
        FROM (SELECT deal, epoch(coalesce(won_ts, last_ts) - first_ts) / 86400.0 AS c FROM deals
              WHERE status = '{WON}' AND first_ts IS NOT NULL)""")
    if con.execute("SELECT count(*) FROM quarters").fetchone()[0] < 4:
        return None
    result = {}
    for group, quarter in _GROUPS.items():
        deals, median = con.execute(f"SELECT count(*), median(c) FROM quarters WHERE q = {quarter}").fetchone()
        result[group] = {"deals": deals, "cycle_days_median": median, "paths": _paths(con, quarter, names)}
    rows = con.execute("""SELECT node, median(days) FILTER (WHERE q = 1), median(days) FILTER (WHERE q = 4)
        FROM visits JOIN quarters USING (deal) WHERE node IS NOT NULL GROUP BY node""").fetchall()
    stages = [{"stage": node, "fast_days": fast, "slow_days": slow,
               "difference": (slow or 0.0) - (fast or 0.0)} for node, fast, slow in rows
              if fast is not None or slow is not None]
    result["stages"] = sorted(stages, key=lambda s: (-s["difference"], s["stage"]))
    return result


def _paths(con, quarter: int, names: dict[str, str]) -> list[dict]:
    rows = con.execute(f"""SELECT path, count(*) AS n FROM (SELECT deal, list(key ORDER BY step) AS path
        FROM visits JOIN quarters USING (deal) WHERE q = {quarter} GROUP BY deal)
        GROUP BY path ORDER BY n DESC, path LIMIT {PATHS_SHOWN}""").fetchall()
    return [{"path": [names.get(key, key.removeprefix(UNMATCHED)) for key in path], "deals": n} for path, n in rows]
