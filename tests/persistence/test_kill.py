"""A saver killed at any moment leaves a file that loads and is either the old map or the new one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salesmap_studio.persistence import dumps, load
from salesmap_studio.resources import template_path

KILLS = 120
SAVE_LOOP = Path(__file__).with_name("save_loop.py")


@pytest.fixture
def saver(tmp_path):
    """A warm helper process that forks a saving child for each "go" line."""
    first, second = template_path("extended-b2b", "en"), template_path("extended-b2b", "de")
    target = tmp_path / "map.smap"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    process = subprocess.Popen(
        [sys.executable, str(SAVE_LOOP), str(target), str(first), str(second)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )
    assert process.stdout.readline() == "ready\n"
    yield process, target, {dumps(load(first)), dumps(load(second))}
    process.stdin.close()
    process.wait(timeout=10)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks savers (POSIX only)")
def test_file_survives_sigkill_during_saves(saver):
    process, target, both_maps = saver
    rng = random.Random(20261126)
    interrupted_writes, seen = 0, set()
    for _ in range(KILLS):
        process.stdin.write("go\n")
        process.stdin.flush()
        pid = int(process.stdout.readline())   # its first save is complete
        time.sleep(rng.uniform(0.001, 0.02))   # somewhere in a later save
        os.kill(pid, signal.SIGKILL)
        status = int(process.stdout.readline())
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the saver failed on its own"
        seen.add(dumps(load(target)))
        assert seen <= both_maps
        leftovers = [p for p in target.parent.iterdir() if p != target]
        interrupted_writes += bool(leftovers)
        for path in leftovers:  # a temp file of a killed save; it never replaced the map
            path.unlink()
    assert interrupted_writes > 0, "no kill landed inside a write; the test proved nothing"
    assert seen == both_maps, "the kills always found the same map; the saver did not alternate"
