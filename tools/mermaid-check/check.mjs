// Mermaid's own parser on each text of a JSON list read from stdin; prints, for each,
// {ok, error} or {ok, vertices, edges, subgraphs} as Mermaid understood them (tests/interop/test_mermaid.py).
import { JSDOM } from "jsdom";
const dom = new JSDOM("<!DOCTYPE html><body></body>", { pretendToBeVisual: true });
globalThis.window = dom.window; globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser; globalThis.Element = dom.window.Element;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
let input = ""; for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const text of JSON.parse(input)) {
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const vertices = [...db.getVertices().values()].map(v => ({ id: v.id, text: v.text, type: v.type }));
    const edges = db.getEdges().map(e => ({ start: e.start, end: e.end, text: e.text, stroke: e.stroke }));
    const subgraphs = db.getSubGraphs().map(s => ({ title: s.title, nodes: s.nodes }));
    out.push({ ok: true, vertices, edges, subgraphs });
  } catch (err) { out.push({ ok: false, error: String(err && err.message || err) }); }
}
process.stdout.write(JSON.stringify(out));
