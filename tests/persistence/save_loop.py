"""Helper process for the kill test (not a test): forks savers on request.

Usage: python save_loop.py TARGET A.smap B.smap. It writes A to TARGET, then for each
line "go" on stdin forks a child that saves A and B to TARGET in turns, for ever (every
other child starting with B). The child prints its pid once its first save is complete, so
a kill lands in a later save however slow the machine; the parent waits for it to die and
prints its wait status. Forking from one warm interpreter makes each child start at once.
"""

from __future__ import annotations

import os
import sys

from salesmap_studio.persistence import load, save


def save_forever(target: str, maps: list) -> None:
    try:
        save(maps[0], target)
        print(os.getpid(), flush=True)
        while True:
            for doc in (*maps[1:], maps[0]):
                save(doc, target)
    finally:
        os._exit(1)  # only a kill may end a saver; anything else is a failure the test sees


def main(target: str, first: str, second: str) -> None:
    maps = [load(first), load(second)]
    save(maps[0], target)
    print("ready", flush=True)
    for count, line in enumerate(sys.stdin):
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            save_forever(target, maps if count % 2 == 0 else maps[::-1])
        _, status = os.waitpid(pid, 0)
        print(status, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
