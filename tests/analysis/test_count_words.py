"""Counts in exported and command-line words: one deal, two deals; ein Deal, zwei Deals."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.words import WORDS, say_count


@pytest.mark.parametrize("n,english,german", [
    (0, "0 deals", "0 Deals"), (1, "1 deal", "1 Deal"), (2, "2 deals", "2 Deals"), (1234, "1,234 deals", "1.234 Deals")])
def test_deals_are_counted_in_both_languages(n, english, german):
    assert say_count("evidence-deals", n, "en") == english
    assert say_count("evidence-deals", n, "de") == german


def test_every_count_word_of_the_evidence_has_its_form_for_one():
    counts = [key for key in WORDS if key.startswith("evidence-") and WORDS[key][0].startswith("{n} ")
              and not key.endswith("-one")]
    assert counts and all(f"{key}-one" in WORDS for key in counts)
    assert (say_count("evidence-times", 1, "de"), say_count("evidence-times", 3, "de")) == ("einmal", "3-mal")
    assert (say_count("evidence-rows", 1, "en"), say_count("evidence-events", 1, "de")) == ("1 row", "1 Phasenwechsel")
