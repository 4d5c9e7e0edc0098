"""Each map health rule: a map that triggers it and one that does not."""

import pytest

from salesmap_studio.analysis.lint import badges, lint
from salesmap_studio.model import ChecklistItem

from .builders import chain, decision, link, make_map, outcome, stage

DONE = (ChecklistItem(text="Next meeting booked"),)


def good(node_id, **fields):
    """A stage that says what lets a deal in and out (so only the rule under test fires)."""
    fields.setdefault("entry_criteria", "Budget known")
    fields.setdefault("exit_checklist", DONE)
    return stage(node_id, **fields)


def healthy_map(**info):
    """lead → fit? (yes → offer → won, no → lost); an objection loop offer → lead."""
    nodes = [good("lead"), decision("fit"), good("offer"), outcome("won"), outcome("lost", "lost")]
    links = [link("lead", "fit"), link("fit", "offer", "yes"), link("fit", "lost", "no"),
             link("offer", "won"), link("offer", "lead", "objection")]
    info.setdefault("start", "lead")
    return make_map(nodes, links, **info)


def rules(doc):
    return [(f.rule, f.severity, f.node) for f in lint(doc)]


def test_a_healthy_map_has_no_findings():
    assert lint(healthy_map()) == []


def test_a_node_cut_off_from_the_start_is_an_error():
    doc = make_map([good("a"), good("b"), good("island")], chain("a", "b") + [link("island", "b", "no")], start="a")
    assert ("unreachable", "error", "island") in rules(doc)
    assert "unreachable" not in [r for r, _, _ in rules(healthy_map())]


def test_without_start_the_unlinked_nodes_count_as_start_and_no_start_warns():
    doc = make_map([good("a"), good("b")], [link("a", "b"), link("b", "b", "objection")])
    found = rules(doc)
    assert ("no-start", "warning", None) in found
    assert not any(rule == "unreachable" for rule, _, _ in found)


def test_a_loop_nobody_enters_is_unreachable_without_a_start():
    nodes = [good("a"), good("x"), good("y")]
    doc = make_map(nodes, [link("x", "y"), link("y", "x", "no")])
    assert [n for r, _, n in rules(doc) if r == "unreachable"] == ["x", "y"]


@pytest.mark.parametrize("kinds, message", [
    (("yes",), "no “no” branch"),
    (("no", "no"), "no “yes” branch"),
    ((), "no “yes” branch"),
])
def test_a_decision_needs_a_yes_and_a_no_branch(kinds, message):
    nodes = [good("a"), decision("d"), outcome("won"), outcome("lost", "lost")]
    targets = ["won", "lost"]
    links = [link("a", "d")] + [link("d", targets[i], kind) for i, kind in enumerate(kinds)]
    found = [f for f in lint(make_map(nodes, links, start="a")) if f.rule == "decision-branches"]
    assert [(f.severity, f.node) for f in found] == [("error", "d")]
    assert message in found[0].message


def test_a_decision_whose_branches_meet_the_same_node_leads_one_way():
    nodes = [good("a"), decision("d"), outcome("won")]
    links = [link("a", "d"), link("d", "won", "yes"), link("d", "won", "no")]
    assert ("decision-branches", "error", "d") in rules(make_map(nodes, links, start="a"))


def test_shares_over_one_are_an_error_and_under_one_a_warning():
    def shares(*values):
        nodes = [good("a"), good("b"), good("c")]
        links = [link("a", "b", share=values[0]), link("a", "c", "no", share=values[1])]
        return [(r, s) for r, s, n in rules(make_map(nodes, links, start="a")) if r == "shares-sum"]

    assert shares(0.7, 0.4) == [("shares-sum", "error")]
    assert shares(0.5, 0.3) == [("shares-sum", "warning")]
    assert shares(0.5, None) == []
    assert shares(0.3, 0.7) == []
    assert shares(0.1, 0.9) == []


def test_a_stage_that_leads_nowhere_is_a_dead_end_unless_it_ends_the_main_path():
    nodes = [good("a"), good("b"), good("end"), good("stuck")]
    links = chain("a", "b", "end") + [link("a", "stuck", "no")]
    found = rules(make_map(nodes, links, start="a"))
    assert ("dead-end", "warning", "stuck") in found
    assert ("dead-end", "warning", "end") not in found


def test_a_stage_without_entry_criteria_or_exit_checklist_is_too_vague():
    nodes = [stage("vague"), good("clear")]
    found = rules(make_map(nodes, [link("vague", "clear"), link("clear", "vague", "objection")], start="vague"))
    assert ("missing-entry-criteria", "warning", "vague") in found
    assert ("missing-exit-checklist", "warning", "vague") in found
    assert not any(n == "clear" for _, _, n in found)


def test_blank_checklist_items_do_not_count():
    blank = (ChecklistItem(text="  "),)
    found = rules(make_map([good("a", exit_checklist=blank)], start="a"))
    assert ("missing-exit-checklist", "warning", "a") in found


def test_owners_are_required_only_when_the_map_has_lanes():
    nodes = [good("a", owner="sales"), decision("d"), good("b")]
    links = [link("a", "d"), link("d", "b", "yes"), link("d", "a", "no")]
    with_lanes = rules(make_map(nodes, links, lanes=["sales"], start="a"))
    assert [n for r, _, n in with_lanes if r == "missing-owner"] == ["d", "b"]
    assert "missing-owner" not in [r for r, _, _ in rules(make_map(nodes, links, start="a"))]


def test_a_map_that_never_says_no_warns():
    doc = make_map([good("a"), good("b")], chain("a", "b"), start="a")
    assert ("no-objection-path", "warning", None) in rules(doc)
    assert "no-objection-path" not in [r for r, _, _ in rules(healthy_map())]


def test_more_than_fifteen_stages_on_the_main_path_is_too_many():
    def main_path_of(count):
        names = [f"s{i}" for i in range(count)]
        return rules(make_map([good(n) for n in names], chain(*names), start="s0"))

    assert ("too-many-stages", "warning", None) in main_path_of(16)
    assert "too-many-stages" not in [r for r, _, _ in main_path_of(15)]


def test_two_nodes_with_the_same_name_are_both_flagged():
    nodes = [good("a", name="Demo"), good("b", name=" demo "), good("c", name="Proposal")]
    found = lint(make_map(nodes, chain("a", "b", "c"), start="a"))
    dupes = [f for f in found if f.rule == "duplicate-name"]
    assert [f.node for f in dupes] == ["a", "b"]
    assert "2 times" in dupes[0].message


FUNNEL = {"target": 10.0, "period": "quarter"}


def test_funnel_settings_without_a_won_point_warn():
    nodes = [good("a"), outcome("w1"), outcome("w2")]
    two_won = make_map(nodes, [link("a", "w1"), link("a", "w2")], start="a", funnel=FUNNEL)
    assert ("no-won-point", "warning", None) in rules(two_won)
    assert "no-won-point" not in [r for r, _, _ in rules(healthy_map(funnel=FUNNEL))]
    assert "no-won-point" not in [r for r, _, _ in rules(make_map(nodes, start="a"))]


def test_a_stage_on_the_way_to_won_without_a_conversion_rate_is_noted():
    nodes = [good("a", conversion_rate=0.5), good("b"), outcome("won"), good("after")]
    links = chain("a", "b", "won") + [link("a", "after", "no")]
    found = rules(make_map(nodes, links, start="a", funnel=FUNNEL))
    assert [n for r, s, n in found if r == "conversion-missing"] == ["b"]
    assert ("conversion-missing", "info", "b") in found
    assert "conversion-missing" not in [r for r, _, _ in rules(make_map(nodes, links, start="a"))]


def test_findings_come_errors_first_then_in_document_order():
    nodes = [stage("z"), good("a"), decision("d")]
    found = lint(make_map(nodes, [link("a", "d"), link("a", "z", "no")], start="a"))
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    warnings = [f.node for f in found if f.severity == "warning"]
    assert warnings == sorted(warnings, key=["z", "a", "d"].index)


def test_messages_follow_the_map_language():
    english = lint(make_map([stage("a", name="Demo")], start="a", language="en"))
    german = lint(make_map([stage("a", name="Demo")], start="a", language="de-AT"))
    assert any("entry criteria" in f.message for f in english)
    assert any(f.message.startswith("Der Schritt „Demo“") for f in german)
    assert [f.rule for f in german] == [f.rule for f in english]
    assert all(g.message != e.message for g, e in zip(german, english))


def test_badges_keep_the_worst_severity_per_item():
    nodes = [good("a"), decision("d"), stage("vague")]
    doc = make_map(nodes, [link("a", "d"), link("d", "vague", "yes")], start="a")
    marks = badges(lint(doc))
    assert marks == {"d": "error", "vague": "warning"}


@pytest.mark.parametrize("name", ["blank", "five-step", "extended-b2b"])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_templates_have_no_errors(template, name, lang):
    assert [f for f in lint(template(name, lang)) if f.severity == "error"] == []
