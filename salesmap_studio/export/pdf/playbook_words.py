"""The playbook's headings and phrases in English and German."""

from __future__ import annotations

from .words import is_german

PHRASES = {
    "playbook": ("Playbook", "Playbook"),
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


def phrase(key: str, language: str, **values) -> str:
    english, german = PHRASES[key]
    return (german if is_german(language) else english).format(**values)


def number(value: float, language: str, decimals: int = 0) -> str:
    """1,234.5 in English, 1.234,5 in German."""
    text = f"{value:,.{decimals}f}"
    if is_german(language):
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
