"""A diff told in words: one line per change, in English or German (analysis/words.py)."""

from __future__ import annotations

from typing import Any

from ..analysis.words import is_german, say
from .diff import Change, Diff
from .items import collections, display_name

FIELD_WORDS = {
    "name": "field-name", "entry_criteria": "entry", "activities": "activities", "exit_checklist": "checklist",
    "substeps": "substeps", "owner": "owner", "phase": "phase", "expected_days": "days",
    "conversion_rate": "conversion", "result": "field-result", "crm_stages": "field-crm", "notes": "notes",
    "color": "field-color", "text": "field-text", "share": "field-share", "target": "field-target",
    "kind": "field-kind", "title": "field-title", "goal": "field-goal", "language": "field-language",
    "start": "field-start", "funnel": "funnel", "lane_height": "field-lane-height",
}
REFERENCES = {"owner": "lanes", "phase": "phases", "start": "nodes"}
SHORT = 60   # longer texts are told as "changed", not quoted


def describe(result: Diff, old: dict, new: dict, language: str) -> list[str]:
    """The lines of `result` (a diff of `old` to `new`), moves as one closing line."""
    names = _Names(old, new)
    lines = [_line(change, names, language) for change in result.changes]
    moved = len(result.moved)
    if moved:
        lines.append(say("diff-moved-one", language) if moved == 1 else say("diff-moved", language, count=moved))
    return lines


def summary(result: Diff, language: str) -> str:
    count = len(result.changes) + (1 if result.moved else 0)
    if not count:
        return say("diff-equal", language)
    return say("diff-summary-one", language) if count == 1 else say("diff-summary", language, count=count)


class _Names:
    """Names of lanes, phases and nodes by id, the newer version's first."""

    def __init__(self, old: dict, new: dict) -> None:
        self._by_list: dict[str, dict[str, str]] = {}
        self.ends: dict[str, tuple[str, str]] = {}
        for doc in (old, new):
            self.ends.update({link["id"]: (link["source"], link["target"]) for link in doc.get("links") or []})
            for key, items in collections(doc).items():
                what = key[:-1]
                self._by_list.setdefault(key, {}).update({k: display_name(what, i) for k, i in items.items()})

    def of(self, key: str, item_id: str) -> str:
        return self._by_list.get(key, {}).get(item_id, item_id)


def _line(change: Change, names: _Names, language: str) -> str:
    what = say(f"what-{change.kind or change.what}", language)
    if change.change in ("added", "removed", "renamed") or change.what == "map" or change.change == "reordered":
        return _plain(change, what, names, language)
    if change.what == "link":
        return _link(change, names, language)
    field = say(FIELD_WORDS.get(change.field or "", "field-text"), language)
    if change.change.startswith("list-") or change.change.startswith("made-"):
        entry = change.new["text"] if isinstance(change.new, dict) else change.new
        return say(f"diff-{change.change}", language, what=what, name=change.name, field=field, entry=entry or "")
    return _changed(change, what, field, names, language)


def _plain(change: Change, what: str, names: _Names, language: str) -> str:
    if change.change == "renamed":
        return say("diff-renamed", language, what=what, old=change.old, new=change.new)
    if change.change == "reordered":
        return say("diff-reordered", language, what=what)
    if change.what == "map":
        field = say(FIELD_WORDS[change.field], language)
        old, new = _value(change.field, change.old, names, language), _value(change.field, change.new, names, language)
        if old is None or new is None:
            return say("diff-map-changed", language, field=field)
        return say("diff-map-changed-to", language, field=field, old=old, new=new)
    name = _link_name(names.ends[change.item], names, language) if change.what == "link" else change.name
    return say(f"diff-{change.change}", language, what=what, name=name)


def _link(change: Change, names: _Names, language: str) -> str:
    if change.change == "re-pointed":
        old = _ends(change.old, names, language)
        return say("diff-re-pointed", language, old=old, new=_ends(change.new, names, language))
    if change.change == "re-typed":
        kinds = {"flow": "flow", "yes": "yes", "no": "no", "objection": "objection"}
        return say("diff-re-typed", language, name=_ends(names.ends[change.item], names, language),
                   old=say(kinds[change.old], language), new=say(kinds[change.new], language))
    if change.change == "relabelled":
        return say("diff-relabelled", language, name=_ends(names.ends[change.item], names, language),
                   old=change.old, new=change.new)
    field = say(FIELD_WORDS.get(change.field or "", "field-text"), language)
    name = _link_name(names.ends[change.item], names, language)
    return _changed(change, say("what-link", language), field, names, language, name=name)


def _changed(change: Change, what: str, field: str, names: _Names, language: str, name: str | None = None) -> str:
    name = change.name if name is None else name
    old, new = _value(change.field, change.old, names, language), _value(change.field, change.new, names, language)
    if old is None or new is None:
        return say("diff-changed", language, what=what, name=name, field=field)
    return say("diff-changed-to", language, what=what, name=name, field=field, old=old, new=new)


def _value(field: str | None, value: Any, names: _Names, language: str) -> str | None:
    """A value short enough to quote, as words; None for a long text, a list or an object."""
    if value is None:
        return say("none", language)
    if field in REFERENCES:
        return _quote(names.of(REFERENCES[field], value), language)
    if isinstance(value, bool) or isinstance(value, (dict, list)):
        return None
    if isinstance(value, str):
        return _quote(value, language) if len(value) <= SHORT and "\n" not in value else None
    return f"{value:g}" if isinstance(value, float) else str(value)


def _quote(text: str, language: str) -> str:
    return f"„{text}“" if is_german(language) else f"“{text}”"


def _ends(ends, names: _Names, language: str) -> str:
    return " → ".join(_quote(names.of("nodes", end), language) for end in ends)


def _link_name(ends: tuple[str, str], names: _Names, language: str) -> str:
    """The link's ends as the inside of a quoted name: A” → “B (the line's own quotes close it)."""
    return _ends(ends, names, language)[1:-1]
