"""Document order: removing and putting back entities keeps exactly the order a plain list would."""

from hypothesis import given, settings
from hypothesis import strategies as st

from salesmap_studio.model.order import OrderedIds

steps = st.lists(st.tuples(st.booleans(), st.integers(min_value=0, max_value=60)), max_size=200)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_should_keep_the_order_a_list_keeps_through_any_removes_and_inserts(script):
    order, expected, fresh = OrderedIds(f"n{i}" for i in range(10)), [f"n{i}" for i in range(10)], 0
    for insert, number in script:
        if insert or not expected:
            fresh += 1
            item_id = f"new{fresh}"
            expected.insert(number, item_id)
            order.insert(item_id, number)
        else:
            gone = expected.pop(number % len(expected))
            order.remove(gone)
        assert list(order) == expected
        assert all(order.index(item_id) == i for i, item_id in enumerate(expected))
        assert sorted(expected, key=order.sort_key) == expected


def test_should_put_many_entities_back_at_one_spot_without_losing_the_order():
    order = OrderedIds(["a", "z"])
    for i in range(200):  # always just before "z": the numbers run out and are dealt out again
        order.insert(f"m{i}", len(order) - 1)
    assert list(order) == ["a", *(f"m{i}" for i in range(200)), "z"]
    assert order.index("z") == 201



def test_should_list_the_links_between_two_nodes_in_document_order_after_an_undo_puts_one_back():
    from salesmap_studio.model import Link, MapInfo, SalesMap, Stage

    stages = [Stage(id=i, name=i, x=0.0, y=0.0) for i in ("a", "b")]
    links = [Link(id=f"l{i}", source="a", target="b") for i in range(4)] + [Link(id="back", source="b", target="a")]
    doc = SalesMap.from_parts(MapInfo(title="Fan"), nodes=stages, links=links)
    removed = doc._remove_link("l1")
    doc._insert_link(removed, 1)
    assert [link.id for link in doc.links_between("a", "b")] == ["l0", "l1", "l2", "l3"]
    assert [link.id for link in doc.links_between("b", "a")] == ["back"]
    assert doc.links_between("a", "missing") == [] and doc.links_between("missing", "a") == []


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=80), st.lists(st.integers(min_value=0, max_value=80), max_size=80))
def test_should_put_ids_back_at_once_where_putting_them_back_one_by_one_puts_them(size, spots):
    """`insert_all` (undo of a big delete) against `insert` of each in turn: the same order and
    positions, whether it merges (many ids) or inserts each (a few among many)."""
    placed = [(index, f"back{n}") for n, index in enumerate(sorted(set(spots)))]
    at_once, one_by_one = OrderedIds(f"n{i}" for i in range(size)), OrderedIds(f"n{i}" for i in range(size))
    at_once.insert_all(placed)
    for index, item_id in placed:
        one_by_one.insert(item_id, index)
    assert list(at_once) == list(one_by_one)
    assert all(at_once.index(item_id) == i for i, item_id in enumerate(one_by_one))
    assert sorted(reversed(list(one_by_one)), key=at_once.sort_key) == list(one_by_one)
