"""The Funnel panel: the issue's worked example on screen, and what-if edits that undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from salesmap_studio.model import Funnel, Link, MapInfo, Outcome, SalesMap, Stage
from salesmap_studio.ui.funnel_panel import FunnelPanel

from .dock_helpers import shown_dock
from .helpers import assert_one_undo_step


def worked_example(funnel: bool = True) -> SalesMap:
    """A (10 days, 50 %) → B (20 days, 40 %); B → Won 75 %; objection B → A 25 %; 10 won per quarter."""
    nodes = [Stage(id="a", name="Qualify", expected_days=10.0, conversion_rate=0.5),
             Stage(id="b", name="Propose", x=300.0, expected_days=20.0, conversion_rate=0.4),
             Outcome(id="won", name="Won", result="won", x=600.0)]
    links = [Link(id="l1", source="a", target="b"), Link(id="l2", source="b", target="won", share=0.75),
             Link(id="l3", source="b", target="a", kind="objection", share=0.25)]
    settings = Funnel(target=10.0, period="quarter", deal_value=1000.0, currency="EUR") if funnel else None
    return SalesMap.from_parts(MapInfo(language="en", start="a", funnel=settings), nodes=nodes, links=links)


@pytest.fixture
def english(qapp):
    """Numbers in the English UI's locale (10,000), whatever the system's is."""
    from salesmap_studio.ui import i18n

    i18n.install_translators(qapp, "en")


@pytest.fixture
def window(english, window_for):
    return window_for(worked_example())


def panel_of(window) -> FunnelPanel:
    return shown_dock(window, FunnelPanel)


def figure(panel: FunnelPanel, key: str) -> str:
    return panel.figures[key].text()


def type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Double-click the cell, type over its value, press Enter — as a user would."""
    table.scrollToItem(table.item(row, column))
    spot = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: table.state() != editing, timeout=500)  # the view commits on its next turn


def row_of(table, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(name))


def test_should_show_the_worked_example(window):
    panel = panel_of(window)
    assert figure(panel, "win_rate") == "15.8%"
    assert figure(panel, "entries") == "64 per quarter"
    assert figure(panel, "cycle_days") == "31.6 days"
    assert figure(panel, "revenue") == "10,000 EUR per quarter"
    steps = panel.steps
    assert [steps.item(r, 1).text() for r in range(3)] == ["67", "34", "10"]
    assert panel.problem.isHidden()


def test_should_recompute_at_once_when_a_conversion_rate_is_typed_and_undo_it(window, qtbot):
    panel = panel_of(window)
    before, steps = window.document.to_dict(), window.undo_stack.count()
    type_into_cell(qtbot, panel.steps, row_of(panel.steps, "Propose"), 2, "80")
    assert window.document.node("b").conversion_rate == 0.8
    assert figure(panel, "win_rate") == "33.3%"  # 0.3 / 0.9
    assert_one_undo_step(window, before, steps)
    window.undo_stack.undo()
    assert figure(panel, "win_rate") == "15.8%"


def test_should_edit_a_share_at_a_fork(window, qtbot):
    panel = panel_of(window)
    type_into_cell(qtbot, panel.branches, row_of(panel.branches, "Propose → Qualify"), 1, "5")
    assert window.document.link("l3").share == 0.05
    assert figure(panel, "entries") != "64 per quarter"


def test_should_refuse_a_percentage_over_100_and_change_nothing(window, qtbot):
    panel = panel_of(window)
    before = window.document.to_dict()
    type_into_cell(qtbot, panel.steps, row_of(panel.steps, "Qualify"), 2, "150")
    assert window.document.to_dict() == before
    assert "between 0 and 100" in window.statusBar().currentMessage()
    assert panel.steps.item(row_of(panel.steps, "Qualify"), 2).text() == "50"


def test_should_change_the_target_when_typed(window, qtbot):
    panel = panel_of(window)
    qtbot.mouseClick(panel.target, Qt.MouseButton.LeftButton)
    panel.target.selectAll()
    qtbot.keyClicks(panel.target, "20")
    qtbot.keyClick(panel.target, Qt.Key.Key_Return)
    assert window.document.info.funnel.target == 20.0
    assert figure(panel, "entries") == "127 per quarter"


def test_should_say_what_is_missing_without_funnel_settings(window_for, qtbot):
    window = window_for(worked_example(funnel=False))
    panel = panel_of(window)
    assert not panel.problem.isHidden()
    assert "no funnel settings" in panel.problem.text()
    assert figure(panel, "win_rate") == "–"
    qtbot.mouseClick(panel.target, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.target, "10")
    qtbot.keyClick(panel.target, Qt.Key.Key_Return)
    assert figure(panel, "win_rate") == "15.8%"
    assert window.document.info.funnel.period == "year"


def test_a_german_ui_says_what_is_missing_in_german_on_an_english_map(window_for, german):
    window = window_for(worked_example(funnel=False))   # language="en"
    panel = panel_of(window)
    assert panel.problem.text() == ("Die Karte hat keine Trichter-Einstellungen. Legen Sie zuerst ein Ziel an "
                                    "gewonnenen Deals pro Zeitraum fest.")
def test_should_speak_german_in_whole_deals_and_say_why_won_differs_from_the_target(german, window_for, template):
    window = window_for(template("extended-b2b", "de"))
    panel = panel_of(window)
    assert figure(panel, "win_rate") == "3,34 %"
    assert figure(panel, "entries") == "3.590 pro Jahr"        # 3,589.4 deals: whole deals, rounded up
    assert figure(panel, "revenue") == "3.600.000 EUR pro Jahr"
    steps = panel.steps
    assert steps.item(row_of(steps, "Markenbekanntheit"), 1).text() == "3.590"
    assert steps.item(row_of(steps, "Gewonnen"), 1).text() == "98"
    assert panel.why.isVisible() and panel.why.text() == (
        "Das Ziel zählt Deals bei „Vertrag unterzeichnet“ als gewonnen (120); die Schritte danach verlieren "
        "einige, daher erreichen 98 „Gewonnen“.")
    branches = [panel.branches.item(r, 0).text() for r in range(panel.branches.rowCount())]
    assert "Angebot → Bedarfsanalyse (Einwand)" in branches
    assert "Budget und Fit bestätigt? → Zurück ins Nurturing (nein)" in branches


def cut_rows(table) -> list[str]:
    """The texts of the rows too low for their wrapped text."""
    cut = []
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        cell = table.visualItemRect(item)
        needed = table.fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 10_000),
                                                  Qt.TextFlag.TextWordWrap, item.text())
        if needed.height() > cell.height():
            cut.append(item.text())
    return cut


def test_no_row_is_cut(window_for, template, qtbot):
    window = window_for(template("extended-b2b", "en"))
    panel = panel_of(window)   # filled as it is first shown: the rows take their height on Qt's next turn
    assert panel.steps.rowCount() and panel.branches.rowCount()
    qtbot.waitUntil(lambda: cut_rows(panel.steps) == cut_rows(panel.branches) == [])


def test_behind_its_tab_the_funnel_shows_the_latest_map_when_shown(window, qtbot):
    """A hidden tab does not refill its tables after each step; it catches up when it is shown."""
    panel = window.findChild(FunnelPanel)
    window.inspector_dock.raise_()                   # the default layout: the inspector in front
    window.modeling.set_node_fields("b", name="Written offer")
    panel_of(window)
    qtbot.waitUntil(lambda: any(panel.steps.item(r, 0).text() == "Written offer"
                                for r in range(panel.steps.rowCount())))
