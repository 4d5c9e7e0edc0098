"""The names a CRM records a step under (`crm_stages` on stages and outcomes), and how they compare.

Two names are the same CRM stage when they differ only in letter case or in white space
around them ("Demo Scheduled" and " demo scheduled"): deal history is matched that way, so
no node may list a name twice, and no two nodes may claim one name.
"""

from __future__ import annotations

from typing import Annotated, Iterable

from pydantic import AfterValidator, Field, StrictStr

MAX_CRM_STAGES = 20
MAX_CRM_NAME = 200


def crm_key(name: str) -> str:
    """What a CRM stage name is compared by."""
    return name.strip().casefold()


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    if len({crm_key(name) for name in names}) == len(names):
        return names  # the usual case, in one pass (20,000 stages of 20 names are read in a file)
    seen: set[str] = set()
    for name in names:
        if crm_key(name) in seen:
            raise ValueError(f"the CRM stage {name!r} is listed twice")
        seen.add(crm_key(name))
    return names


CrmName = Annotated[StrictStr, Field(min_length=1, max_length=MAX_CRM_NAME)]
CrmNames = Annotated[tuple[CrmName, ...], Field(max_length=MAX_CRM_STAGES), AfterValidator(_unique)]


def crm_clash(nodes: Iterable) -> tuple[str, object, object] | None:
    """(the name, the node that claims it first, the later node that claims it too) for the
    first CRM stage name two nodes share, in document order; None when every name is one node's."""
    owners: dict[str, object] = {}
    for node in nodes:
        for name in getattr(node, "crm_stages", ()):
            first = owners.setdefault(crm_key(name), node)
            if first is not node:
                return name, first, node
    return None


def crm_owner(nodes: Iterable, name: str, ignoring: str | None = None):
    """The node (other than the one with id `ignoring`) that claims `name`, or None."""
    key = crm_key(name)
    for node in nodes:
        if node.id != ignoring and any(crm_key(own) == key for own in getattr(node, "crm_stages", ())):
            return node
    return None
