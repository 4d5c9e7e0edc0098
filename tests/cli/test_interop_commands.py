"""`salesmap-studio export` to other tools' formats and `salesmap-studio import`, as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesmap_studio.persistence import load

from ..damaged_workbook import break_packed_rows, pack_with_unknown_method
from ..interop.drawio_files import model, mxfile, vertex
from .runner import REPO, run_cli

TEMPLATE = REPO / "resources" / "templates" / "extended-b2b.de.smap"


def test_export_picks_draw_io_or_mermaid_by_the_extension_and_import_reads_it_back(tmp_path):
    drawio, mmd, back = tmp_path / "karte.drawio", tmp_path / "karte.mmd", tmp_path / "zurück.smap"
    assert run_cli("export", TEMPLATE, drawio).status == 0
    assert run_cli("export", TEMPLATE, mmd).status == 0
    assert mmd.read_text(encoding="utf-8").startswith("flowchart LR\n")
    done = run_cli("import", drawio, back)
    assert done.status == 0 and done.out.startswith(f"{back}: 18 nodes")
    assert load(back).to_dict() == load(TEMPLATE).to_dict()


def test_a_spreadsheet_goes_out_and_comes_back_by_the_extension(tmp_path):
    sheet, back = tmp_path / "stufen.xlsx", tmp_path / "back.smap"
    assert run_cli("export", TEMPLATE, sheet).status == 0
    assert run_cli("import", sheet, back).status == 0
    assert [n.name for n in load(back).nodes()][:2] == ["Markenbekanntheit", "Markeninteraktion"]


def test_import_takes_a_page_by_name_or_number(tmp_path):
    source = tmp_path / "zwei.drawio"
    source.write_text(mxfile(("Eins", model(vertex("a", "Erstkontakt", "", 0, 0))),
                             ("Zwei", model(vertex("b", "Angebot", "", 0, 0))), compress=True), encoding="utf-8")
    out = tmp_path / "out.smap"
    refused = run_cli("import", source, out)
    assert refused.status == 2 and not out.exists()
    assert refused.err_lines == [f"salesmap-studio: {source}: the file has 2 pages ('Eins', 'Zwei'); "
                                 "choose one with --page NAME or --page NUMBER"]
    assert run_cli("import", source, out, "--page", "Zwei").status == 0
    assert [n.name for n in load(out).nodes()] == ["Angebot"]
    assert run_cli("import", source, out, "--page", "1").status == 0
    assert [n.name for n in load(out).nodes()] == ["Erstkontakt"]


def test_bad_names_and_options_get_one_line_and_write_nothing(tmp_path):
    out = tmp_path / "map.drawio"
    refused = run_cli("export", TEMPLATE, out, "--dpi", "300")
    assert refused.status == 2 and refused.err_lines == [f"salesmap-studio: {out}: --dpi does not apply to DRAWIO files"]
    refused = run_cli("export", TEMPLATE, tmp_path / "map.mmd", "--transparent")
    assert refused.err_lines == [f"salesmap-studio: {tmp_path / 'map.mmd'}: --transparent does not apply to MMD files"]
    refused = run_cli("import", tmp_path / "map.mmd", tmp_path / "x.smap")
    assert refused.status == 2 and "cannot import this kind of file" in refused.err_lines[0]
    refused = run_cli("import", TEMPLATE, tmp_path / "x.json")
    assert refused.err_lines == [f"salesmap-studio: {tmp_path / 'x.json'}: the map to write must end in .smap"]
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == []


@pytest.mark.parametrize("damage", [break_packed_rows, pack_with_unknown_method], ids=lambda f: f.__name__)
def test_a_workbook_damaged_inside_a_sheet_gets_one_line_and_writes_nothing(tmp_path, damage):
    sheet, out = tmp_path / "stufen.xlsx", tmp_path / "back.smap"
    assert run_cli("export", TEMPLATE, sheet).status == 0
    damage(sheet)
    refused = run_cli("import", sheet, out)
    assert refused.status == 2 and not out.exists()
    assert len(refused.err_lines) == 1
    assert refused.err_lines[0].startswith(f"salesmap-studio: {sheet}: not a readable .xlsx workbook")
