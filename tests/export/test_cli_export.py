"""`salesmap-studio export`: files without a display, one-line errors, no file after an error."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from salesmap_studio.cli import export as export_command
from salesmap_studio.cli import main
from salesmap_studio.export.pdf.pages import ORIENTATIONS, PAGE_SIZES

TEMPLATE = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "templates", "extended-b2b.de.smap")


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("salesmap-studio: ")
    return err


def test_exports_an_a3_landscape_pdf_with_playbook(tmp_path):
    out = tmp_path / "map.pdf"
    assert main(["export", TEMPLATE, str(out), "--page", "A3", "--orientation", "landscape", "--playbook"]) == 0
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width), 2) == 1190.55
    assert len(reader.pages) > 3 and "Eingangskriterien" in reader.pages[2].extract_text()


def test_exports_a_poster_and_warns_on_stderr_when_text_prints_small(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["export", TEMPLATE, str(out), "--page", "A4", "--poster", "2x1"]) == 0
    assert len(PdfReader(out).pages) == 3
    assert "warning: Text wird auf A4" in capsys.readouterr().err


def test_exports_png_at_a_dpi_and_svg(qapp, tmp_path):  # in-process: share the test QApplication
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert main(["export", TEMPLATE, str(png), "--dpi", "48", "--transparent"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["export", TEMPLATE, str(svg)]) == 0
    assert ET.parse(svg).getroot().tag.endswith("svg")


@pytest.mark.parametrize("extra,message", [
    (["--poster", "3by2"], "--poster wants columns x rows"),
    (["--dpi", "300"], "--dpi does not apply to PDF"),
    (["--poster", "0x2"], "from 1 to 20"),
])
def test_a_bad_option_is_one_line_exit_2_and_no_file(tmp_path, capsys, extra, message):
    out = tmp_path / "map.pdf"
    assert main(["export", TEMPLATE, str(out), *extra]) == 2
    assert message in one_line_error(capsys)
    assert not out.exists()


def test_a_bad_page_size_is_refused_by_the_parser(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", TEMPLATE, str(tmp_path / "m.pdf"), "--page", "B5"])
    assert exit_info.value.code == 2
    one_line_error(capsys)


def test_an_unknown_format_or_a_bad_map_is_one_line_exit_2_and_no_file(tmp_path, capsys):
    assert main(["export", TEMPLATE, str(tmp_path / "map.jpg")]) == 2
    assert "must end in .pdf, .png, .svg, .html, .drawio, .xml, .mmd, .bpmn, .csv, .xlsx" in one_line_error(capsys)
    broken = tmp_path / "broken.smap"
    broken.write_text('{"format": "salesmap", "version": 1, "nodes": [{"id": "a"}]}', encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["export", str(broken), str(out)]) == 2
    assert "broken.smap" in one_line_error(capsys)
    assert not out.exists() and sorted(os.listdir(tmp_path)) == ["broken.smap"]


def test_a_png_too_large_is_one_line_exit_2_and_no_file(tmp_path, capsys):
    out = tmp_path / "huge.png"
    assert main(["export", TEMPLATE, str(out), "--dpi", "2400"]) == 2
    assert "DPI or less" in one_line_error(capsys)
    assert not out.exists()


def test_the_cli_choices_match_the_pdf_exporter():
    assert set(export_command.PAGES) == set(PAGE_SIZES)
    assert export_command.ORIENTATIONS == ORIENTATIONS


def test_runs_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "map.png"
    done = subprocess.run([sys.executable, "-m", "salesmap_studio", "export", TEMPLATE, str(out), "--dpi", "30"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.exists()


def test_a_folder_that_does_not_exist_is_one_line_exit_2(tmp_path, capsys):
    out = tmp_path / "missing" / "map.svg"
    assert main(["export", TEMPLATE, str(out)]) == 2
    one_line_error(capsys)
    assert not out.parent.exists()
