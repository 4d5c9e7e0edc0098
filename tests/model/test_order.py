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

