"""The UI in German: every string of the UI sources is in the German .ts, translated, and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "salesmap_de.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source text) → the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source"))] = message
    return found


def untranslated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    return not all((f.text or "").strip() for f in forms) if forms else not (translation.text or "").strip()


def test_every_entry_of_the_german_ts_is_translated():
    missing = [f"{context}: {source!r}" for (context, source), m in messages(TS).items() if untranslated(m)]
    assert not missing, f"{len(missing)} untranslated:\n" + "\n".join(missing)


def lupdate() -> Path:
    tool = BIN / "pyside6-lupdate"
    if not tool.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.fail("pyside6-lupdate is missing (it ships with PySide6-Essentials)")
    return tool if tool.exists() else Path(shutil.which("pyside6-lupdate"))


def test_the_ts_holds_every_string_of_the_ui_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "salesmap_studio" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "salesmap_studio" / "app.py"))
    subprocess.run([str(lupdate()), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, cwd=ROOT, timeout=120)
    missing = sorted(set(messages(fresh)) - set(messages(TS)))
    assert not missing, "run tools/update_translations.sh and translate:\n" + "\n".join(map(str, missing))


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "de.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True, timeout=60)
    assert QM.read_bytes() == compiled.read_bytes(), "run tools/update_translations.sh"


def test_the_main_window_speaks_german(qapp, window_for, doc):
    from salesmap_studio.ui import i18n

    i18n.install_translators(qapp, "de")
    try:
        window = window_for(doc)
        titles = [window.menus[name].title() for name in ("file", "edit", "view", "insert", "arrange", "help")]
        assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Einfügen", "An&ordnen", "&Hilfe"]
        texts = [a.text() for a in window.menus["file"].actions() if a.text()]
        assert "&Speichern" in texts and "Eine frühere Version &wiederherstellen…" in texts
    finally:
        i18n.install_translators(qapp, "en")
