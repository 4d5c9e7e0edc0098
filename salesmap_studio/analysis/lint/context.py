"""What every lint rule needs: the finding type, and the facts and wording of one check."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import SalesMap
from ..words import say
from .facts import MapFacts
from .names import NameIndex

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
    """One check of `doc`: the facts its rules read and the wording of what they find."""

    def __init__(self, doc: SalesMap, facts: MapFacts, names: NameIndex) -> None:
        self.doc, self.facts, self.names = doc, facts, names
        self.language = facts.language
        # The findings the last check found where a rule now looks (one node, or the whole map): one
        # found again is the same object again, not worded again (wording is most of a check's time).
        self.before: tuple[Finding, ...] = ()

    def finding(self, rule: str, severity: str, key: str, node: str | None = None,
                link: str | None = None, **values) -> Finding:
        """A finding whose message is `key` in the map's language; `{name}` is the node's name."""
        if node is not None:
            values.setdefault("name", self.doc.node(node).name)
        said = (rule, severity, node, link, key, tuple(sorted(values.items())))
        for found in self.before:
            if (found.rule, found.severity, found.node, found.link, found.key, found.values) == said:
                return found
        return Finding(rule, severity, node, link, say(key, self.language, **values), key, said[5])
