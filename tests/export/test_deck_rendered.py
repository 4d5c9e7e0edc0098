"""The slide deck as LibreOffice Impress shows it: rendered headless to PDF (one soffice run for the
whole module), whose text holds every stage name. Skipped without soffice, except under CI (`CI`
set), where it fails: `.ci/run` installs libreoffice-impress."""

from __future__ import annotations

import subprocess

import pytest

from salesmap_studio.export.deck import export_deck
from salesmap_studio.model import Stage
from tests.hostile_text import VISIBLE_PARTS, hostile_map
from tests.required_tools import require_tool

DECKS = {"extended-en": ("extended-b2b", "en"), "extended-de": ("extended-b2b", "de")}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Each deck exported and converted by Impress; the text of each PDF by name."""
    soffice = require_tool("soffice")
    from salesmap_studio.persistence import load
    from tests.conftest import TEMPLATES

    folder = tmp_path_factory.mktemp("decks")
    docs = {name: load(TEMPLATES / f"{t}.{lang}.smap") for name, (t, lang) in DECKS.items()}
    docs["hostile"] = hostile_map()
    for name, doc in docs.items():
        export_deck(doc, folder / f"{name}.pptx")
    profile = folder / "profile"   # a private profile: parallel runs do not share a lock
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *[str(folder / f"{n}.pptx") for n in docs]],
                   check=True, capture_output=True, timeout=240)
    texts = {}
    for name in docs:
        pdf = folder / f"{name}.pdf"
        assert pdf.exists(), f"Impress did not render {name}.pptx"
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True)
        texts[name] = " ".join(out.stdout.decode("utf-8").split())
    return docs, texts


@pytest.mark.parametrize("name", list(DECKS))
def test_impress_shows_every_stage_name_and_the_card_words(rendered, name):
    docs, texts = rendered
    for node in docs[name].nodes():
        if isinstance(node, Stage):
            assert " ".join(node.name.split()) in texts[name], node.name
    assert ("Ausgangs-Checkliste" if name.endswith("de") else "Exit checklist") in texts[name]


def test_impress_opens_the_deck_of_hostile_names_and_shows_them(rendered):
    docs, texts = rendered
    for parts in VISIBLE_PARTS.values():
        for part in parts:
            assert part[:30] in texts["hostile"], part
