"""Whatever bytes a file holds, reading it gives a map or one SmapError: never another exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesmap_studio.persistence import SmapError, loads

from .conftest import FIXTURES, valid_map

VALID = (FIXTURES / "valid.smap").read_bytes()
FUZZ = settings(max_examples=150, deadline=None)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def read_or_refuse(raw: bytes | str) -> None:
    try:
        loads(raw, "fuzz.smap")
    except SmapError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.smap: ")


@FUZZ
@given(st.integers(0, len(VALID)), st.integers(0, 40), st.binary(max_size=40))
def test_damaged_bytes(start, length, junk):
    read_or_refuse(VALID[:start] + junk + VALID[start + length:])


def places(data, loc=()):
    """Every path in a JSON tree."""
    yield loc
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in children:
        yield from places(value, loc + (key,))


def at(data, place):
    for key in place:
        data = data[key]
    return data


PLACES = list(places(valid_map()))[1:]
OBJECTS = [place for place in places(valid_map()) if isinstance(at(valid_map(), place), dict)]


@FUZZ
@given(st.sampled_from(PLACES), json_values)
def test_any_value_in_any_place(place, value):
    data = valid_map()
    at(data, place[:-1])[place[-1]] = value
    read_or_refuse(json.dumps(data, allow_nan=True))


@FUZZ
@given(st.sampled_from(OBJECTS), st.text(min_size=1, max_size=8), json_values)
def test_any_unknown_key_is_refused(place, key, value):
    data = valid_map()
    key = f"unknown {key}"  # never a field name of the format
    at(data, place)[key] = value
    with pytest.raises(SmapError) as refused:
        loads(json.dumps(data, allow_nan=True), "fuzz.smap")
    assert "\n" not in str(refused.value) and str(refused.value).startswith("fuzz.smap: ")
