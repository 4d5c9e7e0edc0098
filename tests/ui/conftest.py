"""Fixtures for the canvas and window tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def modeling_on():
    """The window's own facade, for setting up a map before the gesture under test."""
    return lambda window: window.modeling
