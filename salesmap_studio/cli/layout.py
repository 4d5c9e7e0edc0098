"""`salesmap-studio layout MAP.smap -o OUT.smap`: the map with every node placed by auto layout."""

from __future__ import annotations

from ..analysis.layout import LayoutError
from ..analysis.layout.notes import laid_out
from ..persistence import save
from .common import EXIT_OK, fail, read_map


def register(sub) -> None:
    p = sub.add_parser("layout", help="place every node automatically (left to right, lanes kept)")
    p.add_argument("map", metavar="MAP.smap")
    p.add_argument("-o", "--output", required=True, metavar="OUT.smap", help="where to write the laid-out map")
    p.set_defaults(run=_layout)


def _layout(args) -> int:
    doc = read_map(args.map)
    try:
        laid = laid_out(doc)
    except LayoutError as error:
        raise fail(args.map, error) from None
    save(laid, args.output)
    return EXIT_OK
