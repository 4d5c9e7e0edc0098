"""With real git in a temporary repository: `git-setup` registers the map merge and diff, and two
branches that change one map merge through it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from salesmap_studio.persistence import load
from salesmap_studio.resources import template_path

from .runner import REPO

pytestmark = pytest.mark.slow


def sh(*args: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def repo(tmp_path):
    """A repository with map.smap committed on main, git-setup run, and a git of its own (HOME)."""
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), GIT_CONFIG_NOSYSTEM="1",
               PYTHONPATH=str(REPO), GIT_AUTHOR_NAME="A", GIT_AUTHOR_EMAIL="a@example.org",
               GIT_COMMITTER_NAME="A", GIT_COMMITTER_EMAIL="a@example.org")
    for command in (["git", "init", "-q", "-b", "main"], [sys.executable, "-m", "salesmap_studio", "git-setup"]):
        assert sh(*command, cwd=work, env=env).returncode == 0
    (work / "map.smap").write_bytes(template_path("five-step", "en").read_bytes())
    sh("git", "add", "-A", cwd=work, env=env)
    assert sh("git", "commit", "-q", "-m", "base", cwd=work, env=env).returncode == 0
    return work, env


def commit_on(branch: str, work: Path, env: dict, edit) -> None:
    sh("git", "checkout", "-q", "-B", branch, "main", cwd=work, env=env)
    doc = json.loads((work / "map.smap").read_text("utf-8"))
    edit(doc)
    (work / "map.smap").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert sh("git", "commit", "-q", "-am", branch, cwd=work, env=env).returncode == 0


def rename(index: int, name: str):
    def edit(doc: dict) -> None:
        doc["nodes"][index]["name"] = name
    return edit


def test_git_setup_is_idempotent_and_says_what_it_changed(repo):
    work, env = repo
    again = sh(sys.executable, "-m", "salesmap_studio", "git-setup", cwd=work, env=env)
    assert again.returncode == 0 and "set to" not in again.stdout and "added" not in again.stdout
    assert "merge.smap.driver: already set" in again.stdout
    assert (work / ".gitattributes").read_text().splitlines() == ["*.smap merge=smap diff=smap"]
    assert "merge %O %A %B -o %A" in sh("git", "config", "merge.smap.driver", cwd=work, env=env).stdout


def test_two_branches_changing_different_stages_merge_with_both_changes(repo):
    work, env = repo
    commit_on("ours", work, env, rename(0, "Renamed by us"))
    commit_on("theirs", work, env, rename(1, "Renamed by them"))
    sh("git", "checkout", "-q", "ours", cwd=work, env=env)
    merged = sh("git", "merge", "-q", "--no-edit", "theirs", cwd=work, env=env)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    names = [node.name for node in load(work / "map.smap").nodes()]
    assert names[:2] == ["Renamed by us", "Renamed by them"]


def test_git_diff_tells_the_change_in_words(repo):
    work, env = repo
    commit_on("ours", work, env, rename(0, "Renamed by us"))
    shown = sh("git", "diff", "main", "ours", "--", "map.smap", cwd=work, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "Stage “Prospect” renamed to “Renamed by us”" in shown.stdout.splitlines()


def test_the_same_field_on_both_branches_is_a_git_conflict_and_the_file_loads_with_it(repo):
    work, env = repo
    commit_on("ours", work, env, rename(0, "Renamed by us"))
    commit_on("theirs", work, env, rename(0, "Renamed by them"))
    sh("git", "checkout", "-q", "ours", cwd=work, env=env)
    merged = sh("git", "merge", "--no-edit", "theirs", cwd=work, env=env)
    assert merged.returncode != 0 and "CONFLICT" in merged.stdout
    doc = load(work / "map.smap")
    [conflict] = doc.conflicts()
    assert doc.nodes()[0].name == "Renamed by us" and conflict.theirs.name == "Renamed by them"


def test_git_setup_global_writes_the_user_config_and_attributes_file(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), GIT_CONFIG_NOSYSTEM="1",
               PYTHONPATH=str(REPO))
    first = sh(sys.executable, "-m", "salesmap_studio", "git-setup", "--global", cwd=tmp_path, env=env)
    assert first.returncode == 0 and "merge.smap.driver: set to" in first.stdout
    attributes = home / ".config" / "git" / "attributes"
    assert attributes.read_text().splitlines() == ["*.smap merge=smap diff=smap"]
    assert "git-diff" in sh("git", "config", "--global", "diff.smap.command", cwd=tmp_path, env=env).stdout
    again = sh(sys.executable, "-m", "salesmap_studio", "git-setup", "--global", cwd=tmp_path, env=env)
    assert "set to" not in again.stdout and f"{attributes}: already has" in again.stdout


def test_git_setup_outside_a_work_tree_says_so(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), GIT_CONFIG_NOSYSTEM="1", GIT_CEILING_DIRECTORIES=str(tmp_path.parent),
               PYTHONPATH=str(REPO))
    done = sh(sys.executable, "-m", "salesmap_studio", "git-setup", cwd=tmp_path, env=env)
    assert done.returncode == 2 and "not in a git work tree" in done.stderr and done.stdout == ""
