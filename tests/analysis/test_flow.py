"""The flow's one depth-first walk and its one order of link kinds."""

from __future__ import annotations

from salesmap_studio.analysis.flow import LINK_KIND_ORDER, by_kind, depth_first
from salesmap_studio.analysis.layout import build_graph
from tests.analysis.builders import decision, link, make_map, outcome, stage


def test_links_are_ordered_flow_yes_no_objection_and_keep_document_order_within_a_kind():
    doc = make_map([decision("fit"), stage("a"), stage("b"), stage("c")],
                   [link("fit", "a", "no"), link("fit", "b", "objection"), link("fit", "c", "yes"),
                    link("fit", "b", "flow"), link("fit", "a", "flow")])
    assert LINK_KIND_ORDER == ("flow", "yes", "no", "objection")
    assert [(l.kind, l.target) for l in by_kind(doc.links())] == [
        ("flow", "b"), ("flow", "a"), ("yes", "c"), ("no", "a"), ("objection", "b")]


def test_the_walk_keeps_forward_links_and_reports_each_link_that_closes_a_loop():
    # a → b → c → a closes a loop; a → c is a shortcut forward; d is reached only as a root
    successors = {"a": ["b", "c"], "b": ["c"], "c": ["a", "a"], "d": ["a"]}
    forward, back = depth_first(["a", "d"], lambda node: successors.get(node, ()))
    assert forward == {"a": ["b", "c"], "b": ["c"], "c": [], "d": ["a"]}
    assert back == [("c", "a"), ("c", "a")]


def test_the_layout_turns_an_objection_loop_around_and_keeps_the_flow_forward():
    doc = make_map([stage("lead"), stage("demo"), outcome("won")],
                   [link("lead", "demo"), link("demo", "won"), link("demo", "lead", "objection")], start="lead")
    graph = build_graph(doc)
    lead, demo, won = (graph.ids.index(n) for n in ("lead", "demo", "won"))
    assert graph.back == []  # turned round before the walk: it closes no loop there
    assert graph.succ[lead] == [demo] and sorted(graph.succ[demo]) == [won]
