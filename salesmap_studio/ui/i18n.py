"""The UI language: Qt translators for the app's own texts and Qt's standard dialogs.

The language follows the system unless Preferences names one; a change applies
after a restart (menus are built once). `.ts` sources and compiled `.qm` files
live in resources/translations (see tools/update_translations.sh).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource_path
from ..settings import load_preferences

SUPPORTED = ("en", "de")
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
    if _language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, "qtbase_" + _language, qt_folder)
        _load(app, "salesmap_" + _language, str(resource_path("translations")))
    QLocale.setDefault(QLocale(_language))
    return _language


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)
