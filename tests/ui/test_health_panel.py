"""The Map health panel follows every edit and undo, and takes the user to a finding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.model import ChecklistItem, Decision, Link, MapInfo, Outcome, SalesMap, Stage
from salesmap_studio.analysis.lint import lint
from salesmap_studio.ui.health_panel import HealthPanel
from salesmap_studio.ui.i18n import on_screen

from .dock_helpers import shown_dock

CHECKED = dict(entry_criteria="A qualified lead", exit_checklist=(ChecklistItem(text="Call booked"),))


def healthy_map() -> SalesMap:
    """Lead → Fit? (yes → Offer → Won, no → Lost): nothing to complain about."""
    nodes = [Stage(id="lead", name="Lead", x=0.0, **CHECKED), Decision(id="fit", name="Fit?", x=300.0),
             Stage(id="offer", name="Offer", x=600.0, **CHECKED), Outcome(id="won", name="Won", result="won", x=900.0),
             Outcome(id="lost", name="Lost", result="lost", x=600.0, y=200.0)]
    links = [Link(id="l1", source="lead", target="fit"), Link(id="l2", source="fit", target="offer", kind="yes"),
             Link(id="l3", source="fit", target="lost", kind="no"), Link(id="l4", source="offer", target="won")]
    return SalesMap.from_parts(MapInfo(title="Health", language="en", start="lead"), nodes=nodes, links=links)


@pytest.fixture
def window(window_for):
    return window_for(healthy_map())


def panel_of(window) -> HealthPanel:
    return shown_dock(window, HealthPanel)


def listed(panel: HealthPanel) -> list[str]:
    return [item.text(0) for item in panel.finding_items()]


def test_should_say_a_healthy_map_has_no_problems(window):
    panel = panel_of(window)
    assert listed(panel) == []
    assert "No problems found" in panel.summary.text()


def test_should_list_a_new_problem_at_once_and_drop_it_after_undo(window, qtbot):
    panel = panel_of(window)
    window.modeling.remove(["l3"])  # the decision loses its "no" branch; "Lost" is cut off
    assert len(listed(panel)) == 3
    assert listed(panel)[0].startswith("Decision “Fit?” has no “no” branch")
    assert listed(panel)[1].startswith("“Lost” cannot be reached from the start")
    assert listed(panel)[2].startswith("The map never says what happens when a buyer says no")
    assert panel.summary.text().startswith("2 errors, 1 warning.")
    assert window.canvas.scene().item("fit").badge == "error"
    window.activateWindow()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert listed(panel) == []
    assert window.document.has_link("l3")
    assert window.canvas.scene().item("fit").badge is None


def test_should_group_findings_by_severity_errors_first(window, qtbot):
    panel = panel_of(window)
    window.modeling.add_node("stage", 300.0, 400.0, name="Loose end")
    assert panel.tree.topLevelItemCount() == 2
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(2)]
    assert groups == ["Errors (1)", "Warnings (3)"]


def test_should_select_and_show_the_item_of_a_clicked_finding(window, qtbot):
    panel = panel_of(window)
    loose = window.modeling.add_node("stage", 3000.0, 2000.0, name="Far away")
    assert len(listed(panel)) > 0
    row = panel.finding_items()[0]
    panel.tree.scrollToItem(row)
    spot = panel.tree.visualItemRect(row).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.selection.ids() == [loose]
    seen = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert seen.contains(3000.0, 2000.0)


def test_findings_follow_the_ui_language_a_german_ui_on_an_english_map(window_for, german, qtbot):
    window = window_for(healthy_map())   # language="en"
    window.modeling.remove(["l3"])
    panel = panel_of(window)
    assert len(listed(panel)) == 3
    assert listed(panel)[0].startswith("Die Entscheidung „Fit?“ hat keinen Nein-Zweig")


def test_findings_follow_the_ui_language_an_english_ui_on_a_german_map(window_for, qtbot):
    window = window_for(healthy_map())
    window.modeling.set_info(language="de")
    window.modeling.remove(["l3"])
    panel = panel_of(window)
    qtbot.waitUntil(lambda: len(listed(panel)) == 3, timeout=500)
    assert listed(panel)[0].startswith("Decision “Fit?” has no “no” branch")


def vague_chain(count: int) -> SalesMap:
    """Stages without criteria or checklists: two warnings each, and a name shared by none."""
    stages = [Stage(id=f"s{i}", name=f"Stage {i}", x=260.0 * i) for i in range(count)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}", kind="no" if i == 0 else "flow")
             for i in range(count - 1)]
    return SalesMap.from_parts(MapInfo(title="Vague", language="en", start="s0"), nodes=stages, links=links)


def fresh_check(window) -> list[str]:
    """The rows a panel filled from scratch would show."""
    return [on_screen(finding.key, finding.values) for finding in lint(window.document)]


def test_a_rename_rewords_only_its_findings_and_the_list_matches_a_fresh_check(window_for, qtbot):
    """The panel replaces only the rows that changed; what it lists must still be what a new panel lists."""
    window = window_for(vague_chain(40))
    panel = panel_of(window)
    untouched = panel.finding_items()[0]
    window.selection.set_ids(["s20"])
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.keyClicks(window.canvas.editor, "Stage 3")   # the name stage s3 has: two more warnings
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    assert listed(panel) == fresh_check(window) and sum("“Stage 3”" in row for row in listed(panel)) == 6
    assert sum("is used 2 times" in row for row in listed(panel)) == 2
    assert panel.finding_items()[0] is untouched    # the rows before the change were kept
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert listed(panel) == fresh_check(window)
    assert sum("“Stage 3”" in row for row in listed(panel)) == 2
    assert panel.tree.topLevelItem(0).text(0) == "Warnings (81)"


def test_behind_its_tab_the_panel_marks_the_canvas_at_once_and_lists_the_problem_when_shown(window, qtbot):
    """A hidden tab does not refill its list after each step (thousands of rows on a big map)."""
    panel = window.findChild(HealthPanel)
    window.inspector_dock.raise_()                   # the default layout: the inspector in front
    window.modeling.remove(["l3"])
    assert window.canvas.scene().item("fit").badge == "error"   # the canvas does not wait
    assert listed(panel) == []                                  # the list does
    shown_dock(window, HealthPanel)
    qtbot.waitUntil(lambda: len(listed(panel)) == 3)
    assert listed(panel) == fresh_check(window)
    assert panel.summary.text().startswith("2 errors, 1 warning.")


def test_should_keep_a_badge_through_a_rename_and_put_it_on_a_stage_brought_back_by_undo(window, qtbot):
    panel_of(window)
    scene = window.canvas.scene()
    loose = window.modeling.add_node("stage", 300.0, 400.0, name="Loose end")
    assert scene.item(loose).badge == "error"
    window.modeling.set_node_fields(loose, name="Still loose")   # the findings are worded anew, the badges stay
    assert scene.item(loose).badge == "error"
    window.modeling.remove([loose])
    window.activateWindow()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert scene.item(loose) is not None and scene.item(loose).badge == "error"


def test_should_give_a_long_list_the_panel_s_whole_height(window_for, qtbot):
    """Fifty problems: the list reaches down to the panel's bottom edge instead of stopping half-way."""
    loose = [Stage(id=f"s{i}", name=f"Loose {i}", x=300.0 * i) for i in range(50)]
    window = window_for(SalesMap.from_parts(MapInfo(title="Loose", language="en"), nodes=loose))
    panel = panel_of(window)
    qtbot.waitUntil(lambda: len(listed(panel)) >= 50)
    body = panel.widget()
    qtbot.waitUntil(lambda: panel.tree.verticalScrollBar().isVisible())
    bottom = panel.tree.mapTo(body, panel.tree.rect().bottomLeft()).y()
    assert bottom >= body.height() - 20, (bottom, body.height())
