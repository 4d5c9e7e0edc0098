"""A CRM pipeline in a `.json` file: HubSpot's (stages with a `label`, or a `results` list of
pipelines) or Pipedrive's (stages with a `name`, or a `data` list), told apart by their keys."""

from __future__ import annotations

from pathlib import Path

from ..model import SalesMap
from . import hubspot, pipedrive
from .crm_import import read_json


def _module(path):
    data = read_json(path, "CRM pipeline")
    if isinstance(data, dict) and ("data" in data or "pipeline" in data):
        return pipedrive
    return hubspot   # its reader names what is missing when it is neither


def pages(path) -> list[str]:
    return [Path(path).stem]


def read(path, page: str | None = None, decide=None) -> SalesMap:
    return _module(path).read(path, page=page, decide=decide)
