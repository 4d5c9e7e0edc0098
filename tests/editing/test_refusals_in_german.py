"""A refused edit says why in the UI's language, in one short sentence of our own (never pydantic's text)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.workshop.test_translations import TS, messages, untranslated

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def decision_with_yes(modeling):
    decision = modeling.add_node("decision", 520, 130)
    first, second = modeling.add_node("stage", 0, 130), modeling.add_node("stage", 780, 130)
    modeling.connect(decision, first, "yes")
    return decision, second


def test_should_refuse_a_second_yes_branch_in_german(modeling, german, decision_with_yes):
    decision, second = decision_with_yes
    assert modeling.connect_problem(decision, second, "yes") == "Diese Entscheidung hat schon einen „Ja“-Zweig."
    link = modeling.connect(decision, second, "no")
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="^Diese Entscheidung hat schon einen „Ja“-Zweig.$"):
        modeling.set_link_fields(link, kind="yes")
    assert modeling.doc.to_dict() == before


def test_should_refuse_an_empty_or_too_long_stage_name_in_german(modeling, german):
    stage = modeling.add_node("stage", 0, 130, name="Discovery")
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="^Name: braucht mindestens ein Zeichen.$"):
        modeling.set_node_fields(stage, name="")
    with pytest.raises(ValueError, match=r"^Name: höchstens 200 Zeichen \(jetzt 201\).$"):
        modeling.set_node_fields(stage, name="x" * 201)
    assert modeling.doc.to_dict() == before


def test_should_name_the_outcome_that_ends_the_map_in_german(modeling, german):
    won = modeling.add_node("outcome", 0, 130, name="Auftrag gewonnen", result="won")
    with pytest.raises(ValueError, match="^„Auftrag gewonnen“ beendet die Karte; danach folgt nichts.$"):
        modeling.add_stage_after(won)


def test_should_refuse_lanes_phases_and_pastes_in_german(modeling, german):
    with pytest.raises(ValueError, match="^Auf dieser Karte gibt es keine Bahn „nowhere“.$"):
        modeling.set_lane("nowhere", name="X")
    with pytest.raises(ValueError, match="^Auf dieser Karte gibt es keine Phase „nowhere“.$"):
        modeling.remove_phase("nowhere")
    with pytest.raises(ValueError, match="^Das eingefügte Element ist ungültig – Name: braucht mindestens"):
        modeling.paste({"nodes": [{"id": "a", "kind": "stage", "name": ""}]})
    assert modeling.doc.nodes() == []


def test_should_refuse_crm_names_and_their_side_of_a_conflict_in_german(modeling, german):
    from salesmap_studio.model import Link
    from salesmap_studio.model.conflicts import LinkConflict

    demo = modeling.add_node("stage", 0, 130, name="Demo")
    won = modeling.add_node("outcome", 300, 130, name="Gewonnen", result="won")
    modeling.set_node_fields(won, crm_stages=["Closed Won"])
    modeling.add_conflicts([LinkConflict(id="c1", item="l9", fields=("target",), base=None,
                                         theirs=Link(id="l9", source=demo, target="angebot"))])
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="^„demo“ ist schon eine CRM-Phase dieses Schritts.$"):
        modeling.set_node_fields(demo, crm_stages=["Demo", "demo"])
    with pytest.raises(ValueError, match="^„closed won“ ist schon die CRM-Phase von „Gewonnen“"):
        modeling.set_node_fields(demo, crm_stages=["closed won"])
    with pytest.raises(ValueError, match="^Ihre Fassung von „l9“ nennt den Knoten „angebot“, den es"):
        modeling.resolve_conflict("c1", "theirs")
    assert modeling.doc.to_dict() == before


def test_should_name_undo_steps_in_german(modeling, german):
    modeling.add_node("stage", 0, 130)
    assert modeling.undo_stack.undoText() == "Schritt hinzufügen"


@pytest.mark.parametrize("edit, expected", [
    (lambda m, s: m.set_node_fields(s, name="x" * 201), "Name: at most 200 characters (now 201)."),
    (lambda m, s: m.set_node_fields(s, conversion_rate=1.5), "Conversion rate: at most 1."),
    (lambda m, s: m.set_node_fields(s, expected_days=-1.0), "Days in stage: at least 0."),
    (lambda m, s: m.set_node_fields(s, x=float("nan")), "Position: enter a finite number."),
    (lambda m, s: m.set_node_fields(s, name=12), "Name: enter text."),
    (lambda m, s: m.set_node_fields(s, colour="red"), "“colour” is not a field of this kind of element."),
    (lambda m, s: m.set_lane("sales", color="red"), "Colour: a colour is written #RRGGBB."),
    (lambda m, s: m.set_info(funnel={"target": 0.0}), "Target: must be more than 0."),
    (lambda m, s: m.paste({"nodes": [{"id": "a", "kind": "box", "name": "A"}]}),
     "The pasted node is not valid — Kind: use one of 'stage', 'decision', 'outcome'."),
])
def test_should_refuse_a_bad_value_in_one_sentence_of_our_own(modeling, edit, expected):
    stage = modeling.add_node("stage", 0, 130)
    with pytest.raises(ValueError) as refused:
        edit(modeling, stage)
    assert str(refused.value) == expected
    assert "\n" not in expected and "pydantic" not in expected


def test_the_ts_holds_every_text_of_the_editing_layer_translated(tmp_path):
    fresh = tmp_path / "editing.ts"
    sources = sorted(str(p) for p in (ROOT / "salesmap_studio" / "editing").rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, cwd=ROOT, timeout=120)
    wanted, shipped = messages(fresh), messages(TS)
    assert wanted, "lupdate found no texts in salesmap_studio/editing"
    missing = sorted(key for key in wanted if key not in shipped or untranslated(shipped[key]))
    assert not missing, "run tools/update_translations.sh and translate:\n" + "\n".join(map(str, missing))
