"""The UI language: Qt translators for the app's own texts and Qt's standard dialogs.

The language follows the system unless Preferences names one; a change applies
after a restart (menus are built once). `.ts` sources and compiled `.qm` files
live in resources/translations (see tools/update_translations.sh). Findings (map
health, funnel errors) are written in the words table of exported documents
(analysis/words.py); `DocumentWordsTranslator` serves that table to Qt, so on
screen they follow the UI language too, with their German kept in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..analysis.words import english, fill, german_for

from ..resources import resource_path
from ..settings import load_preferences

SUPPORTED = ("en", "de")
DOCUMENT_WORDS = "DocumentWords"   # the translation context of the words table
_installed: list[QTranslator] = []
_language = "en"


def chosen_language(preference: str | None = None) -> str:
    """"en" or "de": the preference, or the system language when it is "system" or unsupported."""
    preference = preference if preference is not None else load_preferences().language
    if preference in SUPPORTED:
        return preference
    system = QLocale.system().name()[:2]
    return system if system in SUPPORTED else "en"


def current_language() -> str:
    return _language


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Loads the translations for `language` (default: the chosen one); returns the language used."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = language or chosen_language()
    if _language == "en":   # the English plural forms only: "1 deal", "2 deals" for "%n deal(s)"
        _load(app, "salesmap_en", str(resource_path("translations")))
    else:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, "qtbase_" + _language, qt_folder)
        _load(app, "salesmap_" + _language, str(resource_path("translations")))
        _add(app, DocumentWordsTranslator(app))
    QLocale.setDefault(QLocale(_language))
    return _language


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        _add(app, translator)


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


class DocumentWordsTranslator(QTranslator):
    """German for the context "DocumentWords", straight from the words table."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return german_for(source) if context == DOCUMENT_WORDS else None

    def isEmpty(self) -> bool:   # noqa: N802  (Qt's name)
        return False


def on_screen(key: str, values=()) -> str:
    """The words-table entry `key` in the UI's language (through Qt's translators), `values` filled in."""
    return fill(QCoreApplication.translate(DOCUMENT_WORDS, english(key)), **dict(values))
