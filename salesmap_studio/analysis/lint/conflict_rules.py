"""A merge conflict left in the map is an error until the user takes a side (Conflicts panel)."""

from __future__ import annotations

from typing import Iterator

from .context import Finding, LintContext


def check_conflicts(ctx: LintContext) -> Iterator[Finding]:
    doc = ctx.doc
    for conflict in doc.conflicts():
        node = conflict.item if conflict.what == "node" and doc.has_node(conflict.item) else None
        link = conflict.item if conflict.what == "link" and doc.has_link(conflict.item) else None
        side = conflict.theirs or conflict.base
        name = doc.info.title if conflict.what == "map" else getattr(side, "name", None) or conflict.item
        if node is not None:
            name = doc.node(node).name
        yield ctx.finding("unresolved-conflict", "error", "unresolved-conflict", node=node, link=link,
                          name=name or conflict.id, fields=", ".join(conflict.fields))


CONFLICT_RULES = (check_conflicts,)
