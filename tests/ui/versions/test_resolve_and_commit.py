"""The whole team round with real git: both branches rename the same stage, `git merge` reports a
conflict, the map opens with the conflict recorded, Take Theirs in the Conflicts panel and File ▸
Save resolve it, and the merge commits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salesmap_studio.persistence import load, loads
from salesmap_studio.ui.conflicts_panel import ConflictsPanel
from tests.cli.test_git_driver import commit_on, rename, repo, sh  # noqa: F401  (repo is a fixture)


def test_a_conflict_from_git_is_resolved_in_the_app_and_committed(qtbot, window_for, repo):  # noqa: F811
    work, env = repo
    commit_on("ours", work, env, rename(0, "Renamed by us"))
    commit_on("theirs", work, env, rename(0, "Renamed by them"))
    sh("git", "checkout", "-q", "ours", cwd=work, env=env)
    assert sh("git", "merge", "--no-edit", "theirs", cwd=work, env=env).returncode != 0
    window = window_for(load(work / "map.smap"), work / "map.smap")
    panel = window.findChild(ConflictsPanel)
    qtbot.waitUntil(panel.isVisible)   # in front once the saved dock layout is restored
    assert panel.list.count() == 1
    qtbot.mouseClick(panel.take_theirs_button, Qt.MouseButton.LeftButton)
    window.menu_actions["&Save"].trigger()
    sh("git", "add", "map.smap", cwd=work, env=env)
    committed = sh("git", "commit", "-q", "--no-edit", cwd=work, env=env)
    assert committed.returncode == 0, committed.stderr
    shown = sh("git", "show", "HEAD:map.smap", cwd=work, env=env)
    doc = loads(shown.stdout)
    assert doc.nodes()[0].name == "Renamed by them" and doc.conflicts() == ()
