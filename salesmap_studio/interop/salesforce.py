"""Salesforce (`--to salesforce`, a folder): metadata ready to deploy (`sf project deploy start
--metadata-dir OUT`, or the Metadata API's deploy with the folder zipped).

- `package.xml` names what the folder holds (API version 60.0);
- `standardValueSets/OpportunityStage.standardValueSet-meta.xml`: the opportunity stages in
  pipeline order, each with `fullName`, `default` (the first), `label`, `closed`,
  `forecastCategory` (Pipeline, BestCase from 40 %, Commit from 70 %, Closed when won, Omitted
  when lost), `probability` (0 to 100) and `won`;
- `pathAssistants/NAME.pathAssistant-meta.xml`: a sales path whose step guidance (`info`, rich
  text of at most 1,000 characters) is the stage's entry criteria and exit checklist, headed in
  the map's language.

Import reads such a folder (or its standard value set file): the open stages as a chain, the
closed ones as won or lost outcomes. The path's guidance is not read back.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, tostring

from ..analysis.safe_text import xml_text
from ..analysis.words import say
from ..model import SalesMap
from ..persistence import atomic_write
from .building import read_limited
from .crm_import import ForeignStep, pipeline_map, text_at
from .crm_pipeline import CrmStep, pipeline
from .errors import InteropError

NAMESPACE = "http://soap.sforce.com/2006/04/metadata"
API_VERSION = "60.0"
VALUE_SET = Path("standardValueSets") / "OpportunityStage.standardValueSet-meta.xml"
MAX_GUIDANCE = 1000


def write(doc: SalesMap, path) -> None:
    folder = Path(path)
    steps = pipeline(doc, str(folder))
    name = api_name(doc.info.title)
    try:
        for sub in ("standardValueSets", "pathAssistants"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InteropError(str(folder), "", f"cannot make the folder ({err.strerror or err})") from None
    atomic_write(folder / "package.xml", _xml(_package(name)))
    atomic_write(folder / VALUE_SET, _xml(_value_set(steps)))
    atomic_write(folder / "pathAssistants" / f"{name}.pathAssistant-meta.xml",
                 _xml(_path(steps, name, doc.info.title or name, doc.info.language)))


def api_name(title: str) -> str:
    """A Salesforce API name: letters, digits and single underscores, a letter first, at most 40."""
    words = re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_")
    words = re.sub(r"^[^A-Za-z]+", "", words)
    return (words[:40].rstrip("_") or "Sales_Path")


def _xml(root: Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode("utf-8") + b"\n"


def _package(name: str) -> Element:
    root = Element("Package", xmlns=NAMESPACE)
    for member, kind in ((name, "PathAssistant"), ("OpportunityStage", "StandardValueSet")):
        types = SubElement(root, "types")
        SubElement(types, "members").text = member
        SubElement(types, "name").text = kind
    SubElement(root, "version").text = API_VERSION
    return root


def forecast(step: CrmStep) -> str:
    if step.closed:
        return "Closed" if step.won else "Omitted"
    return "Commit" if step.probability >= 0.7 else "BestCase" if step.probability >= 0.4 else "Pipeline"


def _value_set(steps: list[CrmStep]) -> Element:
    root = Element("StandardValueSet", xmlns=NAMESPACE)
    SubElement(root, "sorted").text = "false"
    for i, step in enumerate(steps):
        value = SubElement(root, "standardValue")
        for key, text in (("fullName", xml_text(step.name)), ("default", _flag(i == 0)), ("label", xml_text(step.name)),
                          ("closed", _flag(step.closed)), ("forecastCategory", forecast(step)),
                          ("probability", str(round(step.probability * 100))), ("won", _flag(step.won))):
            SubElement(value, key).text = text
    return root


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _path(steps: list[CrmStep], name: str, label: str, language: str) -> Element:
    root = Element("PathAssistant", xmlns=NAMESPACE)
    SubElement(root, "active").text = "true"
    SubElement(root, "entityName").text = "Opportunity"
    SubElement(root, "fieldName").text = "StageName"
    SubElement(root, "masterLabel").text = xml_text(label)[:80]
    for step in steps:
        info = guidance(step.node, language)
        if info:
            item = SubElement(root, "pathAssistantSteps")
            SubElement(item, "info").text = xml_text(info)
            SubElement(item, "picklistValueName").text = xml_text(step.name)
    SubElement(root, "recordTypeName").text = "__MASTER__"
    return root


def guidance(node, language: str) -> str:
    """Rich text: the stage's entry criteria, then its exit checklist, within 1,000 characters."""
    parts = []
    if getattr(node, "entry_criteria", "").strip():
        parts += [f"<p><b>{html.escape(say('entry', language))}</b></p>", f"<p>{html.escape(node.entry_criteria.strip())}</p>"]
    items = getattr(node, "exit_checklist", ())
    if items:
        required = html.escape(say("required", language))
        parts.append(f"<p><b>{html.escape(say('checklist', language))}</b></p><ul>")
        parts += [f"<li>{html.escape(i.text)}{f' ({required})' if i.required else ''}</li>" for i in items]
        parts.append("</ul>")
    out = ""
    for part in parts:   # whole paragraphs and items only, so the rich text stays well formed
        closing = "</ul>" if "<ul>" in out and not out.endswith("</ul>") and part != "</ul>" else ""
        if len(out) + len(part) + len(closing) > MAX_GUIDANCE:
            return out + ("</ul>" if "<ul>" in out and not out.endswith("</ul>") else "")
        out += part
    return out


def pages(path) -> list[str]:
    return [Path(path).name]


def read(path, page: str | None = None, decide=None) -> SalesMap:
    from defusedxml import ElementTree as SafeTree

    source = Path(path)
    file = source / VALUE_SET if source.is_dir() else source
    try:
        root = SafeTree.fromstring(read_limited(file, "Salesforce"))
    except Exception as err:   # defusedxml's refusals and expat's parse errors alike
        raise InteropError(str(file), "", f"not a readable standard value set ({err})") from None
    values = [e for e in root.iter() if _local(e.tag) == "standardValue"]
    steps = [_step(value, str(file), f"standardValue[{i}]") for i, value in enumerate(values)]
    title = source.name if source.is_dir() else "Opportunity stages"
    return pipeline_map(steps, title, str(file))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _step(value, file: str, where: str) -> ForeignStep:
    fields = {_local(child.tag): (child.text or "").strip() for child in value}
    name = text_at(fields.get("label") or fields.get("fullName"), file, f"{where}.label")
    closed, won = fields.get("closed") == "true", fields.get("won") == "true"
    ids = (fields["fullName"],) if fields.get("fullName") and fields["fullName"] != name else ()
    return ForeignStep(name, ("won" if won else "lost") if closed else None, crm_ids=ids)
