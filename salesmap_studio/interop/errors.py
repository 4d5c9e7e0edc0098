"""The one error a foreign file produces: which file, where in it, what is wrong."""

from __future__ import annotations

from ..persistence import SmapError


class InteropError(SmapError):
    """A file that cannot be imported or written. A `SmapError`, so every caller that reports
    unreadable maps (the CLI, File ▸ Open's dialog) reports these the same way."""


class ImportCancelled(Exception):
    """The user declined a question the import asked (see `registry.Decide`): nothing is imported."""
