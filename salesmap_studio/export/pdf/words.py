"""The PDF's own words (map page, poster, playbook) in the map's language: German for "de…",
English otherwise."""

from __future__ import annotations

from ...analysis.language import is_german

__all__ = ["WORDS", "is_german", "say", "number"]

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
    # One line of 9 pt across an A4 portrait page (527 pt) even at 12 × 12 sheets.
    "assembly": ("How to assemble: {cols} × {rows} sheets, trim along the crop marks, "
                 "lay each over its left and upper neighbours",
                 "Zusammensetzen: {cols} × {rows} Blätter, an den Schnittmarken beschneiden, "
                 "jedes auf den linken und oberen Nachbarn"),
    "omitted": ("left out", "entfällt"),
    "small-text": ("Text prints at {pt} pt on {page} (below 6 pt). A poster of {cols} × {rows} "
                   "sheets prints it at 6 pt or more.",
                   "Text wird auf {page} mit {pt} pt gedruckt (unter 6 pt). Ein Poster aus "
                   "{cols} × {rows} Blättern druckt ihn mit mindestens 6 pt."),
    "small-text-no-fix": ("Text prints at {pt} pt on {page} (below 6 pt); choose a larger page.",
                          "Text wird auf {page} mit {pt} pt gedruckt (unter 6 pt); wählen Sie ein "
                          "größeres Format."),
    "map": ("Map", "Karte"),
    "playbook": ("Playbook", "Playbook"),
    "parking-lot": ("Parking lot", "Parkplatz"),
    "parking-lot-intro": ("Open questions from the workshop ({n}), to settle before the map is final.",
                          "Offene Fragen aus dem Workshop ({n}), zu klären, bevor die Karte fertig ist."),
    "parking-lot-empty": ("No open questions: the map has no sticky notes.",
                          "Keine offenen Fragen: Die Karte hat keine Haftnotizen."),
    "overview": ("Poster overview", "Posterübersicht"),
    # the playbook
    "kpis": ("KPIs", "Kennzahlen"),
    "funnel": ("Funnel", "Trichter"),
    "funnel-target": ("Target: {target} won deals per {period}", "Ziel: {target} gewonnene Deals pro {period}"),
    "deal-value": ("Deal value: {value}", "Dealwert: {value}"),
    "entries": ("Deals that must enter: {value}", "Deals, die hereinkommen müssen: {value}"),
    "win-rate": ("Win rate from the start: {value}", "Gewinnquote ab Start: {value}"),
    "cycle": ("Average sales cycle: {value} days", "Durchschnittlicher Verkaufszyklus: {value} Tage"),
    "revenue": ("Revenue at target: {value}", "Umsatz bei Zielerreichung: {value}"),
    "owner": ("Owner", "Verantwortlich"),
    "phase": ("Phase", "Phase"),
    "days": ("Days in stage", "Tage im Schritt"),
    "conversion": ("Conversion", "Konversion"),
    "entry": ("Entry criteria", "Eingangskriterien"),
    "activities": ("Activities", "Aktivitäten"),
    "substeps": ("Substeps", "Teilschritte"),
    "checklist": ("Exit checklist", "Ausgangs-Checkliste"),
    "required": ("required", "Pflicht"),
    "next": ("Next", "Weiter"),
    "branches": ("Branches", "Zweige"),
    "decision": ("Decision", "Entscheidung"),
    "outcome": ("Outcome", "Ergebnis"),
    "notes": ("Notes", "Notizen"),
    "won": ("won", "gewonnen"),
    "lost": ("lost", "verloren"),
    "nurture": ("back to nurturing", "zurück ins Nurturing"),
    "month": ("month", "Monat"),
    "quarter": ("quarter", "Quartal"),
    "year": ("year", "Jahr"),
}


def say(key: str, language: str, **values) -> str:
    english, german = WORDS[key]
    return (german if is_german(language) else english).format(**values)


def number(value: float, language: str, decimals: int = 0) -> str:
    """1,234.5 in English, 1.234,5 in German."""
    text = f"{value:,.{decimals}f}"
    if is_german(language):
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
