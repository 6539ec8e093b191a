"""The window's language: Vietnamese, the source language of every string, or English.

Held apart from starting the window (``gui.window.app``) because the help and the
numbers ask which language is shown, and the window's start imports them.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from models import i18n
from resources import I18N_DIR

LANGUAGES = ("vi", "en")

_translator: QTranslator | None = None


def current_language() -> str:
    """The language the window is in: "en" with the English translation loaded, else "vi"."""
    return "en" if _translator is not None else "vi"


def install_language(app: QApplication, lang: str) -> bool:
    """Load the translation for ``lang`` ("vi" needs none); True if the window is in it."""
    global _translator
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if lang == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        i18n.set_language("vi")
        return True
    translator = QTranslator(app)
    if not translator.load(str(I18N_DIR / f"snq_{lang}.qm")):
        i18n.set_language("vi")
        return False
    app.installTranslator(translator)
    _translator = translator
    # The messages of models/, sync/, sheets/ and reports/ (gettext) follow the window.
    i18n.set_language(lang)
    return True
