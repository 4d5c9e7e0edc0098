"""Auto layout: left to right, the main path straight, no overlaps, lanes respected."""

from hypothesis import given, settings
from hypothesis import strategies as st

from salesmap_studio.analysis.flow_order import main_path
from salesmap_studio.analysis.geometry.shapes import SIZES
from salesmap_studio.analysis.layout import auto_layout
from salesmap_studio.analysis.swimlanes import lane_span

from .builders import chain, decision, link, make_map, outcome, stage


def boxes(doc, positions):
    for node in doc.nodes():
        w, h = SIZES[node.kind]
        x, y = positions[node.id]
        yield node.id, (x - w / 2, y - h / 2, x + w / 2, y + h / 2)


def overlapping(doc, positions):
    placed = list(boxes(doc, positions))
    return [(a, b) for i, (a, p) in enumerate(placed) for b, q in placed[i + 1:]
            if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]]


def branching_map(**info):
    """lead → fit? → offer → won, fit? no → lost; objection offer → lead; a detour fit? → demo → offer."""
    nodes = [stage("lead"), decision("fit"), stage("offer"), outcome("won"), outcome("lost", "lost"), stage("demo")]
    links = [link("lead", "fit"), link("fit", "offer", "yes"), link("fit", "lost", "no"), link("offer", "won"),
             link("offer", "lead", "objection"), link("fit", "demo", "yes"), link("demo", "offer")]
    return make_map(nodes, links, start="lead", **info)


def test_every_node_gets_a_place_and_the_start_sits_at_x_0():
    doc = branching_map()
    positions = auto_layout(doc)
    assert set(positions) == {node.id for node in doc.nodes()}
    assert positions["lead"][0] == 0.0


def test_the_main_path_is_one_straight_line_from_left_to_right():
    doc = branching_map()
    positions = auto_layout(doc)
    path = main_path(doc)
    assert path == ["lead", "fit", "demo", "offer", "won"]
    assert len({positions[n][1] for n in path}) == 1
    xs = [positions[n][0] for n in path]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)


def test_branches_sit_off_the_main_line_and_objections_point_back():
    positions = auto_layout(branching_map())
    assert positions["lost"][1] != positions["lead"][1]
    assert positions["lead"][0] < positions["offer"][0]  # the objection offer → lead runs backwards


def test_columns_leave_room_for_link_labels():
    positions = auto_layout(make_map([stage("a"), stage("b")], chain("a", "b"), start="a"))
    gap = positions["b"][0] - positions["a"][0] - SIZES["stage"][0]
    assert gap >= 100


def test_nodes_stay_inside_their_owners_lane():
    nodes = [stage("a", owner="marketing"), stage("b", owner="sales"), decision("d", owner="sales"),
             stage("c", owner="marketing"), outcome("won"), outcome("lost", "lost")]
    links = chain("a", "b", "d") + [link("d", "c", "yes"), link("d", "lost", "no"), link("c", "won")]
    doc = make_map(nodes, links, lanes=["marketing", "sales"], start="a")
    positions = auto_layout(doc)
    height = doc.info.lane_height
    for node in doc.nodes():
        owner = getattr(node, "owner", None)
        if owner:
            lane = doc.lane_index(owner)
            assert lane * height <= positions[node.id][1] <= (lane + 1) * height
    assert not overlapping(doc, positions)


def test_a_crowded_lane_spreads_over_more_columns_rather_than_overlapping():
    branches = [stage(f"b{i}", owner="sales") for i in range(6)]
    nodes = [stage("a", owner="sales"), *branches, stage("z", owner="sales")]
    links = [link("a", b.id) for b in branches] + [link(b.id, "z") for b in branches]
    doc = make_map(nodes, links, lanes=["sales"], start="a")
    positions = auto_layout(doc)
    assert not overlapping(doc, positions)
    assert all(0 <= positions[b.id][1] <= doc.info.lane_height for b in branches)


def test_the_templates_lay_out_without_overlaps(template):
    for name in ("five-step", "extended-b2b"):
        doc = template(name, "en")
        positions = auto_layout(doc)
        assert not overlapping(doc, positions)


def test_an_empty_map_has_nothing_to_place():
    assert auto_layout(make_map([])) == {}


def test_the_layout_does_not_depend_on_where_nodes_were():
    doc = branching_map()
    moved = make_map([n.replace(x=n.x + 500.0, y=-300.0) for n in doc.nodes()],
                     [link.model_dump(exclude={"id"}) for link in doc.links()], start="lead")
    assert auto_layout(moved) == auto_layout(doc)


KINDS = st.sampled_from(["stage", "stage", "decision", "outcome"])


@st.composite
def random_maps(draw):
    """Any topology: loops, self-links, unconnected nodes, several links between two nodes; maybe lanes."""
    count = draw(st.integers(1, 14))
    lanes = draw(st.sampled_from([[], ["top"], ["top", "middle", "bottom"]]))
    nodes = []
    for i in range(count):
        kind, owner = draw(KINDS), (draw(st.sampled_from(lanes)) if lanes else None)
        if kind == "outcome":
            nodes.append(outcome(f"n{i}", draw(st.sampled_from(["won", "lost", "nurture"]))))
        else:
            nodes.append((stage if kind == "stage" else decision)(f"n{i}", owner=owner))
    pairs = st.tuples(st.integers(0, count - 1), st.integers(0, count - 1),
                      st.sampled_from(["flow", "yes", "no", "objection"]))
    links = [link(f"n{a}", f"n{b}", kind) for a, b, kind in draw(st.lists(pairs, max_size=3 * count))]
    start = draw(st.sampled_from([None, "n0"]))
    return make_map(nodes, links, lanes=lanes, start=start, lane_height=draw(st.sampled_from([260.0, 400.0])))


@settings(max_examples=200, deadline=None)
@given(random_maps())
def test_no_two_boxes_overlap_after_layout(doc):
    positions = auto_layout(doc)
    assert set(positions) == {node.id for node in doc.nodes()}
    assert not overlapping(doc, positions)
    for node in doc.nodes():
        owner = getattr(node, "owner", None)
        if owner:
            lane = doc.lane_index(owner)
            assert lane * doc.info.lane_height <= positions[node.id][1] <= (lane + 1) * doc.info.lane_height


def test_a_detour_moved_with_its_long_link_stays_in_its_lane():
    # found by the property above: n5 → n4 (middle lane) leads only into the long link n4 → n1; moving that
    # link to the top of its lane moved n4 above the top lane's boxes of its column, and out of its lane
    owners = {"n2": "middle", "n4": "middle"}
    nodes = [stage(f"n{i}", owner=owners.get(f"n{i}", "top")) for i in range(8)]
    links = [link("n1", "n0", "objection"), link("n2", "n3"), link("n4", "n1"), link("n5", "n4"), link("n6", "n1")]
    doc = make_map(nodes, links, lanes=["top", "middle", "bottom"], lane_height=260.0)
    positions = auto_layout(doc)
    for node in doc.nodes():
        top, bottom = lane_span(doc.lane_index(node.owner), doc.info.lane_height)
        half = SIZES[node.kind][1] / 2
        assert top <= positions[node.id][1] - half and positions[node.id][1] + half <= bottom, node.id
    assert not overlapping(doc, positions)


def test_notes_a_node_would_cover_move_to_a_row_above_the_map():
    from salesmap_studio.analysis.layout.notes import park_notes
    from salesmap_studio.model import Note

    doc = make_map([stage("a"), stage("b")], chain("a", "b"), start="a")
    positions = auto_layout(doc)
    covered = Note(id="a", text="Under a stage", x=positions["b"][0], y=positions["b"][1])
    aside = Note(id="far", text="Out of the way", x=5000.0, y=5000.0)
    doc = make_map(doc.nodes(), chain("a", "b"), notes=[covered, aside], start="a")
    moved = park_notes(doc, positions)
    assert list(moved) == ["a"]
    x, y = moved["a"]
    assert y + SIZES["note"][1] / 2 < min(p[1] for p in positions.values()) - SIZES["stage"][1] / 2
    assert x - SIZES["note"][0] / 2 == min(p[0] for p in positions.values()) - SIZES["stage"][0] / 2


def test_with_lanes_the_main_path_keeps_one_row_in_each_lane(template):
    doc = template("extended-b2b", "en")
    positions = auto_layout(doc)
    rows: dict[str, set[float]] = {}
    for node_id in main_path(doc):
        owner = getattr(doc.node(node_id), "owner", None) or "none"
        rows.setdefault(owner, set()).add(positions[node_id][1])
    assert all(len(ys) == 1 for ys in rows.values()), rows


def test_an_objection_that_closes_no_loop_does_not_push_its_target_to_the_right():
    # the walk finishes b before it reaches d, so d → b (an objection) closes no loop in it
    doc = make_map([stage("a"), stage("b"), outcome("c"), stage("d")],
                   [link("a", "b"), link("b", "c"), link("a", "d"), link("d", "b", "objection")], start="a")
    positions = auto_layout(doc)
    assert positions["a"][0] < positions["b"][0] < positions["d"][0]
    assert positions["b"][1] == positions["a"][1]
