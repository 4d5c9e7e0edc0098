"""`diff` and `merge`: two versions of a map compared, three versions merged (also as git's drivers)."""

from __future__ import annotations

import sys

from ..persistence import SmapError, dumps, one_line, save
from ..versions import diff, merge
from ..versions.describe import describe, summary
from ..versions.documents import as_map, read_version
from .common import EXIT_FINDINGS, EXIT_OK, report, say, say_json

EXIT_MERGE_FAILED = 129   # above 128: git's sign that a merge driver failed (not "conflicts")


def register(sub) -> None:
    p = sub.add_parser("diff", help="what changed between two versions of a map; exit 0 when equal, 1 when different")
    p.add_argument("old", metavar="OLD.smap")
    p.add_argument("new", metavar="NEW.smap")
    _output_options(p)
    p.set_defaults(run=_diff)

    p = sub.add_parser("git-diff", help="(git's diff.smap.command) PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE")
    p.add_argument("git_args", nargs="+", metavar="ARG")
    _output_options(p)
    p.set_defaults(run=_git_diff)

    p = sub.add_parser("merge", help="three-way merge of a map; exit 0 clean, 1 with conflicts recorded in the "
                                     "map, above 128 on failure (OURS untouched)")
    p.add_argument("base", metavar="BASE.smap")
    p.add_argument("ours", metavar="OURS.smap")
    p.add_argument("theirs", metavar="THEIRS.smap")
    p.add_argument("-o", "--output", metavar="OUT.smap", help="write the merged map here (git: %%A); default: stdout")
    p.set_defaults(run=_merge)


def _output_options(p) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format; default: text")
    p.add_argument("--lang", choices=("en", "de"), help="language of the words; default: the newer map's")


def _diff(args) -> int:
    old, new = read_version(args.old), read_version(args.new)
    return _tell(old, new, args)


def _git_diff(args) -> int:
    """git runs the external diff with seven arguments; a file added or deleted is /dev/null."""
    if len(args.git_args) != 7:
        report(f"git-diff expects the 7 arguments git passes, got {len(args.git_args)}")
        return 2
    path, old_file, _, _, new_file, _, _ = args.git_args
    old, new = read_version(old_file, missing_is_empty=True), read_version(new_file, missing_is_empty=True)
    say(f"diff {path}")
    _tell(old, new, args)
    return EXIT_OK   # git stops at an external diff that exits non-zero


def _tell(old: dict, new: dict, args) -> int:
    result = diff(old, new)
    language = args.lang or new.get("language") or "en"
    if args.format == "json":
        say_json({"equal": result.equal, "changes": [c.to_dict() for c in result.changes],
                  "moved": [{"what": what, "item": key} for what, key in result.moved],
                  "lines": describe(result, old, new, language)})
    else:
        for line in describe(result, old, new, language):
            say(line)
        say(summary(result, language))
    return EXIT_OK if result.equal else EXIT_FINDINGS


def _merge(args) -> int:
    """Every failure, even an unforeseen one, exits above 128 before OURS is written: exit 1 would
    tell git "conflicts recorded" and an uncaught exception exits 1."""
    try:
        base = read_version(args.base, missing_is_empty=True)
        ours, theirs = read_version(args.ours), read_version(args.theirs)
        result = merge(base, ours, theirs, check=as_map)
        merged = result.checked
        if args.output:
            save(merged, args.output)
        else:
            sys.stdout.write(dumps(merged))
    except SmapError as err:
        report(f"merge failed, {args.ours} unchanged: {err}")
        return EXIT_MERGE_FAILED
    except Exception as err:   # noqa: BLE001  see the docstring
        report(f"merge failed, {one_line(args.ours)} unchanged: {one_line(err)}")
        return EXIT_MERGE_FAILED
    return _told(result, args)


def _told(result, args) -> int:
    where = args.output or "the merged map"
    if not result.conflicts:
        report(f"{where}: merged cleanly")
        return EXIT_OK
    report(f"{where}: merged with {len(result.conflicts)} conflict(s), ours kept; open the map to resolve them")
    for conflict in result.conflicts:
        item = conflict["item"] if conflict["item"] is not None else "map"
        report(f"  {conflict['what']} {item}: {', '.join(conflict['fields'])}")
    return EXIT_FINDINGS
