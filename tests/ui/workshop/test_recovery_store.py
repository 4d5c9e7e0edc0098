"""Recovery snapshots, the session lock and backups, without a window."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from salesmap_studio.persistence import dumps
from salesmap_studio.ui.recovery.backups import add_backup, backups_of
from salesmap_studio.ui.recovery.lock import Session, is_running, recoverable
from salesmap_studio.ui.recovery.snapshots import read_snapshot, write_snapshot

ROOT = Path(__file__).resolve().parents[3]


def crash_a_session(root: Path, title: str) -> None:
    """Another app process writes a snapshot and is killed before it can clean up."""
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from salesmap_studio.model import MapInfo, SalesMap
        from salesmap_studio.ui.recovery.lock import Session
        from salesmap_studio.ui.recovery.snapshots import write_snapshot
        session = Session(Path({str(root)!r}))
        write_snapshot(session.snapshot_file("w1"), SalesMap(MapInfo(title={title!r})), Path("/maps/deal.smap"))
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    # Killed is the only right ending; anything else (an import error…) left no snapshot behind.
    assert done.returncode == -signal.SIGKILL, done.stderr


def test_a_snapshot_keeps_the_map_its_origin_and_time(tmp_path, template):
    doc = template("extended-b2b", "de")
    file = tmp_path / "s" / "a.smap-recovery"
    write_snapshot(file, doc, Path("/maps/b2b.smap"))
    snapshot = read_snapshot(file)
    assert snapshot.title == doc.info.title
    assert snapshot.original_path == Path("/maps/b2b.smap")
    assert snapshot.problem == ""
    assert dumps(snapshot.load()) == dumps(doc)


def test_a_snapshot_written_in_many_pieces_keeps_every_character(tmp_path):
    """Big maps are written piece by piece (the UI thread keeps turning meanwhile): names full of
    umlauts, quotes and emoji must come back whole whichever piece they fall in."""
    from salesmap_studio.model import Link, MapInfo, SalesMap, Stage

    stages = [Stage(id=f"s{i}", name=f"Größe „{i}“ prüfen 🚀", activities="Übergabe\n" * (i % 7),
                    x=float(i % 40) * 300, y=float(i // 40) * 200) for i in range(2_000)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}", label="Ja" if i % 3 else "")
             for i in range(1_999)]
    doc = SalesMap.from_parts(MapInfo(title="Über alles", language="de"), nodes=stages, links=links)
    file = tmp_path / "big.smap-recovery"
    write_snapshot(file, doc, None)
    assert file.stat().st_size > 10 * (1 << 16)   # many pieces
    assert dumps(read_snapshot(file).load()) == dumps(doc)


def test_a_damaged_snapshot_is_listed_with_its_problem_not_a_traceback(tmp_path):
    file = tmp_path / "bad.smap-recovery"
    file.write_bytes(b"\x00\x00\x00")
    assert "damaged" in read_snapshot(file).problem


def test_snapshots_of_a_crashed_session_are_recoverable(tmp_path):
    crash_a_session(tmp_path, "Crashed workshop")
    found = recoverable(tmp_path)
    assert [s.title for s in found] == ["Crashed workshop"]
    assert found[0].original_path == Path("/maps/deal.smap")


def test_snapshots_of_a_running_session_are_not_offered(tmp_path, doc):
    session = Session(tmp_path)
    write_snapshot(session.snapshot_file("w1"), doc, None)
    assert is_running(tmp_path, session.name)
    assert recoverable(tmp_path) == []
    session.release()


def test_six_saves_keep_the_newest_five_versions(tmp_path):
    original = tmp_path / "map.smap"
    for version in range(6):
        add_backup(tmp_path / "data", original, f"version {version}\n".encode())
    kept = backups_of(tmp_path / "data", original)
    assert [b.file.read_text() for b in kept] == [f"version {v}\n" for v in (5, 4, 3, 2, 1)]


def test_saving_the_same_bytes_again_adds_no_backup(tmp_path):
    original = tmp_path / "map.smap"
    add_backup(tmp_path, original, b"same")
    add_backup(tmp_path, original, b"same")
    assert len(backups_of(tmp_path, original)) == 1
