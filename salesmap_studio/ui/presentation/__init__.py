"""Presentation mode (F5): walk the room through the map, one stage at a time."""
