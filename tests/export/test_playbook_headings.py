"""A playbook heading never sits alone at the foot of a page: its list or text starts on the same page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from salesmap_studio.export.pdf import PdfOptions, render_pdf
from salesmap_studio.analysis.words import say

LABELS = ("entry", "activities", "substeps", "checklist", "branches", "next", "notes", "kpis", "funnel", "playbook")


def last_line(page) -> str:
    """The page's last line of text, leaving out the footer (date · file · title, page n of m)."""
    lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    body = [line for line in lines if "map.pdf" not in line and not line.startswith(("Seite", "Page"))
            and not line.isdigit()]
    return body[-1] if body else ""


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("page_size", ["A4", "A3"])
def test_no_playbook_page_ends_with_a_heading(template, language, page_size):
    doc = template("extended-b2b", language)
    headings = {say(key, language) for key in LABELS}
    reader = PdfReader(io.BytesIO(render_pdf(doc, PdfOptions(page=page_size, playbook=True), "map.pdf").data))
    endings = [last_line(page) for page in reader.pages[1:-1]]
    assert len(endings) >= 2, "the playbook should fill several pages"
    alone = [(number, line) for number, line in enumerate(endings, 2)
             if line in headings or line[:1].isdigit() and ". " in line[:4]]
    assert not alone, f"pages ending with a heading: {alone}"
