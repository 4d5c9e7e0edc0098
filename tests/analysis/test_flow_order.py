from salesmap_studio.analysis.flow_order import flow_order, main_path, start_nodes

from .builders import chain, decision, link, make_map, outcome, stage


def sales_map():
    """lead → call → fit? (yes → offer → won, no → lost); offer ⟲ call as an objection."""
    nodes = [stage("lead"), stage("call"), decision("fit"), stage("offer"), outcome("won"), outcome("lost", "lost")]
    links = chain("lead", "call", "fit") + [
        link("fit", "lost", "no"),
        link("fit", "offer", "yes"),
        link("offer", "call", "objection"),
        link("offer", "won"),
    ]
    return make_map(nodes, links, start="lead")


def test_main_path_follows_flow_and_yes_links_to_the_end():
    assert main_path(sales_map()) == ["lead", "call", "fit", "offer", "won"]


def test_flow_order_puts_branches_after_the_main_path():
    assert flow_order(sales_map()) == ["lead", "call", "fit", "offer", "won", "lost"]


def test_main_path_takes_the_longer_branch():
    nodes = [stage(n) for n in "abcde"]
    links = [link("a", "b"), link("b", "e"), link("a", "c"), link("c", "d"), link("d", "e")]
    assert main_path(make_map(nodes, links, start="a")) == ["a", "c", "d", "e"]


def test_a_flow_loop_does_not_trap_the_walk():
    nodes = [stage(n) for n in "abc"]
    links = chain("a", "b", "c") + [link("c", "a"), link("b", "b")]
    doc = make_map(nodes, links, start="a")
    assert main_path(doc) == ["a", "b", "c"]
    assert flow_order(doc) == ["a", "b", "c"]


def test_without_start_the_nodes_nobody_links_to_are_the_start():
    nodes = [stage("x"), stage("a"), stage("b"), stage("island")]
    doc = make_map(nodes, chain("a", "b") + [link("island", "island")])
    assert start_nodes(doc) == ["x", "a", "island"]
    assert main_path(doc) == ["x"]


def test_flow_order_lists_every_node_once_even_unreachable_ones():
    nodes = [stage("a"), stage("b"), stage("orphan"), stage("c")]
    links = [link("a", "b"), link("c", "orphan")]
    order = flow_order(make_map(nodes, links, start="a"))
    assert order == ["a", "b", "c", "orphan"]


def test_branches_stay_together_depth_first():
    nodes = [stage("a"), stage("b"), decision("d"), stage("n1"), stage("n2"), stage("y")]
    links = [link("a", "d"), link("d", "n1", "no"), link("n1", "n2"), link("d", "y", "yes"), link("y", "b")]
    assert flow_order(make_map(nodes, links, start="a")) == ["a", "d", "y", "b", "n1", "n2"]


def test_an_empty_map_has_no_order():
    doc = make_map([])
    assert main_path(doc) == [] and flow_order(doc) == []


def test_a_long_chain_is_walked_without_recursion():
    names = [f"s{i}" for i in range(5000)]
    doc = make_map([stage(n) for n in names], chain(*names), start="s0")
    assert main_path(doc) == names
