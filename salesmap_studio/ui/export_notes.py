"""The Export dialog's notes in the UI's language, from the values the no-Qt export layer computes.

The export layer speaks English on the command line (an oversized PNG) or the map's
language in the PDF (text printing below 6 pt); the dialog says the same in the UI
language. Numbers are written the UI locale's way (58.750 × 35.850 in German).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..export.image import ImageTooLarge
from ..interop.mermaid import MAX_ARROWS, MAX_TEXT, beyond_limits
from ..interop.registry import EXPORT_CHOICES
from ..export.pdf.layout import printed_scale, small_text

translate = QCoreApplication.translate  # lupdate reads the context from each call


def number(value: int) -> str:
    """A whole number the UI locale's way (58,750 in English, 58.750 in German)."""
    return QLocale().toString(value)


def image_too_large(error: ImageTooLarge) -> str:
    return translate("ExportDialog", "The image would be {w} × {h} pixels, more than the largest PNG that can be "
                     "rendered ({side} pixels a side, 2 GB); use {dpi} DPI or less.").format(
        w=number(error.width), h=number(error.height), side=number(error.max_side), dpi=number(error.max_dpi))


def format_label(name: str) -> str:
    """A format as the format list shows it: "PDF", "Web page (HTML)", "BPMN 2.0 (.bpmn)", "Salesforce (folder)"."""
    if name == "html":
        return translate("ExportDialog", "Web page (HTML)")
    if name not in EXPORT_CHOICES:
        return name.upper()
    tool, ending = EXPORT_CHOICES[name]
    return f"{tool} ({ending})" if ending else translate("ExportDialog", "{tool} (folder)").format(tool=tool)


def mermaid_limits_note(doc) -> str:
    """Said before a Mermaid export that most wikis would not draw (Mermaid's default limits)."""
    over = beyond_limits(doc)
    if over is None:
        return ""
    return translate("ExportDialog", "This map is too big for Mermaid's usual limits ({chars} characters and "
                                     "{arrows} arrows, at most {most_chars} and {most_arrows}): most wikis will "
                                     "show an error instead of the diagram.").format(
        chars=number(over[0]), arrows=number(over[1]), most_chars=number(MAX_TEXT), most_arrows=number(MAX_ARROWS))


def interop_note(fmt: str) -> str:
    """What a file for another tool (File ▸ Export…'s interop formats) holds, or "" for other formats."""
    notes = {
        "drawio": translate("ExportDialog", "Opens in diagrams.net (draw.io) with its lanes, shapes and colours, "
                                            "and imports back with nothing lost."),
        "mmd": translate("ExportDialog", "A Mermaid flowchart for wikis and Markdown; Mermaid lays it out itself."),
        "bpmn": translate("ExportDialog", "BPMN 2.0 for Camunda Modeler, bpmn.io or Signavio: a lane per owner, "
                                          "tasks, gateways and events, laid out as on the canvas."),
        "csv": translate("ExportDialog", "One row per node in flow order; the links go to a second file "
                                         "ending in .links.csv."),
        "xlsx": translate("ExportDialog", "One row per node in flow order on the first sheet, the links on the second."),
        "hubspot": translate("ExportDialog", "The deal pipeline for HubSpot's pipelines API: the stages a deal can "
                                             "still be won from, with their win probability, then won and lost."),
        "pipedrive": translate("ExportDialog", "Pipedrive's stages with their win probability and rotting days; "
                                               "won and lost are a deal's status there."),
        "salesforce": translate("ExportDialog", "A folder to deploy: the opportunity stages and a sales path whose "
                                                "guidance is each stage's entry criteria and exit checklist."),
    }
    return notes.get(fmt, "")


def small_text_note(bounds, options) -> str:
    """The PDF's "text prints below 6 pt" warning, or "" when the text prints large enough."""
    small = small_text(bounds, printed_scale(bounds, options), options)
    if small is None:
        return ""
    points = QLocale().toString(small.points, "f", 1)
    if small.poster is None:
        return translate("ExportDialog", "Text prints at {pt} pt on {page} (below 6 pt); choose a larger page.").format(
            pt=points, page=small.page)
    return translate("ExportDialog", "Text prints at {pt} pt on {page} (below 6 pt). A poster of {cols} × {rows} "
                     "sheets prints it at 6 pt or more.").format(
        pt=points, page=small.page, cols=small.poster[0], rows=small.poster[1])
