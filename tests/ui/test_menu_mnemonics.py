"""Every menu entry has its own Alt-letter in English and German: one key press opens it, never a second
press to cycle between two entries that share a letter."""

from __future__ import annotations

import re

import pytest


# View ▸ Panels lists the docks by their title (Qt's toggle actions); a menu without
# mnemonics picks its entries by their first letter instead.
DOCK_TITLES_MENU = "&Panels", "&Bereiche"


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def problems(title: str, actions) -> list[str]:
    found, letters = [], {}
    for action in actions:
        if action.isSeparator():
            continue
        key = mnemonic(action.text())
        if key is None and title not in DOCK_TITLES_MENU and action.isEnabled():
            found.append(f"{title} ▸ {action.text()!r} has no mnemonic")
        letters.setdefault(key, []).append(action.text())
        if action.menu() is not None:
            found += problems(action.text(), action.menu().actions())
    found += [f"{title}: {texts} share &{key}" for key, texts in letters.items() if key and len(texts) > 1]
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_entries_of_a_menu_share_a_letter(request, window_for, template, language):
    if language == "de":
        request.getfixturevalue("german")
    window = window_for(template("five-step", language))
    window.recent_menu.aboutToShow.emit()   # filled when it opens
    assert problems("menu bar", window.menuBar().actions()) == []
