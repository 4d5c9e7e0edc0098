"""The embedded analytical engine: DuckDB.

Chosen by measurement (bench/evidence.py, docs/evidence.md): on 1,000,000 stage events read from
CSV, ordered per deal with window functions and aggregated, DuckDB took 0.6-1.1 s and 255-270 MB
peak, polars 1.1-2.1 s and 315-345 MB on the same 2-core machine; DuckDB imports in 0.14 s against
0.31 s for polars, which matters for the 0.3 s target on 10,000 events; and it reads CSV and
Parquet itself, so the analysis is plain SQL with window functions over one event table.
"""

from __future__ import annotations

import duckdb


def connect() -> duckdb.DuckDBPyConnection:
    """A private in-memory database; times are read and kept in UTC whatever the machine's zone."""
    con = duckdb.connect(":memory:")
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET threads = 2")
    con.execute("SET enable_progress_bar = false")
    return con
