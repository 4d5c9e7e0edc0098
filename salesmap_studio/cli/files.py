"""Subcommands about files: templates, new, validate, convert."""

from __future__ import annotations

import os

from ..persistence import SmapError, load, save
from ..resources import list_templates, template_path
from .common import EXIT_ERROR, EXIT_OK, fail, report, say


def register(sub) -> None:
    p = sub.add_parser("templates", help="list the built-in templates: NAME<TAB>LANGUAGE<TAB>TITLE")
    p.set_defaults(run=_templates)

    p = sub.add_parser("new", help="write a new map from a template")
    p.add_argument("out", metavar="OUT.smap")
    p.add_argument("--template", default="blank", help="template name (see 'templates'); default: blank")
    p.add_argument("--lang", default="en", choices=("en", "de"), help="template language; default: en")
    p.add_argument("--force", action="store_true", help="replace OUT.smap if it exists")
    p.set_defaults(run=_new)

    p = sub.add_parser("validate", help="check .smap files; 'FILE: ok' per good file")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=_validate)

    p = sub.add_parser("convert", help="read a map (migrating it) and write it in canonical form")
    p.add_argument("source", metavar="IN.smap")
    p.add_argument("out", metavar="OUT.smap")
    p.set_defaults(run=_convert)


def _templates(args) -> int:
    for ref in list_templates():
        say(ref.name, ref.language, load(ref.path).info.title, sep="\t")
    return EXIT_OK


def _new(args) -> int:
    names = sorted({ref.name for ref in list_templates()})
    if args.template not in names:
        raise fail(args.template, f"no such template; choose one of: {', '.join(names)}")
    if os.path.exists(args.out) and not args.force:
        raise fail(args.out, "the file exists already; pass --force to replace it")
    save(load(template_path(args.template, args.lang)), args.out)
    return EXIT_OK


def _validate(args) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            load(path)
        except SmapError as err:
            report(str(err))
            status = EXIT_ERROR
        else:
            say(f"{path}: ok")
    return status


def _convert(args) -> int:
    save(load(args.source), args.out)
    return EXIT_OK
