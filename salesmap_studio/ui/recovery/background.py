"""The one thread that writes recovery snapshots, so the UI never waits for a big map's JSON.

The document's parts are taken on the calling (UI) thread, where the document
changes; the entities are frozen, so that copies only the lists that hold them.
Turning them into JSON and the atomic write happen on the worker. One worker
for every window keeps the writes in the order they were asked for; at a normal
exit Python waits for a write under way, and a hard crash leaves the previous
snapshot whole (the atomic writer never truncates).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from ...model import SalesMap, collector
from ...model.parts import MapParts
from .snapshots import write_snapshot

_worker: ThreadPoolExecutor | None = None


def write_in_background(file: Path, doc: SalesMap, original_path: Path | None,
                        done: Callable[[str], None]) -> Future:
    """Snapshots `doc` as it is now; `done(why)` is called on the worker thread when the write
    ends, with an empty `why` when it worked."""
    global _worker
    if _worker is None:
        _worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
    return _worker.submit(_write, file, doc.parts(), original_path, done)


def _write(file: Path, parts: MapParts, original_path: Path | None, done: Callable[[str], None]) -> None:
    try:
        with collector.paused():   # a full collection here would hold the interpreter lock: the UI would stall
            write_snapshot(file, parts, original_path)
    except OSError as error:
        done(error.strerror or str(error))
    except Exception as error:  # noqa: BLE001 - a bug must not end in silence on a thread nobody watches
        done(f"{type(error).__name__}: {error}")
    else:
        done("")
