"""Every change to a map as an undoable command, started through the `Modeling` facade."""

from .commands import (
    AddNode,
    AddNote,
    Connect,
    MoveNodes,
    RemoveItems,
    ReplaceEntities,
    ResolveConflict,
    SetConflicts,
    SetLanes,
    SetLinkFields,
    SetMapInfo,
    SetNodeFields,
    SetNoteFields,
    SetPhases,
)
from .modeling import Modeling

__all__ = [
    "AddNode", "AddNote", "Connect", "MoveNodes", "RemoveItems", "ReplaceEntities", "ResolveConflict", "SetConflicts", "SetLanes",
    "SetLinkFields", "SetMapInfo", "SetNodeFields", "SetNoteFields", "SetPhases", "Modeling",
]
