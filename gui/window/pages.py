"""The pages of the side bar, in order, and how to build each one.

``PAGE_FACTORIES`` maps a page's key to its title and a factory. A factory gets
the open register (``models.register.Register``: its path and folders come with it)
and the parent widget, and imports its module only when
the page is first opened, so the window shows quickly. Another part of the
program adds or replaces a page by changing its entry here.
"""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from models.register import Register

Factory = Callable[["Register", QWidget], QWidget]


class PageSpec(NamedTuple):  # not a dataclass: that module would delay the first paint
    title: str  # Vietnamese source text; shown through ``translated_title``
    factory: Factory

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


def _lazy(module: str, cls: str) -> Factory:
    def build(db: Register, parent: QWidget) -> QWidget:
        return getattr(import_module(module), cls)(db, parent)

    return build


PAGE_FACTORIES: dict[str, PageSpec] = {
    "overview": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Tổng quan"),
        _lazy("gui.overview.page", "OverviewPage"),
    ),
    "documents": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Văn bản"), _lazy("gui.documents.page", "DocumentsPage")
    ),
    "conferences": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Hội nghị"), _lazy("gui.conferences.page", "ConferencesPage")
    ),
    "plans": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Kế hoạch hành động"), _lazy("gui.plans.page", "PlansPage")
    ),
    "outreach": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Tuyên truyền"), _lazy("gui.plans.outreach", "OutreachPage")
    ),
    "reflections": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Thu hoạch"),
        _lazy("gui.documents.reflections", "ReflectionsPage"),
    ),
    "organisation": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Tổ chức đảng"),
        _lazy("gui.organisation.page", "OrganisationPage"),
    ),
    "sync": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Đồng bộ USB"), _lazy("gui.sync.page", "SyncPage")
    ),
    "settings": PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Cài đặt"), _lazy("gui.settings.page", "SettingsPage")
    ),
}
