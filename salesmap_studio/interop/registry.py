"""Which module reads or writes a file, by its extension. Modules load on first use, so
listing the formats (the CLI's help) imports no XML or spreadsheet library."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from ..model import SalesMap
from .errors import InteropError

# the longest extension first: "x.drawio.svg" is draw.io, "x.svg" is not ours to read
READERS = {".standardvalueset-meta.xml": "salesforce", ".drawio.svg": "drawio_read", ".drawio": "drawio_read", ".xml": "drawio_read",
           ".csv": "csv_table", ".xlsx": "xlsx_table", ".json": "crm_json"}
WRITERS = {".drawio": "drawio_write", ".xml": "drawio_write", ".mmd": "mermaid", ".bpmn": "bpmn", ".csv": "csv_table",
           ".xlsx": "xlsx_table"}
# What File ▸ Export… offers: key -> (the tool's name, the same in every language; the file's ending, ""
# for a folder). By extension from WRITERS (".xml" left out: draw.io again under the name Confluence's
# plug-in uses), then the CRM pipelines of CRM_WRITERS.
EXPORT_CHOICES = {"drawio": ("draw.io", ".drawio"), "mmd": ("Mermaid", ".mmd"), "bpmn": ("BPMN 2.0", ".bpmn"),
                  "csv": ("CSV", ".csv"), "xlsx": ("Excel", ".xlsx"), "hubspot": ("HubSpot", ".json"),
                  "pipedrive": ("Pipedrive", ".json"), "salesforce": ("Salesforce", "")}


def format_of(path, table: dict[str, str]) -> str | None:
    """The extension of `path` that `table` knows (lower case), or None."""
    name = Path(path).name.lower()
    return next((suffix for suffix in table if name.endswith(suffix)), None)


# The CRM pipelines `salesmap-studio export --to NAME` writes (a .json file, a folder for Salesforce).
CRM_WRITERS = {"hubspot": "hubspot", "salesforce": "salesforce", "pipedrive": "pipedrive"}


def _module(path, table: dict[str, str], verb: str):
    if table is READERS and Path(path).is_dir():
        return importlib.import_module(".salesforce", __package__)   # a metadata folder
    suffix = format_of(path, table)
    if suffix is None:
        known = ", ".join(sorted(table))
        raise InteropError(str(path), "", f"cannot {verb} this kind of file; the name must end in {known}")
    return importlib.import_module(f".{table[suffix]}", __package__)


# Asked with the names of the outcomes whose words say neither won nor lost (in map order); answers
# "won", "lost" or "nurture" for each, or None to cancel the import (`ImportCancelled`). Without it the
# reader sets them to nurture and lists them on the map's "not imported" note (the CLI's way).
Decide = Callable[[list[str]], "list[str] | None"]


def read(path, page: str | None = None, decide: Decide | None = None) -> SalesMap:
    """The map in another tool's file; `page` picks one page of a file that has several."""
    return _module(path, READERS, "import").read(path, page=page, decide=decide)


def pages(path) -> list[str]:
    """The page names of the file (one name for a file that cannot hold several)."""
    module = _module(path, READERS, "import")
    return module.pages(path)


def export_choice(doc: SalesMap, path, key: str) -> list[str]:
    """Writes the map as File ▸ Export…'s choice `key` (an EXPORT_CHOICES key); returns its warnings."""
    return write(doc, path, to=key if key in CRM_WRITERS else None)


def write(doc: SalesMap, path, to: str | None = None) -> list[str]:
    """`path` in the format its extension names, or in CRM pipeline `to` (a CRM_WRITERS key).
    Returns warnings about the written file (in English, for the command line)."""
    module = importlib.import_module(f".{CRM_WRITERS[to]}", __package__) if to else _module(path, WRITERS, "export to")
    return module.write(doc, path) or []
