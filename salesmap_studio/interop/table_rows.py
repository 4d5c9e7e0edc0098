"""One table row to one node or link of a map dict (see `table`)."""

from __future__ import annotations

import re

from ..model import fresh_id
from .building import unused_id

ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
KINDS = {"stage": "stage", "schritt": "stage", "stufe": "stage", "decision": "decision",
         "entscheidung": "decision", "outcome": "outcome", "ergebnis": "outcome"}
RESULTS = {"won": "won", "gewonnen": "won", "lost": "lost", "verloren": "lost", "nurture": "nurture"}
LINK_KINDS = {"flow": "flow", "yes": "yes", "ja": "yes", "no": "no", "nein": "no", "objection": "objection",
              "einwand": "objection"}
STAGE_TEXTS = ("entry criteria", "activities")


def text(value) -> str:
    return "" if value is None else str(value).strip()


def _id(wanted, prefix: str, taken: set[str]) -> str:
    wanted = text(wanted)
    if ID.match(wanted) and wanted not in taken:
        taken.add(wanted)
        return wanted
    return unused_id(prefix, taken)


def _named(names: dict[str, str], value) -> str | None:
    """The id of the lane or phase called `value`, made from its name on first sight."""
    name = text(value)
    if not name:
        return None
    if name not in names:
        names[name] = fresh_id(name, set(names.values()))
    return names[name]


def _choice(table, number: int, column: str, value, choices: dict[str, str], default: str) -> str:
    word = text(value).lower()
    if not word:
        return default
    if word not in choices:
        raise table.fail(number, column, f"{text(value)!r} is none of {', '.join(sorted(set(choices.values())))}")
    return choices[word]


def node(table, number: int, row: dict, lanes: dict, phases: dict, taken: set[str]) -> tuple[dict, bool]:
    kind = _choice(table, number, "kind", row.get("kind"), KINDS, "stage")
    out = {"id": _id(row.get("id"), "n", taken), "kind": kind, "name": text(row.get("name"))[:200],
           "notes": text(row.get("notes"))}
    x, y = table.number(number, "x", row.get("x")), table.number(number, "y", row.get("y"))
    out.update({} if x is None or y is None else {"x": x, "y": y})
    if kind == "outcome":
        out["result"] = _choice(table, number, "result", row.get("result"), RESULTS, "won")
        return out, "x" in out
    out["owner"], out["phase"] = _named(lanes, row.get("owner")), _named(phases, row.get("phase"))
    if kind == "stage":
        out.update({key.replace(" ", "_"): text(row.get(key)) for key in STAGE_TEXTS})
        out["exit_checklist"] = [_item(line) for line in text(row.get("exit checklist")).splitlines() if line.strip()]
        out["substeps"] = [line.strip() for line in text(row.get("substeps")).splitlines() if line.strip()]
        out["expected_days"] = table.number(number, "expected days", row.get("expected days"))
        out["conversion_rate"] = table.number(number, "conversion rate", row.get("conversion rate"))
    return out, "x" in out


def _item(line: str) -> dict:
    line = line.strip()
    required = line.lower().startswith("[x]")
    return {"text": line[3:].strip() if line.startswith(("[x]", "[X]", "[ ]")) else line, "required": required}


def link(table, number: int, row: dict, taken: set[str], nodes: set[str]) -> dict:
    for end in ("source", "target"):
        if text(row.get(end)) not in nodes:
            raise table.fail(number, end, f"no node has the id {text(row.get(end))!r}")
    return {"id": _id(row.get("id"), "l", taken), "source": text(row["source"]), "target": text(row["target"]),
            "kind": _choice(table, number, "kind", row.get("kind"), LINK_KINDS, "flow"),
            "label": text(row.get("label")), "share": table.number(number, "share", row.get("share"))}


def chain(ids: list[str]) -> list[dict]:
    return [{"id": f"l{i}", "source": a, "target": b} for i, (a, b) in enumerate(zip(ids, ids[1:]), 1)]
