"""Every text the UI shows goes through Qt's translation, so a German session never shows English.

Scans the UI sources (and app.py) with `ast` for string literals handed straight to the
Qt calls that put text on screen; such a literal never reaches the translator.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "salesmap_studio" / "ui").rglob("*.py")) + [ROOT / "salesmap_studio" / "app.py"]
ICON_NAMES = {p.stem for p in (ROOT / "icons").glob("*.svg")}

# Methods whose text arguments are shown to the user, and the constructors that take a caption.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "showMessage",
    "setPlaceholderText", "addMenu", "setTitle", "setLabelText", "setTabText", "addTab", "insertTab",
    "setHeaderLabels", "setInformativeText", "setDetailedText", "setWindowIconText", "setSpecialValueText",
    "setSuffix", "setPrefix", "addRow", "addButton",
    "show_message", "show_error", "report",  # the app's own status-bar note, error dialog, refusal note
}
TEXT_CONSTRUCTORS = {
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolBar",
    "QDockWidget", "QToolButton", "QCommandLinkButton",
}
MESSAGE_BOXES = {"question", "warning", "information", "critical", "about"}
FILE_DIALOGS = {"getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d*[sdfn]?")
PROPER_NAMES = re.compile(r"\b(SalesMap Studio|Python|PySide6|Qt)\b")  # the same in every language


def shows_words(text: str) -> bool:
    """True when the text has letters a reader would see, beyond placeholders and icon names."""
    if text in ICON_NAMES:
        return False
    return any(ch.isalpha() for ch in PROPER_NAMES.sub("", PLACEHOLDER.sub("", text)))


def untranslated_literal(node: ast.AST) -> str | None:
    """The English text of an argument that skips the translator, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if shows_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return parts if shows_words(parts) else None
    if isinstance(node, ast.BinOp):
        return untranslated_literal(node.left) or untranslated_literal(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated_literal(node.body) or untranslated_literal(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return untranslated_literal(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next(filter(None, map(untranslated_literal, node.elts)), None)
    return None


def callee(call: ast.Call) -> tuple[str, str]:
    """(owner, name) of the called function: ("QMessageBox", "question"), ("", "QLabel"), ("x", "setText")."""
    func = call.func
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return owner, func.attr
    return "", ""


def shown_arguments(call: ast.Call) -> list[ast.AST]:
    owner, name = callee(call)
    if name in TRANSLATORS:
        return []
    if owner == "QMessageBox" and name in MESSAGE_BOXES:
        return call.args[1:3] + [k.value for k in call.keywords if k.arg in ("title", "text")]
    if owner == "QFileDialog" and name in FILE_DIALOGS:
        return call.args[1:2] + call.args[3:4] + [k.value for k in call.keywords if k.arg in ("caption", "filter")]
    if name in TEXT_METHODS or name in TEXT_CONSTRUCTORS:
        return list(call.args) + [k.value for k in call.keywords if k.arg in ("text", "title", "toolTip")]
    return []


def offences(path: Path) -> list[str]:
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call):
            continue
        for argument in shown_arguments(call):
            text = untranslated_literal(argument)
            if text is not None:
                found.append(f"{path.relative_to(ROOT)}:{call.lineno} {callee(call)[1]}({text!r})")
    return found


def test_no_ui_text_skips_the_translator():
    found = [offence for path in SOURCES for offence in offences(path)]
    assert not found, "wrap in QCoreApplication.translate(context, …) or self.tr(…):\n" + "\n".join(found)


def test_the_scan_catches_a_bare_caption_and_lets_translated_ones_pass(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label = QLabel("Untitled map")\n'
        'self.status.showMessage(f"Saved {name}")\n'
        'QMessageBox.warning(self, "Cannot open map", str(error))\n'
        'action = QAction(icon("save"), translate("File", "&Save"), self)\n'
        'zoom.setText(f"{round(zoom * 100)} %")\n'
        'button.setToolTip(self.tr("Undo"))\n'
        'box.setText("")\n',
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = offences(sample)
    finally:
        ROOT = saved
    assert [line.split(" ", 1)[0] for line in found] == ["sample.py:1", "sample.py:2", "sample.py:3"]
