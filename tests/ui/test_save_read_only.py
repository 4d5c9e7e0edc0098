"""File ▸ Save on a read-only map does not replace it: the app says so and offers Save As."""

from __future__ import annotations

import stat

from salesmap_studio.persistence import load, save
from salesmap_studio.ui import file_actions


def test_should_refuse_a_read_only_file_and_save_under_the_name_chosen_instead(window_for, doc, tmp_path,
                                                                              monkeypatch):
    locked, chosen = tmp_path / "locked.smap", tmp_path / "mine.smap"
    save(doc, locked)
    locked.chmod(0o444)
    before = locked.read_bytes()
    window = window_for(load(locked), locked)
    window.modeling.add_node("stage", 0, 130, name="Added")
    asked = []
    monkeypatch.setattr(file_actions, "ask_save_elsewhere", lambda parent, path: asked.append(path) or True)
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a: str(chosen))
    window.menu_actions["&Save"].trigger()
    assert asked == [locked]
    assert locked.read_bytes() == before and stat.S_IMODE(locked.stat().st_mode) == 0o444
    assert load(chosen).to_dict() == window.document.to_dict() and window.path == chosen
    assert not window.isWindowModified()


def test_should_keep_the_map_unsaved_when_save_as_is_declined(window_for, doc, tmp_path, monkeypatch):
    locked = tmp_path / "locked.smap"
    save(doc, locked)
    locked.chmod(0o444)
    window = window_for(load(locked), locked)
    window.modeling.add_node("stage", 0, 130, name="Added")
    monkeypatch.setattr(file_actions, "ask_save_elsewhere", lambda parent, path: False)
    window.menu_actions["&Save"].trigger()
    assert window.isWindowModified() and window.path == locked
