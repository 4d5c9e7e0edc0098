"""Which of the two languages analysis messages are written in: the map's own."""

from __future__ import annotations


def is_german(language: str) -> bool:
    return language.lower().split("-")[0] == "de"


def pick(language: str, english: str, german: str) -> str:
    return german if is_german(language) else english
