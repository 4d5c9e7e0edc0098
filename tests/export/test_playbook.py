"""The playbook: cover, one section per node in flow order, tick boxes, bookmarks, page numbers."""

from __future__ import annotations

import io

from pypdf import PdfReader

from salesmap_studio.analysis.flow_order import flow_order
from salesmap_studio.export.pdf import PdfOptions, render_pdf


def whole_text(reader: PdfReader, first: int = 0) -> str:
    text = " ".join(page.extract_text() for page in reader.pages[first:])
    return " ".join(text.replace("\u00a0", " ").split())


def outline_titles(reader: PdfReader) -> list[str]:
    titles, stack = [], list(reader.outline)
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[0:0] = item
        else:
            titles.append(item.title)
    return titles


def playbook(doc) -> PdfReader:
    return PdfReader(io.BytesIO(render_pdf(doc, PdfOptions(page="A3", playbook=True), "map.pdf").data))


def test_the_playbook_holds_every_entry_criterion_and_checklist_item(template):
    for language in ("en", "de"):
        doc = template("extended-b2b", language)
        text = whole_text(playbook(doc), first=1)
        for stage in doc.stages():
            assert " ".join(stage.entry_criteria.split()) in text
            assert " ".join(stage.activities.split()) in text
            for item in stage.exit_checklist:
                assert f"☐ {' '.join(item.text.split())}" in text
            for step in stage.substeps:
                assert step in text


def test_the_cover_shows_title_goal_kpis_and_the_funnel(template):
    doc = template("extended-b2b", "en")
    cover = whole_text(playbook(doc), first=1)[:3000]
    assert doc.info.title in cover and " ".join(doc.info.goal.split()) in cover
    assert all(kpi.name in cover for kpi in doc.info.kpis)
    assert "won deals per year" in cover and "Deals that must enter" in cover


def test_sections_follow_the_flow_with_decision_branches_and_a_bookmark_per_node(template):
    doc = template("extended-b2b", "en")
    reader = playbook(doc)
    text = whole_text(reader, first=1)
    names = [doc.node(node_id).name for node_id in flow_order(doc)]
    positions = [text.index(f"{i}. ") for i in range(1, len(names) + 1)]
    assert positions == sorted(positions)
    assert "Branches → Sales qualified lead (SQL) (Yes · 55 %)" in text
    titles = outline_titles(reader)
    for name in names:
        assert any(name in title for title in titles), name


def test_every_page_is_numbered_page_x_of_y(template):
    reader = playbook(template("extended-b2b", "de"))
    total = len(reader.pages)
    assert total > 3
    for number, page in enumerate(reader.pages, 1):
        assert f"Seite {number} von {total}" in " ".join(page.extract_text().split())
