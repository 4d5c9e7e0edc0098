#!/usr/bin/env bash
# Regenerates the German translation source from every UI and editing source file (the editing
# layer's undo texts and refusal messages), then compiles it.
#   resources/translations/salesmap_de.ts  — the source (translate new entries in it, e.g. with pyside6-linguist)
#   resources/translations/salesmap_de.qm  — what the app loads (shipped in the package)
# Existing translations are kept; strings that left the code are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
TS=resources/translations/salesmap_de.ts
mapfile -t SOURCES < <(find salesmap_studio/ui salesmap_studio/editing -name '*.py' | sort; echo salesmap_studio/app.py)
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en -target-language de \
  "${SOURCES[@]}" -ts "$TS"
"$BIN/pyside6-lrelease" -silent "$TS" -qm "${TS%.ts}.qm"
