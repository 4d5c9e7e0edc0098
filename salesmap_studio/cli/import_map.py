"""`salesmap-studio import IN OUT.smap [--page NAME|N]`: another tool's diagram as a sales map."""

from __future__ import annotations

from pathlib import Path

from ..interop.registry import READERS, read
from ..persistence import save
from .common import EXIT_OK, fail, say


def register(sub) -> None:
    known = ", ".join(sorted(READERS))
    p = sub.add_parser("import", help=f"turn another tool's file ({known}) into a .smap map")
    p.add_argument("source", metavar="IN", help=f"the file to import: {known}, or a Salesforce metadata folder")
    p.add_argument("out", metavar="OUT.smap", help="where to write the map (a new .smap file)")
    p.add_argument("--page", metavar="NAME|N", help="which page of a draw.io file with several (its name, or a number from 1)")
    p.set_defaults(run=_import)


def _import(args) -> int:
    if Path(args.out).suffix.lower() != ".smap":
        raise fail(args.out, "the map to write must end in .smap")
    doc = read(args.source, page=args.page)
    save(doc, args.out)
    say(f"{args.out}: {len(doc)} nodes, {len(doc.links())} links, {len(doc.lanes())} lanes, {len(doc.notes())} notes")
    return EXIT_OK
