"""One set of hostile names, and a map that holds them in every text field a map has.

`validate` accepts all of them: a name is data, and every output (PDF, SVG, PNG, the terminal,
JSON, each Qt widget) must show it as the characters it is and never obey it."""

from __future__ import annotations

from salesmap_studio.model import (Decision, Funnel, Kpi, Lane, Link, MapInfo, Note, Outcome, Phase, SalesMap,
                                   Stage)

CONTROL = "Call\x01back\x07"
ESCAPES = "\x1b]0;pwned\x07\x1b[2JWiped"         # retitles, then clears, a terminal that obeys it
IMAGE = "<img src=/dev/zero>"                   # a rich-text widget would read /dev/zero
BOLD = "<b>x</b>"
ENTITY = "R&amp;D & Co"
EMOJI = "Deal 😀 won"
RTL = "Demo \u202eevil"
LONG_WORD = "Vertriebs" + "W" * 150
NEWLINE = "Two\nlines"
# What a web page that pasted text into its markup would run (each would set `pwned`).
SCRIPT = "</script><script>pwned=1</script>"
ATTRIBUTE = '"><img src=x onerror="pwned=1">'
JS_LINK = "javascript:pwned=1"
HOSTILE_NAMES = (CONTROL, ESCAPES, IMAGE, BOLD, ENTITY, EMOJI, RTL, LONG_WORD, NEWLINE, SCRIPT, ATTRIBUTE, JS_LINK)
MARKUP = (IMAGE, BOLD, ENTITY, SCRIPT, ATTRIBUTE)  # what a widget guessing "HTML" would swallow
TITLE = "Plan [*] " + BOLD                      # "[*]" is Qt's unsaved-changes mark in window titles
# What a reader finds of each name when the output drops what it cannot show (controls) or wraps long words.
VISIBLE_PARTS = {CONTROL: ("Call", "back"), ESCAPES: ("]0;pwned", "[2JWiped"), IMAGE: (IMAGE,), BOLD: (BOLD,),
                 ENTITY: (ENTITY,), EMOJI: ("Deal", "won"), RTL: ("Demo", "evil"), LONG_WORD: ("Vertriebs",),
                 NEWLINE: ("Two", "lines"), SCRIPT: ("</script><script>", "pwned=1</script>"),
                 ATTRIBUTE: (ATTRIBUTE,), JS_LINK: (JS_LINK,)}


def stage_id(index: int) -> str:
    return f"s{index}"


def hostile_map() -> SalesMap:
    """A stage per hostile name (its texts, checklist and sub-step say the name again), then a decision and
    an outcome; links labelled with the names; lane, phase, note, KPI and title hostile too."""
    stages = [Stage(id=stage_id(i), name=name, x=300.0 * i, y=130.0, owner="lane", phase="phase",
                    entry_criteria=name, activities=name, notes=name, exit_checklist=[{"text": name}],
                    substeps=(name,), conversion_rate=0.5, expected_days=3.0)
              for i, name in enumerate(HOSTILE_NAMES)]
    count = len(stages)
    nodes = [*stages, Decision(id="d", name=IMAGE + "?", x=300.0 * count, y=130.0, owner="lane"),
             Outcome(id="won", name=ESCAPES, result="won", x=300.0 * (count + 1), y=130.0)]
    links = [Link(id=f"l{i}", source=a.id, target=b.id, label=HOSTILE_NAMES[i % count])
             for i, (a, b) in enumerate(zip(nodes, nodes[1:]))]
    links[-1] = links[-1].replace(kind="yes")
    info = MapInfo(title=TITLE, goal=IMAGE, language="en", start=stage_id(0),
                   kpis=(Kpi(name=BOLD, target=IMAGE),), funnel=Funnel(target=10.0, won_at="won"))
    return SalesMap.from_parts(info, lanes=[Lane(id="lane", name=BOLD)], phases=[Phase(id="phase", name=EMOJI)],
                               nodes=nodes, links=links, notes=[Note(id="note", text=IMAGE, x=0.0, y=-200.0)])
