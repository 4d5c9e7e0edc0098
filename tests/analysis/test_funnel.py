"""Reverse funnel and cycle time, against the issue's worked example and hand computations."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesmap_studio.analysis.funnel import FunnelError, compute_funnel, won_point

from .builders import chain, decision, link, make_map, outcome, stage

QUARTER = {"target": 10.0, "period": "quarter"}


def worked_example(**funnel):
    """A (10 days, 0.5) → B (20 days, 0.4); B → Won 0.75; objection B → A 0.25."""
    nodes = [stage("a", expected_days=10.0, conversion_rate=0.5),
             stage("b", expected_days=20.0, conversion_rate=0.4), outcome("won")]
    links = [link("a", "b"), link("b", "won", share=0.75), link("b", "a", "objection", share=0.25)]
    return make_map(nodes, links, start="a", funnel={**QUARTER, **funnel})


def four_digits(value: float) -> str:
    return f"{value:.4g}"


def test_the_worked_example_computed_by_hand():
    # One pass from A: B gets 0.5 of A's deals and passes on 0.4 of them; of those 0.75 are won
    # and 0.25 go back to A for another pass.
    won_per_pass = 0.5 * 0.4 * 0.75                 # 0.15
    back_per_pass = 0.5 * 0.4 * 0.25                # 0.05
    passes = 1 / (1 - back_per_pass)                # 1 + 0.05 + 0.05² + … = 1.0526 passes per deal
    win_rate = won_per_pass * passes                # 0.15 / 0.95 = 0.1579
    entries = 10 / win_rate                         # 10 won per quarter ⇒ 63.33 deals must enter
    at_a = entries * passes                         # the new deals and the ones sent back: 66.67
    at_b = 0.5 * at_a                               # 33.33
    cycle = (10 + 20) * passes                      # a won deal spends 30 days per pass: 31.58
    result = compute_funnel(worked_example())
    assert [four_digits(v) for v in (win_rate, entries, at_a, at_b, cycle)] == \
        ["0.1579", "63.33", "66.67", "33.33", "31.58"]   # the issue's figures
    assert result.win_rate == pytest.approx(win_rate)
    assert result.entries == pytest.approx(entries)
    assert result.volumes == pytest.approx({"a": at_a, "b": at_b, "won": 10.0})
    assert result.cycle_days == pytest.approx(cycle)
    assert (result.target, result.period, result.revenue) == (10.0, "quarter", None)


def test_revenue_is_the_target_times_the_deal_value():
    assert compute_funnel(worked_example(deal_value=25000.0)).revenue == 250000.0


def test_a_map_without_loops_matches_the_hand_computation():
    # lead (5 d, 0.5) → fit? ; yes 0.6 → offer (15 d, 0.8) → won ; no → lost
    # ; offer also loses the deals it does not convert.
    nodes = [stage("lead", expected_days=5.0, conversion_rate=0.5), decision("fit"),
             stage("offer", expected_days=15.0, conversion_rate=0.8), outcome("won"), outcome("lost", "lost")]
    links = [link("lead", "fit"), link("fit", "offer", "yes", share=0.6), link("fit", "lost", "no"),
             link("offer", "won")]
    result = compute_funnel(make_map(nodes, links, start="lead", funnel={"target": 24.0, "period": "year"}))
    # win rate = 0.5 × 0.6 × 0.8 = 0.24 ⇒ 100 entries; fit sees 50, offer 30, lost 20, won 24.
    assert result.win_rate == pytest.approx(0.24)
    assert result.entries == pytest.approx(100.0)
    assert result.volumes == pytest.approx({"lead": 100.0, "fit": 50.0, "offer": 30.0, "won": 24.0, "lost": 20.0})
    assert result.cycle_days == pytest.approx(20.0)


def test_links_without_a_share_split_what_is_left_equally():
    nodes = [stage("a"), outcome("won"), outcome("x", "lost"), outcome("y", "lost")]
    links = [link("a", "won", share=0.4), link("a", "x"), link("a", "y")]
    result = compute_funnel(make_map(nodes, links, start="a", funnel=QUARTER))
    assert result.win_rate == pytest.approx(0.4)
    assert result.volumes["x"] == pytest.approx(result.volumes["y"]) == pytest.approx(0.3 * 25)


def test_the_won_point_may_be_a_stage_named_in_the_settings():
    nodes = [stage("a", conversion_rate=0.5, expected_days=4.0), stage("signed", expected_days=99.0), outcome("won")]
    doc = make_map(nodes, chain("a", "signed", "won"), start="a", funnel={**QUARTER, "won_at": "signed"})
    assert won_point(doc) == "signed"
    result = compute_funnel(doc)
    assert result.win_rate == pytest.approx(0.5)
    assert result.cycle_days == pytest.approx(4.0)  # days in the won stage itself do not count
    # the signed deals move on (to implementation, say): what follows the won stage shows its volume
    assert result.volumes["won"] == pytest.approx(result.volumes["signed"]) == pytest.approx(result.target)


def test_nodes_the_start_never_reaches_get_no_volume():
    nodes = [stage("a"), outcome("won"), stage("island")]
    result = compute_funnel(make_map(nodes, [link("a", "won"), link("island", "won")], start="a", funnel=QUARTER))
    assert result.volumes["island"] == 0.0


@pytest.mark.parametrize("doc, says", [
    (make_map([stage("a"), outcome("won")], [link("a", "won")], start="a"), "no funnel settings"),
    (make_map([stage("a"), outcome("w"), outcome("v")], [link("a", "w")], start="a", funnel=QUARTER),
     "won point"),
    (make_map([stage("a"), outcome("won")], [], start="a", funnel=QUARTER), "ever reaches the won point"),
    (make_map([stage("a"), stage("b"), outcome("won")], [link("a", "won"), link("b", "won")], funnel=QUARTER),
     "one start"),
    (make_map([stage("a"), outcome("won"), outcome("l", "lost")],
              [link("a", "won", share=0.8), link("a", "l", share=0.5)], start="a", funnel=QUARTER), "more than 100%"),
])
def test_maps_that_cannot_be_computed_say_why(doc, says):
    with pytest.raises(FunnelError, match=says):
        compute_funnel(doc)


def test_a_loop_that_never_lets_deals_go_is_named_not_a_crash():
    nodes = [stage("a", name="Qualify"), stage("b", name="Pitch"), stage("c", name="Haggle"), outcome("won")]
    links = [link("a", "won", share=0.5), link("a", "b", share=0.5), link("b", "c"), link("c", "b")]
    with pytest.raises(FunnelError, match="“Pitch” go round a loop forever"):
        compute_funnel(make_map(nodes, links, start="a", funnel=QUARTER))


def test_errors_speak_the_map_language():
    doc = make_map([stage("a"), outcome("won")], [link("a", "won")], start="a", language="de")
    with pytest.raises(FunnelError, match="keine Trichter-Einstellungen"):
        compute_funnel(doc)


rates = st.one_of(st.none(), st.floats(0.0, 1.0).map(lambda v: round(v, 2)))


@st.composite
def random_funnels(draw):
    """Up to 8 stages in a row, each with random extra links (forward, back, to won or lost)."""
    count = draw(st.integers(1, 8))
    names = [f"s{i}" for i in range(count)]
    nodes = [stage(n, conversion_rate=draw(rates), expected_days=float(draw(st.integers(0, 30)))) for n in names]
    nodes += [outcome("won"), outcome("lost", "lost")]
    links = chain(*names, "won")
    for name in names:
        for target in draw(st.lists(st.sampled_from(names + ["lost"]), max_size=2)):
            links.append(link(name, target, "objection", share=draw(st.sampled_from([None, 0.1, 0.2]))))
    return make_map(nodes, links, start="s0", funnel={"target": 50.0, "period": "month"})


@settings(max_examples=150, deadline=None)
@given(random_funnels())
def test_win_rate_is_a_share_and_volumes_never_negative(doc):
    try:
        result = compute_funnel(doc)
    except FunnelError as error:
        assert str(error)  # a reason, never a crash
        return
    assert 0.0 < result.win_rate <= 1.0
    assert all(volume >= 0.0 for volume in result.volumes.values())
    assert result.volumes["won"] == pytest.approx(50.0)
    assert result.cycle_days >= 0.0
