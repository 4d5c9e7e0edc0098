"""One map's last check, kept so that the next check words anew only what an edit changed.

Entities are frozen: a node whose object is the one checked last time, under the same
facts (facts.py) and with as many namesakes, has the same findings as last time. So a
check walks the nodes once to see which changed, and runs the node rules only for those
and for the nodes whose facts or namesakes changed with them. The result is the list a
check from scratch gives: sorted by severity, then map-wide findings, then by the place
of the finding's node or link in the document, each place's findings in the rules' order.

The nodes a check finds gone are kept with their findings until a later check finds others
gone: undo of a delete puts the very same node objects back, and a node whose facts read as
they did when it went gets its findings back without a rule run (undo of deleting every node
of a 5,000-stage map is the case that needs it).
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter, itemgetter

from ...model import SalesMap
from .conflict_rules import CONFLICT_RULES
from .content_rules import CONTENT_NODE_RULES
from .context import SEVERITIES, Finding, LintContext
from .facts import MapFacts, changed_between, map_facts, same_for_every_node, same_for_node
from .flow_rules import FLOW_MAP_RULES, FLOW_NODE_RULES
from .funnel_rules import FUNNEL_MAP_RULES, FUNNEL_NODE_RULES
from .names import NameIndex

MAP_RULES = CONFLICT_RULES + FLOW_MAP_RULES + FUNNEL_MAP_RULES       # the conflicts name nodes and links too
NODE_RULES = FLOW_NODE_RULES + CONTENT_NODE_RULES + FUNNEL_NODE_RULES
NOTHING = ((), (), ())   # no finding of any severity


class LintMemory:
    def __init__(self) -> None:
        self.seen: dict[str, object] = {}   # node id -> the node as last checked
        self.found: dict[str, tuple] = {}   # node id -> its findings, one tuple per severity, in the rules' order
        self.names = NameIndex()
        self.facts: MapFacts | None = None
        self.map_findings: tuple[Finding, ...] = ()
        # The nodes the last check that found any gone found gone: id -> (the node, its findings, its
        # count of namesakes), all as of `kept_facts`.
        self.kept: dict[str, tuple] = {}
        self.kept_facts: MapFacts | None = None

    def check(self, doc: SalesMap) -> list[Finding]:
        nodes = doc.nodes()
        changed, retyped = self._compare(nodes)
        facts = map_facts(doc, nodes, doc.links(), retyped, self.facts, self.kept_facts)
        again = changed_between(self.facts, facts)
        namesakes = self._rename(changed)
        reword = self.facts is None or self.facts.language != facts.language
        self.facts = facts
        ctx = LintContext(doc, facts, self.names)
        ctx.before = () if reword else self.map_findings
        self.map_findings = tuple(finding for rule in MAP_RULES for finding in rule(ctx))
        self._recheck(ctx, self.seen.keys() if again is None else (again | namesakes | changed) & self.seen.keys(),
                      reword)
        rows = list(map(self.found.__getitem__, map(attrgetter("id"), nodes)))
        first = _by_node(self.map_findings)
        if first:
            rows = [_ahead(first[node.id], row) if node.id in first else row for node, row in zip(nodes, rows)]
        found = []
        for i, severity in enumerate(SEVERITIES):
            found += [f for f in self.map_findings if f.severity == severity and f.node is None and f.link is None]
            found += chain.from_iterable(map(itemgetter(i), rows))
            found += _about_links(doc, self.map_findings, severity)
        return found

    def _compare(self, nodes: list) -> tuple[set[str], bool]:
        """The ids of nodes added, replaced or gone since the last check (`seen` follows), and whether
        a replaced node is of another type now."""
        seen = self.seen
        fresh = [node for node in nodes if seen.get(node.id) is not node]
        retyped = any(type(seen[node.id]) is not type(node) for node in fresh if node.id in seen)
        changed = {node.id for node in fresh}
        seen.update((node.id, node) for node in fresh)
        if len(seen) > len(nodes):
            gone = seen.keys() - {node.id for node in nodes}
            found, namesakes = self.found, self.names.namesakes
            self.kept = {node_id: (seen.pop(node_id), found.pop(node_id), namesakes(node_id)) for node_id in gone}
            self.kept_facts = self.facts
            changed |= gone
        return changed, retyped

    def _rename(self, changed: set[str]) -> set[str]:
        """Files the `changed` nodes under their names now; the nodes whose count of namesakes changed."""
        place, seen = self.names.place, self.seen
        touched = self.names.forget([node_id for node_id in changed if node_id not in seen])   # gone
        return touched.union(*(place(node_id, seen[node_id].name) for node_id in changed if node_id in seen))

    def _recheck(self, ctx: LintContext, ids: set[str], reword: bool) -> None:
        """Runs the node rules again for the nodes `ids` (a node back as it went: its kept findings)."""
        found, seen, kept = self.found, self.seen, self._kept_for(ctx.facts, reword)
        same_facts = bool(kept) and same_for_every_node(self.kept_facts, ctx.facts)
        for node_id in ids:
            back = kept.pop(node_id, None)
            if (back is not None and back[0] is seen[node_id] and back[2] == self.names.namesakes(node_id)
                    and (same_facts or same_for_node(self.kept_facts, ctx.facts, node_id))):
                found[node_id] = back[1]
                continue
            row = found.get(node_id, NOTHING)
            ctx.before = () if reword or row is NOTHING else (*row[0], *row[1], *row[2])
            mine = [finding for rule in NODE_RULES for finding in rule(ctx, seen[node_id])]
            found[node_id] = _by_severity(mine) if mine else NOTHING


    def _kept_for(self, facts: MapFacts, reword: bool) -> dict[str, tuple]:
        """The kept nodes, if their findings could stand under `facts` (else none)."""
        before = self.kept_facts
        if reword or before is None or (before.language, before.has_lanes) != (facts.language, facts.has_lanes):
            return {}
        return self.kept


def _by_severity(findings: list[Finding]) -> tuple:
    """Findings as one tuple per severity, each in the order given."""
    return tuple(tuple(f for f in findings if f.severity == severity) for severity in SEVERITIES)


def _ahead(first: list[Finding], row: tuple) -> tuple:
    """A node's findings with `first` (its merge conflicts) ahead of its own, per severity."""
    return tuple((*(f for f in first if f.severity == s), *own) for s, own in zip(SEVERITIES, row))


def _by_node(findings: tuple[Finding, ...]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.node is not None:
            out.setdefault(finding.node, []).append(finding)
    return out


def _about_links(doc: SalesMap, findings: tuple[Finding, ...], severity: str) -> list[Finding]:
    """The map-wide rules' findings of one severity about a link, in the links' document order."""
    about = [f for f in findings if f.link is not None and f.node is None and f.severity == severity]
    return sorted(about, key=lambda finding: doc.link_index(finding.link))
