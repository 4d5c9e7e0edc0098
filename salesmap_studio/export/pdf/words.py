"""The PDF's own words in the map's language (German for "de…", English otherwise)."""

from __future__ import annotations

WORDS = {
    "page": ("Page {n} of", "Seite {n} von"),
    "legend-lanes": ("Lanes", "Bereiche"),
    "legend-links": ("Links", "Pfeile"),
    "flow": ("Flow", "Ablauf"),
    "yes": ("Yes", "Ja"),
    "no": ("No", "Nein"),
    "objection": ("Objection", "Einwand"),
    "sheet": ("{name} · row {row} of {rows}, column {col} of {cols}",
              "{name} · Zeile {row} von {rows}, Spalte {col} von {cols}"),
    "assembly": ("How to assemble the poster: {cols} × {rows} sheets, trim along the crop marks, "
                 "overlap about 10 mm",
                 "Poster zusammensetzen: {cols} × {rows} Blätter, an den Schnittmarken beschneiden, "
                 "ca. 10 mm überlappen"),
    "small-text": ("Text prints at {pt} pt on {page} (below 6 pt). A poster of {cols} × {rows} "
                   "sheets prints it at 6 pt or more.",
                   "Text wird auf {page} mit {pt} pt gedruckt (unter 6 pt). Ein Poster aus "
                   "{cols} × {rows} Blättern druckt ihn mit mindestens 6 pt."),
    "small-text-no-fix": ("Text prints at {pt} pt on {page} (below 6 pt); choose a larger page.",
                          "Text wird auf {page} mit {pt} pt gedruckt (unter 6 pt); wählen Sie ein "
                          "größeres Format."),
    "map": ("Map", "Karte"),
    "playbook": ("Playbook", "Playbook"),
    "overview": ("Poster overview", "Posterübersicht"),
}


def is_german(language: str) -> bool:
    return language.lower().split("-")[0] == "de"


def say(key: str, language: str, **values) -> str:
    english, german = WORDS[key]
    return (german if is_german(language) else english).format(**values)
