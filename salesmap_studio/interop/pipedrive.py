"""Pipedrive stages (`--to pipedrive`, a `.json` file): the bodies for `POST /v1/stages`.

`{"pipeline": {"name": …}, "stages": [...]}`, each stage with `name`, `order_nr` (from 1),
`deal_probability` (0 to 100, the chance that a deal there ends won), and `rotten_flag` /
`rotten_days` (a deal rots after the stage's expected days, rounded up). Won and lost are a
deal's status in Pipedrive, not stages, so only open stages are written. Import reads that
file or the `GET /v1/stages` response (`{"success": true, "data": [...]}`) and adds the won and
lost outcomes (of the response, the stages of the first stage's pipeline).
"""

from __future__ import annotations

import math
from pathlib import Path

from ..analysis.words import say
from ..model import SalesMap
from .crm_import import ForeignStep, in_listed_order, pipeline_map, read_json, text_at
from .crm_pipeline import pipeline, write_json
from .errors import InteropError


def body(doc: SalesMap, file: str = "") -> dict:
    stages = []
    for step in (step for step in pipeline(doc, file) if not step.closed):
        days = getattr(step.node, "expected_days", None)
        rotten = math.ceil(days) if days else None
        stages.append({"name": step.name, "order_nr": len(stages) + 1,
                       "deal_probability": round(step.probability * 100),
                       "rotten_flag": rotten is not None, "rotten_days": rotten})
    return {"pipeline": {"name": doc.info.title or "Sales pipeline"}, "stages": stages}


def write(doc: SalesMap, path) -> None:
    write_json(path, body(doc, str(path)))


def read(path, page: str | None = None, decide=None) -> SalesMap:
    file = str(path)
    data = read_json(path, "Pipedrive")
    key = "data" if isinstance(data, dict) and "data" in data else "stages"
    stages = data.get(key) if isinstance(data, dict) else None
    if not isinstance(stages, list):
        raise InteropError(file, "(top)", "no Pipedrive stages here: it wants an object with 'stages' or 'data'")
    first = stages[0].get("pipeline_id") if stages and isinstance(stages[0], dict) else None
    numbered = [(i, stage) for i, stage in in_listed_order(stages, "order_nr")   # the response lists every
                if not isinstance(stage, dict) or stage.get("pipeline_id") == first]  # pipeline's: the first one's
    steps = [_step(stage, file, f"{key}[{i}]") for i, stage in numbered]
    pipeline_info = data.get("pipeline") if isinstance(data.get("pipeline"), dict) else {}
    title = text_at(pipeline_info.get("name") or Path(path).stem, file, "pipeline.name")
    closed = [ForeignStep(say("new-won", "en"), "won"), ForeignStep(say("new-lost", "en"), "lost")]
    return pipeline_map(steps + closed, title, file)


def _step(stage, file: str, where: str) -> ForeignStep:
    if not isinstance(stage, dict):
        raise InteropError(file, where, "wants a stage object")
    days = stage.get("rotten_days") if stage.get("rotten_flag") else None
    if days is not None and (isinstance(days, bool) or not isinstance(days, (int, float)) or not 0 <= days <= 3650):
        raise InteropError(file, f"{where}.rotten_days", "wants a whole number of days from 0 to 3650")
    ids = (str(stage["id"]),) if isinstance(stage.get("id"), int) and not isinstance(stage.get("id"), bool) else ()
    return ForeignStep(text_at(stage.get("name"), file, f"{where}.name"), None,
                       float(days) if days is not None else None, ids)
