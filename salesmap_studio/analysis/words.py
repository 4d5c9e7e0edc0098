"""The words of exported documents and of findings, in English and German: the one table.

The rule (docs/DEVELOPING.md, "Words and languages"): words in a document made from a map
(the drawing, PDF pages and playbook, the command line's lint and funnel output, the names
new nodes start with) follow the map's language, so `say(key, map_language)`. On screen the
same findings follow the UI language: the UI asks Qt (`ui/i18n.py` serves this
table to Qt's translation system under the context "DocumentWords"). German for "de…",
English otherwise. A `{name}` is the name of the node a finding is about; the German uses
„…“ quotes and the polite "Sie".
"""

from __future__ import annotations

from .evidence_words import EVIDENCE_WORDS

WORDS: dict[str, tuple[str, str]] = {
    # ---- the drawing and the PDF (export/pdf) ----------------------------------------------------
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
    # the slide deck (export/deck)
    "deck-overview": ("Map overview: the tiles that follow", "Kartenübersicht: die folgenden Ausschnitte"),
    "deck-tile": ("Map · tile {name} ({n} of {total})", "Karte · Ausschnitt {name} ({n} von {total})"),
    "deck-kpis-funnel": ("KPIs and funnel", "Kennzahlen und Trichter"),
    "deck-volumes": ("Deals per {period} at each stage", "Deals pro {period} je Schritt"),
    "deck-as-of": ("As of {date}", "Stand: {date}"),
    # the deck's shape names, as PowerPoint's selection pane lists them
    "deck-shape-title": ("Title", "Titel"),
    "deck-shape-band": ("Colour band", "Farbband"),
    "deck-shape-title-goal": ("Title and goal", "Titel und Ziel"),
    "deck-shape-card": ("Card", "Karte"),
    "deck-shape-checklist": ("Checklist and next steps", "Checkliste und nächste Schritte"),
    "deck-shape-tile": ("Tile {name}", "Ausschnitt {name}"),
    "deck-shape-note": ("Note", "Notiz"),
    "deck-shape-label": ("Label", "Beschriftung"),
    "deck-shape-link": ("Link: {kind}", "Verbindung: {kind}"),
    "deck-shape-link-away": ("Link: {kind}, to tile {tile}", "Verbindung: {kind}, zu Ausschnitt {tile}"),
    # the PDF playbook
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
    "days-short": ("d", "T"),
    # ---- the web page's own words (export/web) ---------------------------------------------------
    "web-map": ("Map of the sales process", "Karte des Vertriebsprozesses"),
    "web-how": ("Drag to move, wheel or pinch to zoom; click a step, or Tab to it and press Enter, for its card.",
                "Ziehen verschiebt, Mausrad oder zwei Finger zoomen; Klick auf einen Schritt (oder Tab und "
                "Eingabe) zeigt seine Karte."),
    "web-search": ("Search", "Suchen"),
    "web-found": ("{n} found · Enter jumps to the next", "{n} gefunden · Eingabe springt zum nächsten"),
    "web-none-found": ("Nothing found", "Nichts gefunden"),
    "web-zoom-in": ("Zoom in", "Vergrößern"),
    "web-zoom-out": ("Zoom out", "Verkleinern"),
    "web-fit": ("Fit", "Einpassen"),
    "web-walk": ("Walk through", "Rundgang"),
    "web-walk-keys": ("→ next · ← back · ↓ ↑ choose the branch · Esc ends",
                      "→ weiter · ← zurück · ↓ ↑ Zweig wählen · Esc beendet"),
    "web-step": ("Step {n}", "Schritt {n}"),
    "web-taken": ("→ goes here", "→ geht hierhin"),
    "web-close": ("Close", "Schließen"),
    "web-print": ("Print", "Drucken"),
    "web-legend": ("Legend", "Legende"),
    "web-deals": ("Deals per {period} at each step", "Deals pro {period} je Schritt"),
    "web-cards": ("Step cards", "Steckbriefe der Schritte"),
    # ---- the names new nodes start with (editing/names.py; the user renames them at once) ---------
    "new-stage": ("New stage", "Neue Phase"),
    "new-decision": ("Decision?", "Entscheidung?"),
    "new-won": ("Closed won", "Gewonnen"),
    "new-lost": ("Closed lost", "Verloren"),
    "new-nurture": ("Back to nurture", "Zurück ins Nurturing"),
    # ---- map health findings (analysis/lint) and funnel errors (analysis/funnel.py) ---------------
    "no-start": (
        "The map has no start. Mark the step where deals enter as the start.",
        "Die Karte hat keinen Startpunkt. Markieren Sie den Schritt, an dem Deals hereinkommen, als Start.",
    ),
    "unreachable": (
        "“{name}” cannot be reached from the start. Draw an arrow to it from an earlier step, or delete it.",
        "„{name}“ ist vom Start aus nicht erreichbar. Ziehen Sie von einem früheren Schritt einen Pfeil "
        "dorthin – oder löschen Sie „{name}“.",
    ),
    "decision-no-yes": (
        "Decision “{name}” has no “yes” branch. Add one that says where the deal goes next.",
        "Die Entscheidung „{name}“ hat keinen Ja-Zweig. Ergänzen Sie, wohin der Deal bei „Ja“ weitergeht.",
    ),
    "decision-no-no": (
        "Decision “{name}” has no “no” branch. Add one that says what happens when the buyer says no.",
        "Die Entscheidung „{name}“ hat keinen Nein-Zweig. Ergänzen Sie, was passiert, wenn der Käufer "
        "Nein sagt.",
    ),
    "decision-one-way": (
        "Decision “{name}” leads only one way. A decision needs a “yes” and a “no” branch.",
        "Die Entscheidung „{name}“ führt nur in eine Richtung. Eine Entscheidung braucht einen Ja- und "
        "einen Nein-Zweig.",
    ),
    "shares-over": (
        "The shares leaving “{name}” add up to {total:.0%}, more than 100%. Lower them.",
        "Die Anteile, die „{name}“ verlassen, ergeben zusammen {total_de} % – mehr als 100 %. "
        "Verringern Sie die Anteile.",
    ),
    "shares-under": (
        "The shares leaving “{name}” add up to only {total:.0%}. Say where the other deals go.",
        "Die Anteile, die „{name}“ verlassen, ergeben zusammen nur {total_de} %. Ergänzen Sie, wohin "
        "die übrigen Deals gehen.",
    ),
    "dead-end": (
        "Deals stop at “{name}”: nothing leads on from it. Add the next step or an outcome.",
        "Bei „{name}“ bleiben Deals hängen: Von dort führt kein Pfeil weiter. Ergänzen Sie den nächsten "
        "Schritt oder ein Ergebnis.",
    ),
    "missing-entry-criteria": (
        "Stage “{name}” does not say what lets a deal in. Write its entry criteria.",
        "Der Schritt „{name}“ sagt nicht, wann ein Deal hineinkommt. Tragen Sie die Eingangskriterien ein.",
    ),
    "missing-exit-checklist": (
        "Stage “{name}” has no exit checklist. List what must be done before the deal moves on.",
        "Der Schritt „{name}“ hat keine Ausgangs-Checkliste. Halten Sie fest, was erledigt sein muss, "
        "bevor der Deal weitergeht.",
    ),
    "missing-owner": (
        "“{name}” has no owner. Drag it into the lane of the team that does it.",
        "„{name}“ ist niemandem zugeordnet. Ziehen Sie „{name}“ in die Bahn des zuständigen Teams.",
    ),
    "no-objection-path": (
        "The map never says what happens when a buyer says no. Add a “no” branch or an objection loop.",
        "Die Karte zeigt nirgends, was passiert, wenn ein Käufer Nein sagt. Ergänzen Sie einen Nein-Zweig "
        "oder eine Einwandschleife.",
    ),
    "too-many-stages": (
        "The main path has {count} stages. More than 15 is hard to follow; merge or drop some.",
        "Der Hauptpfad hat {count} Schritte. Mehr als 15 sind schwer zu überblicken; fassen Sie Schritte "
        "zusammen oder streichen Sie einzelne.",
    ),
    "duplicate-name": (
        "The name “{name}” is used {count} times. Give each step its own name so everyone knows which "
        "is meant.",
        "Der Name „{name}“ kommt {count}-mal vor. Geben Sie jedem Schritt einen eigenen Namen, damit klar "
        "ist, welcher gemeint ist.",
    ),
    "no-won-point": (
        "The funnel does not know where deals are won. Choose the won point in the funnel settings.",
        "Der Trichter weiß nicht, wo ein Deal als gewonnen gilt. Wählen Sie in den Trichter-Einstellungen "
        "den Gewonnen-Punkt.",
    ),
    "conversion-missing": (
        "Stage “{name}” has no conversion rate; the funnel counts it as 100 %. Enter the share of deals "
        "that move on.",
        "Der Schritt „{name}“ hat keine Konversionsrate; der Trichter rechnet mit 100 %. Tragen Sie ein, "
        "welcher Anteil der Deals weitergeht.",
    ),
    "funnel-no-settings": (
        "The map has no funnel settings. Set a target of won deals per period first.",
        "Die Karte hat keine Trichter-Einstellungen. Legen Sie zuerst ein Ziel an gewonnenen Deals pro "
        "Zeitraum fest.",
    ),
    "funnel-no-start": (
        "The funnel needs one start. Mark the step where deals enter as the start.",
        "Der Trichter braucht genau einen Start. Markieren Sie den Schritt, an dem Deals hereinkommen, "
        "als Start.",
    ),
    "funnel-never-won": (
        "No deal that enters at the start ever reaches the won point. Connect the path to it.",
        "Kein Deal, der am Start hereinkommt, erreicht je den Gewonnen-Punkt. Verbinden Sie den Weg dorthin.",
    ),
    "funnel-endless-loop": (
        "Deals that reach “{name}” go round a loop forever. Lower a conversion rate or share in that loop.",
        "Deals, die „{name}“ erreichen, drehen sich endlos im Kreis. Senken Sie in dieser Schleife eine "
        "Konversionsrate oder einen Anteil.",
    ),
    "funnel-beyond-planning": (
        "Fewer than one deal in a billion wins: the conversion rates and shares on the way to the won point "
        "multiply to almost nothing. Check them; a funnel this thin cannot be planned.",
        "Weniger als ein Deal von einer Milliarde wird gewonnen: Die Konversionsraten und Anteile auf dem Weg "
        "zum Gewonnen-Punkt ergeben multipliziert fast nichts. Prüfen Sie sie; so ein Trichter lässt sich "
        "nicht planen.",
    ),
    "funnel-too-large": (
        "The funnel can be computed for up to {limit} reachable nodes; this map has {count}.",
        "Der Trichter lässt sich für bis zu {limit} erreichbare Elemente berechnen; diese Karte hat {count}.",
    ),
    "unresolved-conflict": (
        "A merge left “{name}” undecided: {fields} differ between the two versions. Take one in the "
        "Conflicts panel.",
        "Eine Zusammenführung hat „{name}“ offen gelassen: {fields} unterscheiden sich zwischen den beiden "
        "Versionen. Übernehmen Sie eine im Konfliktfenster.",
    ),
    # ---- what changed between two versions of a map (versions/describe.py) -------------------
    "what-stage": ("Stage", "Schritt"),
    "what-decision": ("Decision", "Entscheidung"),
    "what-outcome": ("Outcome", "Ergebnis"),
    "what-link": ("Link", "Pfeil"),
    "what-lane": ("Lane", "Bereich"),
    "what-phase": ("Phase", "Phase"),
    "what-note": ("Note", "Notiz"),
    "what-kpi": ("KPI", "Kennzahl"),
    "what-map": ("Map", "Karte"),
    "diff-added": ("{what} added: “{name}”", "{what} hinzugefügt: „{name}“"),
    "diff-removed": ("{what} removed: “{name}”", "{what} entfernt: „{name}“"),
    "diff-renamed": ("{what} “{old}” renamed to “{new}”", "{what} „{old}“ umbenannt in „{new}“"),
    "diff-changed": ("{what} “{name}”: {field} changed", "{what} „{name}“: {field} geändert"),
    "diff-changed-to": ("{what} “{name}”: {field} {old} → {new}", "{what} „{name}“: {field} {old} → {new}"),
    "diff-map-changed": ("{field} changed", "{field} geändert"),
    "diff-map-changed-to": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "diff-list-added": ("{what} “{name}”: {field}: added “{entry}”", "{what} „{name}“: {field}: „{entry}“ hinzugefügt"),
    "diff-list-removed": ("{what} “{name}”: {field}: removed “{entry}”", "{what} „{name}“: {field}: „{entry}“ entfernt"),
    "diff-list-reordered": ("{what} “{name}”: {field} reordered", "{what} „{name}“: {field} neu geordnet"),
    "diff-made-required": ("{what} “{name}”: “{entry}” made required", "{what} „{name}“: „{entry}“ ist jetzt Pflicht"),
    "diff-made-optional": ("{what} “{name}”: “{entry}” made optional", "{what} „{name}“: „{entry}“ ist jetzt optional"),
    "diff-re-pointed": ("Link {old} re-pointed to {new}", "Pfeil {old} umgehängt auf {new}"),
    "diff-relabelled": ("Link {name}: label “{old}” → “{new}”", "Pfeil {name}: Beschriftung „{old}“ → „{new}“"),
    "diff-re-typed": ("Link {name}: {old} → {new}", "Pfeil {name}: {old} → {new}"),
    "diff-reordered": ("{what}: order changed", "{what}: Reihenfolge geändert"),
    "diff-moved": ("{count} items moved", "{count} Elemente verschoben"),
    "diff-moved-one": ("1 item moved", "1 Element verschoben"),
    "diff-equal": ("No differences.", "Keine Unterschiede."),
    "diff-summary": ("{count} changes", "{count} Änderungen"),
    "diff-summary-one": ("1 change", "1 Änderung"),
    "none": ("none", "keine"),
    "field-name": ("Name", "Name"),
    "field-result": ("Result", "Ergebnisart"),
    "field-crm": ("CRM stages", "CRM-Phasen"),
    "field-color": ("Colour", "Farbe"),
    "field-text": ("Text", "Text"),
    "field-kind": ("Kind", "Art"),
    "field-share": ("Share", "Anteil"),
    "field-target": ("Target", "Ziel"),
    "field-title": ("Title", "Titel"),
    "field-goal": ("Goal", "Zielbild"),
    "field-language": ("Language", "Sprache"),
    "field-start": ("Start", "Start"),
    "field-lane-height": ("Lane height", "Bahnhöhe"),
    **EVIDENCE_WORDS,
}


def is_german(language: str) -> bool:
    return language.lower().split("-")[0] == "de"


def english(key: str) -> str:
    """The English of `key`: the source text Qt translates on screen."""
    return WORDS[key][0]


def german_for(english_text: str) -> str | None:
    """The German of an English text in the table, or None when the table does not have it."""
    return _GERMAN.get(english_text)


def fill(text: str, **values) -> str:
    """`text` (English or German) with `values` filled in; a share `total` is written for both."""
    if "total" in values:
        values["total_de"] = f"{values['total'] * 100:.0f}"
    return text.format(**values)


def say(key: str, language: str, **values) -> str:
    """`key` in the map's `language`, with `values` filled in."""
    return fill(unfilled(key, language), **values)


def say_count(key: str, n: int, language: str, **values) -> str:
    """`key` for a count `n` (written as `{n}`): its "-one" form for exactly one, where the table has
    one (English and German both set one apart from every other number)."""
    one = f"{key}-one"
    return say(one if n == 1 and one in WORDS else key, language, n=number(n, language), **values)


def unfilled(key: str, language: str) -> str:
    """`key` in the map's `language` with its `{…}` places left open (the web page fills them itself)."""
    english_text, german_text = WORDS[key]
    return german_text if is_german(language) else english_text


def number(value: float, language: str, decimals: int = 0) -> str:
    """1,234.5 in English, 1.234,5 in German."""
    text = f"{value:,.{decimals}f}"
    if is_german(language):
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def date_text(day, language: str) -> str:
    """A date as readers of the map's language write it: 03.12.2026 in German, 2026-12-03 otherwise."""
    return day.strftime("%d.%m.%Y") if is_german(language) else day.isoformat()


_GERMAN = {english_text: german_text for english_text, german_text in WORDS.values()}
