#!/usr/bin/env bash
# Regenerates the German translation source from every UI and editing source file (the editing
# layer's undo texts and refusal messages), then compiles it.
#   resources/translations/salesmap_de.ts  — the source (translate new entries in it, e.g. with pyside6-linguist)
#   resources/translations/salesmap_de.qm  — what the app loads (shipped in the package)
#   resources/translations/salesmap_en.ts/.qm — English plural forms only ("%n deal(s)" → "1 deal", "2 deals"),
#                                             as Qt recommends for texts with a count
# Existing translations are kept; strings that left the code are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
TS=resources/translations/salesmap_de.ts
mapfile -t SOURCES < <(find salesmap_studio/ui salesmap_studio/editing -name '*.py' | sort; echo salesmap_studio/app.py)
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en -target-language de \
  "${SOURCES[@]}" -ts "$TS"
"$BIN/pyside6-lrelease" -silent "$TS" -qm "${TS%.ts}.qm"
EN=resources/translations/salesmap_en.ts
"$BIN/pyside6-lupdate" -silent -no-obsolete -pluralonly -locations none -source-language en -target-language en \
  "${SOURCES[@]}" -ts "$EN"
"$BIN/pyside6-lrelease" -silent "$EN" -qm "${EN%.ts}.qm"
