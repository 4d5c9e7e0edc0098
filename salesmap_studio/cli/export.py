"""`salesmap-studio export MAP.smap OUT.(pdf|png|svg|html|pptx|drawio|xml|mmd|bpmn|csv|xlsx) …`: print-ready
files, a web page, a slide deck, and other tools' formats (interop/, chosen by extension) without a display."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..interop.registry import CRM_WRITERS, WRITERS, format_of
from ..persistence import one_line
from .common import EXIT_OK, PROG, fail, read_map, report
from .evidence import HISTORY_HELP, add_history_options, read_evidence

FORMATS = (".pdf", ".png", ".svg", ".html", ".pptx")
PDF_ONLY = ("page", "orientation", "poster", "playbook", "parking_lot", "evidence")
HISTORY_OPTIONS = ("since", "until", "kind", "dates")   # only with --evidence
PNG_ONLY = ("dpi",)
# Spelled out so that listing the commands does not import reportlab (a test keeps them in step).
PAGES = ("A4", "A3", "A2", "A1", "Letter", "Legal", "Tabloid")
ORIENTATIONS = ("auto", "portrait", "landscape")
MIN_DPI, MAX_DPI = 10, 2400


def register(sub) -> None:
    p = sub.add_parser("export", help="export a map as PDF (page, poster, playbook), PNG, SVG, a web page "
                                      "(.html), a slide deck (.pptx), draw.io (.drawio, .xml), Mermaid (.mmd), "
                                      "BPMN (.bpmn), a spreadsheet (.csv, .xlsx) or a CRM pipeline (--to)")
    p.add_argument("map", metavar="MAP.smap")
    p.add_argument("out", metavar="OUT.(pdf|png|svg|html|pptx|drawio|xml|mmd|bpmn|csv|xlsx)")
    p.add_argument("--to", choices=tuple(CRM_WRITERS),
                   help="a CRM's deal pipeline: OUT is a .json file (HubSpot, Pipedrive) or a folder (Salesforce)")
    p.add_argument("--page", choices=PAGES, help="PDF page size; default: A3")
    p.add_argument("--orientation", choices=ORIENTATIONS, help="PDF orientation; default: auto")
    p.add_argument("--poster", metavar="CxR", help="PDF wall poster of C columns by R rows of sheets, e.g. 3x2")
    p.add_argument("--playbook", action="store_true", default=None, help="PDF: add the stage playbook")
    p.add_argument("--parking-lot", action="store_true", default=None,
                   help="PDF: list the sticky notes (open questions) after the map")
    p.add_argument("--evidence", metavar="HISTORY", help="PDF: add the \"Planned versus actual\" pages for "
                                                         "this deal history (" + HISTORY_HELP + "); with the "
                                                         "evidence command's --since, --until, --kind, --dates")
    add_history_options(p)
    p.add_argument("--dpi", type=dpi_value, help="PNG resolution, 10 to 2400; default: 150")
    p.add_argument("--transparent", action="store_true", help="PNG/SVG: no white background")
    p.add_argument("--quiet", action="store_true", help="no progress line (shown only on a terminal anyway)")
    p.set_defaults(run=_export)


def dpi_value(text: str) -> float:
    """An argparse type: a finite DPI from 10 to 2,400 (argparse turns the error into one line)."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not MIN_DPI <= value <= MAX_DPI:  # also refuses NaN and infinity
        raise argparse.ArgumentTypeError(f"wants a number from {MIN_DPI} to {MAX_DPI}, not {text!r}")
    return value


def parse_poster(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{1,2})\s*[x×X]\s*(\d{1,2})\s*", text)
    if not match or not all(1 <= int(n) <= 20 for n in match.groups()):
        raise ValueError(f"--poster wants columns x rows from 1 to 20, e.g. 3x2, not {text!r}")
    return int(match[1]), int(match[2])


def _check_options(args, suffix: str) -> None:
    if args.to is not None:
        _check_crm(args)
        return
    if suffix not in FORMATS and format_of(args.out, WRITERS) is None:
        raise fail(args.out, f"unknown format {suffix or '(none)'!r}; the name must end in "
                             f"{', '.join(FORMATS + tuple(WRITERS))}")
    wrong = [name for name in PDF_ONLY if suffix != ".pdf" and getattr(args, name) is not None]
    wrong += [name for name in PNG_ONLY if suffix != ".png" and getattr(args, name) is not None]
    wrong += ["transparent"] if suffix not in (".png", ".svg") and args.transparent else []
    if wrong:
        raise fail(args.out, f"--{wrong[0].replace('_', '-')} does not apply to {suffix[1:].upper()} files")
    alone = [name for name in HISTORY_OPTIONS if args.evidence is None and getattr(args, name) is not None]
    if alone:
        raise fail(args.out, f"--{alone[0]} applies to the deal history: add --evidence HISTORY")


def _check_crm(args) -> None:
    wrong = [name for name in PDF_ONLY + PNG_ONLY + HISTORY_OPTIONS if getattr(args, name) is not None]
    if wrong or args.transparent:
        raise fail(args.out, f"--{(wrong or ['transparent'])[0].replace('_', '-')} does not apply to --to {args.to}")
    if args.to != "salesforce" and Path(args.out).suffix.lower() != ".json":
        raise fail(args.out, f"--to {args.to} writes a .json file; the name must end in .json")
    if args.to == "salesforce" and Path(args.out).exists() and not Path(args.out).is_dir():
        raise fail(args.out, "--to salesforce writes a folder, and this is a file")


def _export(args) -> int:
    suffix = Path(args.out).suffix.lower()
    _check_options(args, suffix)
    try:
        poster = parse_poster(args.poster) if args.poster else None
    except ValueError as err:
        raise fail(args.out, err) from None
    doc = read_map(args.map)
    evidence = read_evidence(doc, args.evidence, args) if args.evidence is not None else None
    from ..export.progress import Progress

    shown = TerminalProgress(args.out) if sys.stderr.isatty() and not args.quiet else None
    try:
        warnings = _write(doc, args, suffix, poster, Progress(shown), evidence)
    except ValueError as err:
        raise fail(args.out, err) from None
    finally:
        if shown is not None:
            shown.close()
    for warning in warnings:
        report(f"{one_line(args.out)}: warning: {warning}")
    return EXIT_OK


class TerminalProgress:
    """'salesmap-studio: OUT.pdf: 42 %' on one line of the terminal, rewritten as the export goes."""

    def __init__(self, out: str) -> None:
        self.out, self.shown = one_line(out), False

    def __call__(self, done: int, total: int) -> None:
        sys.stderr.write(f"\r{PROG}: {self.out}: {100 * done // max(total, 1)} %")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")  # clear the line: what stays is the result or the error
            sys.stderr.flush()


def _write(doc, args, suffix: str, poster, progress, evidence: dict | None) -> list[str]:
    if suffix not in FORMATS or args.to is not None:
        from ..interop import write

        return write(doc, args.out, to=args.to)
    if suffix == ".pdf":
        from ..export.pdf import PdfOptions, export_pdf

        options = PdfOptions(page=args.page or "A3", orientation=args.orientation or "auto",
                             poster=poster, playbook=bool(args.playbook),
                             parking_lot=bool(args.parking_lot))
        return export_pdf(doc, args.out, options, progress, evidence).warnings
    if suffix == ".pptx":
        from ..export.deck import export_deck

        export_deck(doc, args.out, progress)
        return []
    if suffix == ".png":
        from ..export.image import export_png

        export_png(doc, args.out, dpi=args.dpi if args.dpi is not None else 150.0, transparent=args.transparent,
                   progress=progress)
        return []
    if suffix == ".html":
        from ..export.web import export_html

        export_html(doc, args.out, progress)
        return []
    from ..export.svg import export_svg

    export_svg(doc, args.out, transparent=args.transparent, progress=progress)
    return []
