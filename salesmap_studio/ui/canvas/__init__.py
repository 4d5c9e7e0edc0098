"""The map canvas: a scene that mirrors the document, and the view the user draws in."""

from .scene import MapScene
from .view import PALETTE_MIME, MapView

__all__ = ["MapScene", "MapView", "PALETTE_MIME"]
