"""The entities of a sales process map, exactly as `spec/smap-format.md` defines them."""

from __future__ import annotations

from typing import Annotated, Literal, Union, get_args

from pydantic import Field, StrictStr

from .crm import CrmNames
from .fields import Amount, Color, Coord, Days, Entity, Flag, Id, LaneHeight, Name, Share, Text
from .limits import MAX_KPIS

MAX_CHECKLIST = 200
MAX_SUBSTEPS = 200
MAX_POINTS = 100

NodeKind = Literal["stage", "decision", "outcome"]
LinkKind = Literal["flow", "yes", "no", "objection"]
Result = Literal["won", "lost", "nurture"]
Period = Literal["month", "quarter", "year"]

LINK_KINDS: tuple[str, ...] = get_args(LinkKind)   # in the flow's order (analysis/flow.py)
RESULTS: tuple[str, ...] = get_args(Result)
PERIODS: tuple[str, ...] = ("month", "quarter", "year")


class ChecklistItem(Entity):
    text: Text
    required: Flag = False


class Lane(Entity):
    """A department or role that owns stages, drawn as a swimlane."""

    id: Id
    name: Name
    color: Color = "#2E86DE"


class Phase(Entity):
    """A buyer-journey phase, drawn as a band over the stages it holds."""

    id: Id
    name: Name


class _NodeBase(Entity):
    id: Id
    name: Name
    notes: Text = ""
    x: Coord = 0.0
    y: Coord = 0.0


class Stage(_NodeBase):
    kind: Literal["stage"] = "stage"
    entry_criteria: Text = ""
    activities: Text = ""
    exit_checklist: Annotated[tuple[ChecklistItem, ...], Field(max_length=MAX_CHECKLIST)] = ()
    substeps: Annotated[tuple[Text, ...], Field(max_length=MAX_SUBSTEPS)] = ()
    owner: Id | None = None
    phase: Id | None = None
    expected_days: Days | None = None
    conversion_rate: Share | None = None
    crm_stages: CrmNames = ()


class Decision(_NodeBase):
    kind: Literal["decision"] = "decision"
    owner: Id | None = None
    phase: Id | None = None


class Outcome(_NodeBase):
    kind: Literal["outcome"] = "outcome"
    result: Result
    crm_stages: CrmNames = ()


Node = Annotated[Union[Stage, Decision, Outcome], Field(discriminator="kind")]
NodeTypes = (Stage, Decision, Outcome)


class Link(Entity):
    """An arrow between two nodes; `share` is the part of the deals leaving `source` that take it."""

    id: Id
    source: Id
    target: Id
    kind: LinkKind = "flow"
    label: Text = ""
    share: Share | None = None
    points: Annotated[tuple[tuple[Coord, Coord], ...], Field(max_length=MAX_POINTS)] = ()  # bends, source to target


class Note(Entity):
    """A free sticky note (workshop parking lot); not part of the flow."""

    id: Id
    text: Text = ""
    x: Coord = 0.0
    y: Coord = 0.0
    color: Color = "#FFF3B0"


class Kpi(Entity):
    name: Name
    target: Text = ""


class Funnel(Entity):
    """Reverse-funnel settings: `target` won deals per `period`."""

    target: Annotated[Amount, Field(gt=0.0)]
    period: Period = "year"
    won_at: Id | None = None
    deal_value: Amount | None = None
    currency: Annotated[StrictStr, Field(pattern=r"^([A-Z]{3})?$")] = ""


class MapInfo(Entity):
    """Everything about a map that is not a list of entities."""

    title: Text = ""
    goal: Text = ""
    language: Annotated[StrictStr, Field(pattern=r"^([A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*)?$")] = ""
    start: Id | None = None
    kpis: Annotated[tuple[Kpi, ...], Field(max_length=MAX_KPIS)] = ()
    funnel: Funnel | None = None
    lane_height: LaneHeight = 260.0
