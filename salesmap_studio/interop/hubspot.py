"""HubSpot deal pipeline (`--to hubspot`, a `.json` file): the body of `POST /crm/v3/pipelines/deals`.

`label` (the map's title), `displayOrder`, and `stages` in pipeline order, each with a unique
`label`, its `displayOrder` and `metadata.probability`: the chance that a deal there ends won,
as a string from "0.0" to "1.0" (closed won "1.0", closed lost "0.0"); closed stages also say
`metadata.isClosed` "true". Import reads that body or the `GET /crm/v3/pipelines/deals` response.
"""

from __future__ import annotations

from pathlib import Path

from ..model import SalesMap
from .crm_import import ForeignStep, in_listed_order, pipeline_map, read_json, text_at
from .crm_pipeline import pipeline, write_json
from .errors import InteropError


def body(doc: SalesMap, file: str = "") -> dict:
    stages = []
    for order, step in enumerate(pipeline(doc, file)):
        metadata = {"probability": _probability(step.probability)}
        if step.closed:
            metadata["isClosed"] = "true"
        stages.append({"label": step.name, "displayOrder": order, "metadata": metadata})
    return {"label": doc.info.title or "Sales pipeline", "displayOrder": 0, "stages": stages}


def _probability(value: float) -> str:
    return repr(round(value, 2) + 0.0)   # "0.0", "0.35", "1.0"


def write(doc: SalesMap, path) -> None:
    write_json(path, body(doc, str(path)))


def read(path, page: str | None = None, decide=None) -> SalesMap:
    """The first pipeline of the file (a pipeline body, or the list pipelines response)."""
    file = str(path)
    data = read_json(path, "HubSpot")
    where = "results[0]" if isinstance(data, dict) and isinstance(data.get("results"), list) else ""
    found = data["results"][0] if where and data["results"] else data
    if not isinstance(found, dict) or not isinstance(found.get("stages"), list):
        raise InteropError(file, where or "(top)", "no HubSpot pipeline here: it wants an object with 'stages'")
    stages = in_listed_order(found["stages"], "displayOrder")
    marked = any(isinstance(s, dict) and isinstance(s.get("metadata"), dict) and "isClosed" in s["metadata"]
                 for _, s in stages)
    steps = [_step(stage, file, f"{where + '.' if where else ''}stages[{i}]", marked) for i, stage in stages]
    title = text_at(found.get("label") or Path(path).stem, file, f"{where or '(top)'}.label")
    return pipeline_map(steps, title, file)


def _step(stage, file: str, where: str, marked: bool) -> ForeignStep:
    """One stage; closed when it says `isClosed`, or (in a file that never says) at probability 0 or 1."""
    if not isinstance(stage, dict):
        raise InteropError(file, where, "wants a stage object")
    metadata = stage.get("metadata") if isinstance(stage.get("metadata"), dict) else {}
    try:
        probability = float(metadata.get("probability", "0.5"))
    except (TypeError, ValueError):
        raise InteropError(file, f"{where}.metadata.probability", "wants a number from 0.0 to 1.0") from None
    if not 0.0 <= probability <= 1.0:
        raise InteropError(file, f"{where}.metadata.probability", "wants a number from 0.0 to 1.0")
    closed = str(metadata.get("isClosed")).lower() == "true" if marked else probability in (0.0, 1.0)
    result = None if not closed else ("won" if probability >= 1.0 else "lost")
    ids = (str(stage["id"]),) if isinstance(stage.get("id"), str) and stage["id"].strip() else ()
    return ForeignStep(text_at(stage.get("label"), file, f"{where}.label"), result, crm_ids=ids)
