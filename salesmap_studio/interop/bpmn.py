"""BPMN 2.0 XML (`.bpmn`): the map for Camunda Modeler, bpmn.io and Signavio.

A collaboration with one participant (the map's title) around one process: a `laneSet`
with one lane per owner, a task per stage (entry criteria, activities, exit checklist and
substeps in its `documentation`), an `exclusiveGateway` per decision, an end event per
outcome, a start event before the map's start, and a sequence flow per link, named with
its label; the yes/no flows leaving a gateway carry that answer as their condition. The
diagram interchange (`bpmn_diagram`) places everything where the map has it.

An outcome that something leads on from (nurture back to marketing) is an intermediate
throw event instead: a BPMN end event may have no outgoing flow. Nodes without an owner
join the lane they are drawn in. Sticky notes become text annotations.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement, tostring

from ..analysis.geometry import label_text, lane_bands
from ..analysis.safe_text import xml_text
from ..analysis.words import say
from ..model import SalesMap
from ..persistence import atomic_write
from .bpmn_diagram import COLLABORATION_ID, PARTICIPANT_ID, PROCESS_ID, START_ID, diagram, element_id

NAMESPACES = {
    "xmlns:bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "xmlns:bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "xmlns:dc": "http://www.omg.org/spec/DD/20100524/DC",
    "xmlns:di": "http://www.omg.org/spec/DD/20100524/DI",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
}


def write(doc: SalesMap, path) -> None:
    atomic_write(path, document(doc))


def document(doc: SalesMap) -> bytes:
    root = Element("bpmn:definitions", {**NAMESPACES, "id": "definitions", "exporter": "SalesMap Studio",
                                        "targetNamespace": "https://salesmap.studio/bpmn"})
    collaboration = SubElement(root, "bpmn:collaboration", id=COLLABORATION_ID)
    SubElement(collaboration, "bpmn:participant", id=PARTICIPANT_ID,
               name=xml_text(doc.info.title) or say("map", doc.info.language), processRef=PROCESS_ID)
    process = SubElement(root, "bpmn:process", id=PROCESS_ID, isExecutable="false")
    _lane_set(process, doc)
    flows = _flows(doc)
    ends: dict[str, tuple[list[str], list[str]]] = {element_id("node", node.id): ([], []) for node in doc.nodes()}
    for flow_id, source, target, _, _ in flows:
        ends.get(target, ([], []))[0].append(flow_id)
        ends.get(source, ([], []))[1].append(flow_id)
    for node in doc.nodes():
        _flow_node(process, doc, node, ends[element_id("node", node.id)])
    if doc.start is not None:
        event = SubElement(process, "bpmn:startEvent", id=START_ID)
        SubElement(event, "bpmn:outgoing").text = element_id("flow", START_ID)
    for flow_id, source, target, name, condition in flows:
        _sequence_flow(process, flow_id, source, target, name, condition)
    for note in doc.notes():
        annotation = SubElement(process, "bpmn:textAnnotation", id=element_id("note", note.id))
        SubElement(annotation, "bpmn:text").text = xml_text(note.text)
    root.append(diagram(doc))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode("utf-8")


def lane_members(doc: SalesMap) -> dict[str, list[str]]:
    """Lane id -> ids of its nodes: the owner's lane, else the lane band the node is drawn in."""
    bands = dict(zip((lane.id for lane in doc.lanes()), lane_bands(doc)))
    members: dict[str, list[str]] = {lane_id: [] for lane_id in bands}
    for node in doc.nodes():
        owner = getattr(node, "owner", None)
        if owner not in members:
            owner = next((lane_id for lane_id, band in bands.items()
                          if band.shape.rect.y <= node.y < band.shape.rect.bottom), None)
        if owner is not None:
            members[owner].append(node.id)
    return members


def _lane_set(process: Element, doc: SalesMap) -> None:
    if not doc.lanes():
        return
    members = lane_members(doc)
    if doc.start is not None and members:
        start_lane = next((lane for lane, ids in members.items() if doc.start in ids), next(iter(members)))
        members[start_lane].append(START_ID)
    lane_set = SubElement(process, "bpmn:laneSet", id="lanes")
    for lane in doc.lanes():
        element = SubElement(lane_set, "bpmn:lane", id=element_id("lane", lane.id), name=xml_text(lane.name))
        for node_id in members[lane.id]:
            ref = START_ID if node_id == START_ID else element_id("node", node_id)
            SubElement(element, "bpmn:flowNodeRef").text = ref


def _flows(doc: SalesMap) -> list[tuple[str, str, str, str, str | None]]:
    """(id, source, target, name, condition) of every sequence flow, the start event's first."""
    language = doc.info.language
    flows = []
    if doc.start is not None:
        flows.append((element_id("flow", START_ID), START_ID, element_id("node", doc.start), "", None))
    for link in doc.links():
        answer = link.kind in ("yes", "no") and doc.node(link.source).kind == "decision"
        flows.append((element_id("flow", link.id), element_id("node", link.source), element_id("node", link.target),
                      label_text(link, language), say(link.kind, language) if answer else None))
    return flows


def _flow_node(process: Element, doc: SalesMap, node, ends: tuple[list[str], list[str]]) -> None:
    node_id = element_id("node", node.id)
    if node.kind == "stage":
        tag = "bpmn:task"
    elif node.kind == "decision":
        tag = "bpmn:exclusiveGateway"
    else:
        tag = "bpmn:intermediateThrowEvent" if doc.links_from(node.id) else "bpmn:endEvent"
    element = SubElement(process, tag, id=node_id, name=xml_text(node.name))
    text = documentation(node, doc.info.language)
    if text:
        SubElement(element, "bpmn:documentation").text = xml_text(text)
    for tag, flow_ids in zip(("bpmn:incoming", "bpmn:outgoing"), ends):
        for flow_id in flow_ids:
            SubElement(element, tag).text = flow_id


def documentation(node, language: str) -> str:
    """A stage's entry criteria, activities, exit checklist and substeps (and any node's notes),
    headed in the map's language; "" when there is nothing to say."""
    parts = []
    if node.kind == "stage":
        required = say("required", language)
        checklist = [f"- {item.text}" + (f" ({required})" if item.required else "") for item in node.exit_checklist]
        for key, body in (("entry", node.entry_criteria), ("activities", node.activities),
                          ("checklist", "\n".join(checklist)), ("substeps", "\n".join(f"- {s}" for s in node.substeps))):
            if body.strip():
                parts.append(f"{say(key, language)}:\n{body.strip()}")
    if node.notes.strip():
        parts.append(f"{say('notes', language)}:\n{node.notes.strip()}")
    return "\n\n".join(parts)


def _sequence_flow(process: Element, flow_id: str, source: str, target: str, name: str, condition) -> None:
    attributes = {"id": flow_id, "sourceRef": source, "targetRef": target}
    if name:
        attributes["name"] = xml_text(name)
    flow = SubElement(process, "bpmn:sequenceFlow", attributes)
    if condition is not None:
        expression = SubElement(flow, "bpmn:conditionExpression", {"xsi:type": "bpmn:tFormalExpression"})
        expression.text = xml_text(condition)
