"""Which column of a generic event table holds which role: recognised by its header (English or
German, `columns.ROLES`) or chosen by the user — in the app's column dialog, or on the command line
with `--column ROLE=HEADER`. `decide` is the one place that settles it for both.
"""

from __future__ import annotations

from .columns import ROLES, fold
from .errors import EvidenceError

REQUIRED = ("deal", "stage", "time")
OPTIONAL = ("amount", "owner", "status")
ROLE_NAMES = REQUIRED + OPTIONAL
DECISIVE = REQUIRED + ("status",)   # roles that change the figures: two candidate columns are not guessed between
GUESS_FROM = 75  # rapidfuzz WRatio score (0-100) from which an unknown header is offered for a role
_FOLDED = {role: {fold(name) for name in names} for role, names in ROLES.items()}


class ColumnsUnknown(EvidenceError):
    """The headers do not say which column holds a role, or say it of two columns: someone has to choose."""


def parse_choices(pairs: list[str]) -> dict[str, str]:
    """`ROLE=HEADER` texts (the command line's `--column`) as role -> header."""
    chosen: dict[str, str] = {}
    for pair in pairs:
        role, sep, header = pair.partition("=")
        role = role.strip().lower()
        if not sep or not header.strip():
            raise EvidenceError(f"--column {pair!r}: write ROLE=HEADER, e.g. --column time=Datum")
        if role not in ROLE_NAMES:
            raise EvidenceError(f"--column {pair!r}: unknown role {role!r}; roles: {', '.join(ROLE_NAMES)}")
        if role in chosen:
            raise EvidenceError(f"--column {pair!r}: the {role} column is given twice")
        chosen[role] = header.strip()
    return chosen


def decide(headers: list[str], chosen: dict[str, str | None] | None = None) -> dict[str, str]:
    """Role -> header for a table with `headers`: the roles `chosen` (None: the file has no such
    column), the others recognised by header. Raises ColumnsUnknown when a required role has no
    column or a decisive role could be two columns (of two amounts or owners, the first is taken)."""
    found = _checked(headers, chosen or {})
    declined = {role for role, header in (chosen or {}).items() if header is None}
    free = [header for header in headers if header not in found.values()]
    ambiguous: dict[str, list[str]] = {}
    for role in ROLE_NAMES:
        if role in found or role in declined:
            continue
        matches = [header for header in free if fold(header) in _FOLDED[role]]
        if len(matches) == 1 or (matches and role not in DECISIVE):
            found[role] = matches[0]
        elif matches:
            ambiguous[role] = matches
    missing = [role for role in REQUIRED if role not in found and role not in ambiguous]
    if missing:
        wanted = "; ".join(f"{role}: e.g. {', '.join(repr(n) for n in ROLES[role][:3])}" for role in missing)
        raise ColumnsUnknown(f"no column for {', '.join(missing)} among the headers {_listed(headers)} "
                             f"({wanted}); pass {' and '.join(f'--column {role}=HEADER' for role in missing)}")
    if ambiguous:
        role, matches = next(iter(ambiguous.items()))
        raise ColumnsUnknown(f"the {role} could be any of the columns {_listed(matches)}; "
                             f"pass --column {role}=HEADER")
    return found


def guess(headers: list[str]) -> dict[str, str]:
    """The likeliest column per role, for the dialog to start from: a recognised header first (the
    first of several), else the most similar header (rapidfuzz), each header for one role at most."""
    from rapidfuzz import fuzz  # only the dialog guesses; the command line starts without it

    found: dict[str, str] = {}
    for role in ROLE_NAMES:
        match = next((h for h in headers if fold(h) in _FOLDED[role] and h not in found.values()), None)
        if match is not None:
            found[role] = match
    scored = sorted(((max(fuzz.WRatio(fold(header), name) for name in _FOLDED[role]), role, header)
                     for role in ROLE_NAMES if role not in found
                     for header in headers if header not in found.values() and fold(header)),
                    key=lambda item: -item[0])
    for score, role, header in scored:
        if score >= GUESS_FROM and role not in found and header not in found.values():
            found[role] = header
    return found


def _checked(headers: list[str], chosen: dict[str, str | None]) -> dict[str, str]:
    """The user's choice with each header as the file spells it (exactly, else with case and spacing
    ignored), without the roles declined; an unknown role or header, or one header for two roles, is refused."""
    found: dict[str, str] = {}
    for role, wanted in chosen.items():
        if role not in ROLE_NAMES:
            raise EvidenceError(f"unknown role {role!r}; roles: {', '.join(ROLE_NAMES)}")
        if wanted is None:
            continue
        header = wanted if wanted in headers else _folded_match(headers, wanted)
        if header is None:
            raise EvidenceError(f"no column {wanted!r} for the {role} among the headers {_listed(headers)}")
        twice = next((other for other, taken in found.items() if taken == header), None)
        if twice is not None:
            raise EvidenceError(f"the column {header!r} cannot be both the {twice} and the {role}")
        found[role] = header
    return found


def _folded_match(headers: list[str], wanted: str) -> str | None:
    matches = [header for header in headers if fold(header) == fold(wanted)]
    return matches[0] if len(matches) == 1 else None


def _listed(headers: list[str]) -> str:
    shown = ", ".join(repr(h) for h in headers[:12])
    return shown + (f" and {len(headers) - 12} more" if len(headers) > 12 else "")
