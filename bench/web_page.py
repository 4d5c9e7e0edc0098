"""The web page: its size, the export's time, and how long headless Chromium takes to open and
show it, for the 14-stage template and a generated 1,000-stage map (not run by CI).

    .venv/bin/python bench/web_page.py

Targets (issue 16): the page without the map's data under 150 KB; open and show the template in
under 1 s and 1,000 stages in under 3 s. "Open and show" is from the start of the navigation to the
page's "map-shown" mark, set in the first task after the frame that paints the map (its script has
run: legend, funnel, search, labels); the median of five fresh loads in one browser. The cards after
the map are built in batches after that; the time until the last is there is shown too.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from export import generated_map  # noqa: E402  (bench/export.py: rows of 25, decisions, loops, notes)

from salesmap_studio.export.web import render_html  # noqa: E402
from salesmap_studio.export.web.page import asset, page_script  # noqa: E402
from salesmap_studio.persistence import load  # noqa: E402
from tests.export.web.browser import console_errors, start_browser  # noqa: E402

LOADS = 5
# Milliseconds from the start of the navigation to the page's own "map-shown" mark (set in the first
# task after the first frame that shows the map), and to the last card built.
TIMES = """const [count, done] = arguments;
(function check() {
  const shown = performance.getEntriesByName("map-shown");
  if (shown.length && document.querySelectorAll(".print-card").length === count) {
    done([shown[0].startTime, performance.now()]);
  } else setTimeout(check, 5);
})();"""


def open_and_show(browser, url: str, nodes: int) -> tuple[float, float]:
    """Seconds until the map is shown, and until the cards after it are built too."""
    browser.get(url)
    shown, built = browser.execute_async_script(TIMES, nodes)
    return shown / 1000, built / 1000


def measure(browser, name: str, doc, folder: Path) -> None:
    start = time.perf_counter()
    page = render_html(doc)
    export_seconds = time.perf_counter() - start
    path = folder / f"{name}.html"
    path.write_bytes(page)
    browser.get("about:blank")
    runs = [open_and_show(browser, path.as_uri(), len(doc)) for _ in range(LOADS)]
    times = [shown for shown, _ in runs]
    errors = console_errors(browser)
    print(f"{name:<24} {len(doc):>5} nodes {len(page) / 1000:>7.1f} KB  export {export_seconds:>4.2f} s  "
          f"open and show {statistics.median(times):>4.2f} s (min {min(times):.2f}, max {max(times):.2f}), "
          f"every card built {statistics.median(done for _, done in runs):.2f} s"
          + (f"  CONSOLE: {errors}" if errors else ""))


def main() -> None:
    shell = len((asset("page.html") + asset("page.css") + page_script()).encode("utf-8"))
    print(f"page without the map's data: {shell / 1000:.1f} KB (limit 150 KB)")
    browser = start_browser()
    try:
        with tempfile.TemporaryDirectory() as folder:
            template = load(ROOT / "resources" / "templates" / "extended-b2b.en.smap")
            measure(browser, "extended-b2b template", template, Path(folder))
            measure(browser, "generated 1,000 stages", generated_map(1000), Path(folder))
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
