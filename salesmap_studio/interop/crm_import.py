"""A CRM's pipeline file as a starting map: its open stages as a chain, then its won and lost
outcomes (the last stage leads to each), laid out automatically. Each node's `crm_stages` holds
the CRM's name for it and the CRM's internal id, so deal history matches it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..model import SalesMap, crm_key
from .building import build_map, read_limited, unused_id
from .errors import InteropError

MAX_NAME = 200


@dataclass(frozen=True)
class ForeignStep:
    name: str
    result: str | None = None          # "won" / "lost" for a closed stage, None for an open one
    expected_days: float | None = None
    crm_ids: tuple[str, ...] = ()      # what else the CRM calls it (an internal id)


def read_json(path, what: str):
    """The JSON in `path`, refusing NaN and Infinity, floods and nesting too deep to walk."""
    raw = read_limited(path, what)
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as err:
        raise InteropError(str(path), f"byte {err.start}", "not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise InteropError(str(path), f"line {err.lineno}, column {err.colno}", f"not JSON: {err.msg}") from None
    except (RecursionError, ValueError) as err:
        raise InteropError(str(path), "", f"not usable JSON: {err}") from None


def in_listed_order(items: list, key: str) -> list[tuple[int, object]]:
    """(index, item) pairs sorted by each item's number under `key` (where it has one), else by index."""
    def order(pair):
        number = pair[1].get(key) if isinstance(pair[1], dict) else None
        usable = isinstance(number, (int, float)) and not isinstance(number, bool)
        return (number if usable else pair[0], pair[0])
    return sorted(enumerate(items), key=order)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is no number")


def text_at(value, file: str, where: str) -> str:
    """A non-empty name from the file, on one line and at most 200 characters."""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool) or not " ".join(str(value).split()):
        raise InteropError(file, where, "wants a name (a non-empty text)")
    return " ".join(str(value).split())[:MAX_NAME]


def _crm_names(names, claimed: set[str]) -> list[str]:
    out = []
    for name in names:
        key = crm_key(name)
        if key and len(name) <= MAX_NAME and key not in claimed and len(out) < 20:
            claimed.add(key)
            out.append(name)
    return out


def pipeline_map(steps: list[ForeignStep], title: str, file: str) -> SalesMap:
    if not steps:
        raise InteropError(file, "", "the pipeline has no stages")
    taken: set[str] = set()
    claimed: set[str] = set()   # crm_stages are unique over the map, compared as the format says
    nodes = []
    for step in steps:
        node = {"id": unused_id("stage" if step.result is None else step.result, taken), "name": step.name,
                "crm_stages": _crm_names((step.name, *step.crm_ids), claimed)}
        if step.result is None:
            node.update(kind="stage", expected_days=step.expected_days)
        else:
            node.update(kind="outcome", result=step.result)
        nodes.append(node)
    stages = [node["id"] for node in nodes if node["kind"] == "stage"]
    ends = [node["id"] for node in nodes if node["kind"] == "outcome"]
    pairs = list(zip(stages, stages[1:])) + [(stages[-1], end) for end in ends if stages]
    links = [{"id": f"l{i}", "source": a, "target": b} for i, (a, b) in enumerate(pairs, 1)]
    start = stages[0] if stages else nodes[0]["id"]
    return build_map({"title": title, "start": start, "nodes": nodes, "links": links}, file, placed=False)
