// bpmn.io's own reader (bpmn-moddle) on each BPMN text of a JSON list read from stdin; prints, for
// each, {ok, error} or {ok, warnings, elements, lanes, flows, shapes, edges} as it understood them
// (tests/interop/test_bpmn.py).
import { BpmnModdle } from "bpmn-moddle";
const moddle = new BpmnModdle();
let input = ""; for await (const chunk of process.stdin) input += chunk;
const bounds = b => b && { x: b.x, y: b.y, width: b.width, height: b.height };
const out = [];
for (const text of JSON.parse(input)) {
  try {
    const { rootElement, warnings, elementsById } = await moddle.fromXML(text, "bpmn:Definitions");
    const all = Object.values(elementsById);
    const of = type => all.filter(e => e.$type === type);
    const elements = all.filter(e => e.$instanceOf("bpmn:FlowNode") || e.$instanceOf("bpmn:Artifact"))
      .map(e => ({ id: e.id, type: e.$type, name: e.name ?? e.text ?? null,
                   documentation: (e.documentation || []).map(d => d.text).join("\n") }));
    const lanes = of("bpmn:Lane").map(l => ({ id: l.id, name: l.name, nodes: (l.flowNodeRef || []).map(n => n.id) }));
    const flows = of("bpmn:SequenceFlow").map(f => ({ id: f.id, name: f.name ?? null, source: f.sourceRef?.id,
      target: f.targetRef?.id, condition: f.conditionExpression ? f.conditionExpression.body : null }));
    const plane = rootElement.diagrams[0].plane;
    const shapes = plane.planeElement.filter(e => e.$type === "bpmndi:BPMNShape")
      .map(s => ({ element: s.bpmnElement?.id, bounds: bounds(s.bounds), label: bounds(s.label?.bounds) }));
    const edges = plane.planeElement.filter(e => e.$type === "bpmndi:BPMNEdge")
      .map(e => ({ element: e.bpmnElement?.id, waypoints: e.waypoint.map(p => [p.x, p.y]) }));
    out.push({ ok: true, warnings: warnings.map(w => w.message), participants: of("bpmn:Participant").map(p => p.name),
               elements, lanes, flows, shapes, edges });
  } catch (err) { out.push({ ok: false, error: String(err && err.message || err) }); }
}
process.stdout.write(JSON.stringify(out));
