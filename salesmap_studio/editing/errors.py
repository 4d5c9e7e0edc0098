"""Turning a refused edit into one sentence a facilitator can read, in the UI's language.

Every sentence is marked with QT_TRANSLATE_NOOP under the context "Editing"
(tools/update_translations.sh collects them) and translated when it is raised;
values are filled into `{named}` placeholders after translation. pydantic's own
texts never reach the user: its error types are mapped to our sentences.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from pydantic import TypeAdapter, ValidationError

_FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("Editing", "Name"),
    "text": QT_TRANSLATE_NOOP("Editing", "Text"),
    "notes": QT_TRANSLATE_NOOP("Editing", "Notes"),
    "x": QT_TRANSLATE_NOOP("Editing", "Position"),
    "y": QT_TRANSLATE_NOOP("Editing", "Position"),
    "conversion_rate": QT_TRANSLATE_NOOP("Editing", "Conversion rate"),
    "expected_days": QT_TRANSLATE_NOOP("Editing", "Days in stage"),
    "share": QT_TRANSLATE_NOOP("Editing", "Share"),
    "color": QT_TRANSLATE_NOOP("Editing", "Colour"),
    "label": QT_TRANSLATE_NOOP("Editing", "Label"),
    "lane_height": QT_TRANSLATE_NOOP("Editing", "Lane height"),
    "target": QT_TRANSLATE_NOOP("Editing", "Target"),
    "language": QT_TRANSLATE_NOOP("Editing", "Language"),
    "title": QT_TRANSLATE_NOOP("Editing", "Title"),
    "goal": QT_TRANSLATE_NOOP("Editing", "Goal"),
    "entry_criteria": QT_TRANSLATE_NOOP("Editing", "Entry criteria"),
    "activities": QT_TRANSLATE_NOOP("Editing", "Activities"),
    "exit_checklist": QT_TRANSLATE_NOOP("Editing", "Exit checklist"),
    "substeps": QT_TRANSLATE_NOOP("Editing", "Substeps"),
    "owner": QT_TRANSLATE_NOOP("Editing", "Owner (lane)"),
    "phase": QT_TRANSLATE_NOOP("Editing", "Phase"),
    "result": QT_TRANSLATE_NOOP("Editing", "Result"),
    "kind": QT_TRANSLATE_NOOP("Editing", "Kind"),
    "period": QT_TRANSLATE_NOOP("Editing", "Period"),
    "deal_value": QT_TRANSLATE_NOOP("Editing", "Deal value"),
    "currency": QT_TRANSLATE_NOOP("Editing", "Currency"),
    "kpis": QT_TRANSLATE_NOOP("Editing", "KPIs"),
    "crm_stages": QT_TRANSLATE_NOOP("Editing", "CRM stages"),
    "points": QT_TRANSLATE_NOOP("Editing", "Bend points"),
}
_VALUE = QT_TRANSLATE_NOOP("Editing", "Value")

# pydantic error type -> our sentence; {field} is the field, other names come from the error's ctx
_PROBLEMS = {
    "string_too_long": QT_TRANSLATE_NOOP("Editing", "{field}: at most {max_length} characters (now {count})."),
    "too_long": QT_TRANSLATE_NOOP("Editing", "{field}: at most {max_length} entries (now {count})."),
    "greater_than_equal": QT_TRANSLATE_NOOP("Editing", "{field}: at least {ge}."),
    "less_than_equal": QT_TRANSLATE_NOOP("Editing", "{field}: at most {le}."),
    "greater_than": QT_TRANSLATE_NOOP("Editing", "{field}: must be more than {gt}."),
    "finite_number": QT_TRANSLATE_NOOP("Editing", "{field}: enter a finite number."),
    "float_type": QT_TRANSLATE_NOOP("Editing", "{field}: enter a number."),
    "float_parsing": QT_TRANSLATE_NOOP("Editing", "{field}: enter a number."),
    "string_type": QT_TRANSLATE_NOOP("Editing", "{field}: enter text."),
    "bool_type": QT_TRANSLATE_NOOP("Editing", "{field}: must be yes or no."),
    "missing": QT_TRANSLATE_NOOP("Editing", "{field}: is missing."),
    "literal_error": QT_TRANSLATE_NOOP("Editing", "{field}: use one of {expected}."),
    "union_tag_invalid": QT_TRANSLATE_NOOP("Editing", "{field}: use one of {expected_tags}."),
    "union_tag_not_found": QT_TRANSLATE_NOOP("Editing", "{field}: is missing."),
}
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Editing", "“{key}” is not a field of this kind of element.")
_EMPTY = QT_TRANSLATE_NOOP("Editing", "{field}: needs at least one character.")
_PATTERNS = {
    "color": QT_TRANSLATE_NOOP("Editing", "{field}: a colour is written #RRGGBB."),
    "currency": QT_TRANSLATE_NOOP("Editing", "{field}: a currency is a three-letter code such as EUR or USD."),
    "language": QT_TRANSLATE_NOOP("Editing", "{field}: a language is a code such as en or de-CH."),
}
_ID_PATTERN = QT_TRANSLATE_NOOP("Editing", "{field}: an id is 1 to 64 characters of A-Z a-z 0-9 . _ -")
_NOT_ALLOWED = QT_TRANSLATE_NOOP("Editing", "{field}: this value is not allowed.")


def message(text: str, **values) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("Editing", …)) translated, then filled with `values`."""
    return QCoreApplication.translate("Editing", text).format(**values)


def refused(text: str, **values) -> ValueError:
    """The ValueError for a refused edit: `message(text, **values)` as its message."""
    return ValueError(message(text, **values))


def readable(error: ValidationError, field: str | None = None) -> str:
    """The first problem of a pydantic error, as "Field: what is wrong", never pydantic's own words.

    `field` names the field when the error's location does not (a single value checked alone).
    """
    first = error.errors(include_url=False)[0]
    kind = first["type"]
    field = field or next((part for part in reversed(first["loc"]) if isinstance(part, str)), None)
    if kind == "extra_forbidden":
        return message(_UNKNOWN_FIELD, key=field)
    if kind.startswith("union_tag"):  # the node kind; pydantic leaves it out of the location
        field = "kind"
    ctx = {key: locale_number(value) for key, value in (first.get("ctx") or {}).items()}
    ctx["field"] = message(_FIELD_WORDS.get(field, _VALUE))
    value = first.get("input")
    ctx["count"] = locale_number(len(value)) if isinstance(value, (str, tuple, list)) else ""
    if kind in ("string_too_short", "too_short"):
        return message(_EMPTY, field=ctx["field"])
    if kind == "string_pattern_mismatch":
        return message(_PATTERNS.get(field, _ID_PATTERN), field=ctx["field"])
    try:
        return message(_PROBLEMS.get(kind, _NOT_ALLOWED), **ctx)
    except (KeyError, IndexError):  # a ctx without the value our sentence names
        return message(_NOT_ALLOWED, field=ctx["field"])


def locale_number(value) -> str:
    """A limit or count as the user's locale writes numbers (1.5 → 1,5 in German)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 12)


def validated(entity, **changes):
    """`entity.replace(**changes)`, raising ValueError with a readable message."""
    try:
        return entity.replace(**changes)
    except ValidationError as error:
        raise ValueError(readable(error)) from None


def build(cls, **fields):
    """A new validated entity, raising ValueError with a readable message."""
    try:
        return cls.model_validate(fields)
    except ValidationError as error:
        raise ValueError(readable(error)) from None


def check_value(entity_type, field: str, value) -> None:
    """A dry run of setting `field` of an `entity_type` to `value`: raises the ValueError the edit
    would raise (the model's limits, the sentence in the UI's language), else returns."""
    try:
        _field_adapter(entity_type, field).validate_python(value)
    except ValidationError as error:
        raise ValueError(readable(error, field)) from None


@lru_cache(maxsize=None)
def _field_adapter(entity_type, field: str) -> TypeAdapter:
    info = entity_type.model_fields[field]
    return TypeAdapter(Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation)
