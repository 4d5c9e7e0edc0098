"""The monkey, long: many seeds of many real X actions against the app (issue 12).

    python bench/monkey.py [--seeds 20] [--actions 2000] [--first 1] [--wm openbox]

Each seed starts a fresh app on a copy of the five-step template in its own Xvfb session and
prints its actions per second; any crash, logged exception or mismatch stops with the seed, the
action count and the folder of screenshots. Needs Xvfb and xdotool (and the window manager named).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.journeys.monkey import Monkey  # noqa: E402
from tests.journeys.xsession import App, XSession  # noqa: E402

TEMPLATE = ROOT / "resources" / "templates" / "five-step.en.smap"


def one_seed(seed: int, actions: int, window_manager: str | None) -> float | None:
    folder = Path(tempfile.mkdtemp(prefix=f"monkey-{seed}-"))
    map_file = folder / "monkey.smap"
    shutil.copy(TEMPLATE, map_file)
    session = XSession(window_manager)
    app = App(session, folder / "home", [map_file], shots=folder / "screenshots")
    try:
        app.until(lambda s: s["windows"], "the map window")
        report = Monkey(app, map_file, seed).run(actions)
    except (AssertionError, OSError) as failure:   # the next seeds still run: one run finds all it can
        print(f"seed {seed}: FAILED — {failure}\n  screenshots: {folder / 'screenshots'}", flush=True)
        return None
    finally:
        app.close()
        session.close()
    print(f"seed {seed}: {report.actions} actions, {report.checks} checks, {report.seconds:.0f} s, "
          f"{report.per_second:.1f} actions/s", flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    return report.per_second


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--wm", default=None, help="a window manager to run, e.g. openbox")
    args = parser.parse_args()
    results = [one_seed(seed, args.actions, args.wm) for seed in range(args.first, args.first + args.seeds)]
    rates = [rate for rate in results if rate is not None]
    average = f"{sum(rates) / len(rates):.1f}" if rates else "-"
    print(f"{len(rates)} of {len(results)} seeds passed; {average} actions/s on average")
    return 0 if len(rates) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
