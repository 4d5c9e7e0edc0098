"""The PDF's "Planned versus actual" pages (`export MAP OUT.pdf --evidence HISTORY`), read back with
pdftotext as a reader would see them: the figures, the marks, the words in the map's language, and
long tables that break across pages with their header repeated."""

from __future__ import annotations

import json
import subprocess

from pypdf import PdfReader

from salesmap_studio.persistence import save
from tests.cli.runner import run_cli
from tests.required_tools import require_tool

from ..evidence.helpers import FIVE_STEP, FIXTURES, write_table
from .maps import chain_map

STORY = FIXTURES / "salesforce_opportunity_history.csv"
A4_PORTRAIT = (595.28, 841.89)


def pages_text(pdf) -> list[str]:
    """Each page's text as pdftotext lays it out, one string per page."""
    require_tool("pdftotext")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def words_of(page: str) -> list[list[str]]:
    return [line.split() for line in page.splitlines() if line.strip()]


def export(tmp_path, smap, history, *options) -> list[str]:
    out = tmp_path / "with-evidence.pdf"
    done = run_cli("export", smap, out, "--quiet", "--evidence", history, *options)
    assert done.status == 0, done.err_lines
    return pages_text(out)


def german_five_step(tmp_path):
    """The five-step map as a German map: same stages and names, the map's language German."""
    data = json.loads(FIVE_STEP.read_text(encoding="utf-8"))
    data["language"] = "de"
    path = tmp_path / "fuenf.smap"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_pages_show_the_figures_and_mark_what_differs_from_the_plan(tmp_path):
    pages = export(tmp_path, FIVE_STEP, STORY, "--page", "A4")
    evidence = pages[1]
    lines = words_of(evidence)
    assert lines[0] == ["Planned", "versus", "actual"]
    assert " ".join(lines[1]) == "3 deals: 2 won, 1 lost, 0 open; 2025-01-06 to 2025-02-20"
    # Connect: 2 of 3 moved on, 67 % against a planned 80 %; 5 days (median) against 10: both marked.
    assert ["Connect", "3", "2", "1", "67", "%", "⚠", "80", "%", "5.0", "⚠", "8.6", "10.0"] in lines
    assert ["Close", "→", "Research", "1", "33", "%", "⚠", "15", "%"] in lines
    text = " ".join(" ".join(line) for line in lines)
    assert "The biggest exodus is at Connect: 1 of 3 deals that entered dropped out (33 %)." in text
    assert "The slowest stage is Present: deals stay 7.0 days there (median), planned 10.0." in text
    assert "Came back to Close: 1 deal, once" in text
    assert "Won deals took 35.5 days (median); 80 % were won within 40.0 days. The map plans 50.5 days." in text
    assert "Fewer than four won deals" in text


def test_a_german_map_gets_german_pages(tmp_path):
    text = " ".join(" ".join(line) for line in words_of(export(tmp_path, german_five_step(tmp_path), STORY)[1]))
    assert text.startswith("Plan und Wirklichkeit 3 Deals: 2 gewonnen, 1 verloren, 0 offen; 06.01.2025 bis 20.02.2025")
    for words in ("Konversion", "Tage im Schritt", "Ist", "Anteil (Plan)", "Zykluszeit", "Schnell und langsam",
                  "Der größte Abgang ist bei Connect: Ausstieg bei 1 von 3 Deals (33 %).",
                  "Zurück zu Close: 1 Deal, einmal", "Connect 3 2 1 67 % ⚠ 80 % 5,0 ⚠ 8,6 10,0",
                  "Gewonnene Deals brauchten 35,5 Tage (Median)"):
        assert words in text


def test_unknown_stages_and_transitions_the_map_lacks_are_listed(tmp_path):
    history = write_table(tmp_path, ["deal,stage,date", "A,Prospect,2025-01-02", "A,Legal review,2025-01-05",
                                     "A,Closed Won,2025-01-09", "B,Prospect,2025-01-03", "B,Close,2025-01-04"])
    text = " ".join(" ".join(line) for page in export(tmp_path, FIVE_STEP, history)[1:] for line in words_of(page))
    assert "Transitions the map does not have" in text
    assert "Prospect Legal review 1" in text and "Prospect Close 1" in text
    assert "CRM stages the map does not have" in text and "Legal review – 1" in text
    assert "Skipped: Connect (1 deal)" in text


def test_a_long_stage_table_breaks_across_pages_with_its_header_repeated(tmp_path):
    smap = tmp_path / "chain.smap"
    save(chain_map(90), smap)
    rows = ["deal,stage,date"] + [f"D{deal},Stage {i + 1} with a longer name,2025-01-{1 + i // 4:02d} {i % 4 * 5:02d}:00"
                                  for deal in range(3) for i in range(90)]
    pages = export(tmp_path, smap, write_table(tmp_path, rows), "--page", "A3")
    # The map on A3, the handout pages on A4 portrait like the playbook.
    reader = PdfReader(tmp_path / "with-evidence.pdf")
    assert [round(float(x), 2) for x in reader.pages[1].mediabox.upper_right] == list(A4_PORTRAIT)
    text = "\n".join(line.strip() for page in pages[1:] for line in page.splitlines())
    table = text[text.index("\nStages\n"):text.index("\nLinks\n")]
    continued = [page for page in pages[2:] if words_of(page)[0][:4] == ["Stage", "Entered", "Moved", "on"]]
    assert len(continued) >= 2   # 90 rows need three A4 pages; each continues under the header
    found = [int(line.split()[1]) for line in table.splitlines() if line.split()[:1] == ["Stage"]
             and line.split()[2:5] == ["with", "a", "longer"]]
    assert found == list(range(1, 91))   # every row once, in order: none lost or cut at a page break


def test_the_history_options_are_the_evidence_commands(tmp_path):
    text = " ".join(" ".join(line) for line in words_of(export(tmp_path, FIVE_STEP, STORY, "--until", "2025-01-07")[1]))
    assert "2 deals: 1 won, 1 lost, 0 open" in text   # as `evidence --until 2025-01-07` counts them


def test_history_options_without_a_history_and_a_bad_history_are_one_line_and_no_file(tmp_path):
    out = tmp_path / "map.pdf"
    done = run_cli("export", FIVE_STEP, out, "--since", "2025-01-01")
    assert done.status == 2 and done.err_lines == [
        f"salesmap-studio: {out}: --since applies to the deal history: add --evidence HISTORY"]
    done = run_cli("export", FIVE_STEP, tmp_path / "map.png", "--evidence", STORY)
    assert done.status == 2 and done.err_lines[0].endswith("--evidence does not apply to PNG files")
    bad = write_table(tmp_path, ["deal,stage,date", "A,Prospect,03/04/2025"])
    done = run_cli("export", FIVE_STEP, out, "--evidence", bad)
    assert done.status == 2 and len(done.err_lines) == 1 and "pass --dates day-first" in done.err_lines[0]
    assert not out.exists()
