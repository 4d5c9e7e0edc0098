"""What every lint rule needs: the finding type and the facts about a map computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ...model import Link, SalesMap
from ..flow_order import main_path, outgoing
from ..words import say

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    node: str | None
    link: str | None
    message: str                       # in the map's language, for documents (the CLI's output)
    key: str = ""                      # the words-table entry and its values, so that a panel
    values: tuple = field(default=())  # can say it in the UI's language: tuple((name, value), ...)

    def to_dict(self) -> dict:
        return {"rule": self.rule, "severity": self.severity, "node": self.node, "link": self.link,
                "message": self.message}


class LintContext:
    def __init__(self, doc: SalesMap, worded: dict | None = None) -> None:
        self.doc = doc
        self.language = doc.info.language
        # Findings of the last check by what they say: one that is said again is not worded again
        # (wording is most of a check's time on a big map); `worded` keeps only this check's.
        self._said_before = worded or {}
        self.worded: dict = {}

    @cached_property
    def outgoing(self) -> dict[str, list[Link]]:
        return outgoing(self.doc)

    @cached_property
    def main_path(self) -> list[str]:
        return main_path(self.doc)

    @cached_property
    def _node_position(self) -> dict[str, int]:
        return {node.id: i for i, node in enumerate(self.doc.nodes())}

    @cached_property
    def _link_position(self) -> dict[str, int]:
        first = len(self._node_position)
        return {link.id: first + i for i, link in enumerate(self.doc.links())}

    def finding(self, rule: str, severity: str, key: str, node: str | None = None,
                link: str | None = None, **values) -> Finding:
        """A finding whose message is `key` in the map's language; `{name}` is the node's name."""
        if node is not None:
            values.setdefault("name", self.doc.node(node).name)
        said = (rule, severity, node, link, key, tuple(sorted(values.items())), self.language)
        found = self.worded.get(said) or self._said_before.get(said)
        if found is None:
            found = Finding(rule, severity, node, link, say(key, self.language, **values), key, said[5])
        self.worded[said] = found
        return found

    def sort_key(self, finding: Finding) -> tuple[int, int]:
        # Findings about the whole map come first within their severity.
        if finding.node is not None:
            position = self._node_position[finding.node]
        elif finding.link is not None:
            position = self._link_position[finding.link]
        else:
            position = -1
        return SEVERITIES.index(finding.severity), position
