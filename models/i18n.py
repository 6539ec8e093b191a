"""The program's own words in the user's language (gettext, domain ``snq``).

Vietnamese is the source language: every message is written in Vietnamese in the
code and looked up in ``resources/locale/<lang>/LC_MESSAGES/snq.mo`` when another
language is chosen (the window's language setting, the command line's ``--lang``).
Printed Party documents never come here: they are Vietnamese by nature.

This module imports no other ``models`` module, so any module may use it.
"""
from __future__ import annotations

import functools
import gettext
from pathlib import Path

DOMAIN = "snq"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"
LANGUAGES = ("vi", "en")

_language = "vi"


def set_language(lang: str) -> None:
    """Speak ``lang`` from now on ("vi" or "en"; anything else falls back to Vietnamese)."""
    global _language
    _language = lang if lang in LANGUAGES else "vi"


def current_language() -> str:
    return _language


def english() -> bool:
    return _language == "en"


@functools.cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[lang], fallback=True)


def _(message: str) -> str:
    """``message`` (Vietnamese) in the current language."""
    if _language == "vi":
        return message
    return _catalogue(_language).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """One of two forms by ``count``; Vietnamese has one form, so both are usually equal."""
    if _language == "vi":
        return singular if count == 1 else plural
    return _catalogue(_language).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined (a table of labels);
    it is translated with ``_()`` where it is shown."""
    return message


class Labels(dict):
    """Codes and their Vietnamese labels (``N_``-marked), read in the current language.

    ``labels[code]``, ``get``, ``items`` and ``values`` give the translated label, so
    every list, combo and message that shows one follows the language; ``source(code)``
    is the Vietnamese label, for what is stored (search text) rather than shown.
    """

    def __getitem__(self, key):
        return _(super().__getitem__(key))

    def get(self, key, default=None):
        return _(super().__getitem__(key)) if key in self else default

    def source(self, key, default=None):
        return super().get(key, default)

    def items(self):
        return [(key, _(value)) for key, value in super().items()]

    def values(self):
        return [_(value) for value in super().values()]
