"""Versions of one map side by side: the semantic diff and the three-way merge. No Qt.

Both work on the canonical document dict (`SalesMap.to_dict()`), so they see exactly what a
`.smap` file holds: `diff(old, new)` lists what changed in the map's words, and
`merge(base, ours, theirs)` combines two edited copies by id and by field, recording what it
cannot decide in the `conflicts` list of format version 2.
"""

from .diff import Change, diff
from .merge import MergeResult, merge

__all__ = ["Change", "diff", "MergeResult", "merge"]
