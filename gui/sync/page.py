"""The Đồng bộ USB page: sending and receiving packages on a USB stick.

A unit office sends everything it recorded up to its upper level and takes in
the catalogue and the setup file coming down; an upper-level office follows its
units (who sent, who is silent), issues setup files, sends the catalogue down
and takes in the units' packages, one by one or all at once. Both see the log
of what went where, the conflicts to settle and the key fingerprints.

Each tab lives in its own module (``gui.sync_*``); the work itself is
``sync.import_export`` and ``sync.enrolment``, run off the GUI thread
(``gui.sync.jobs``).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.sync.conflicts import ConflictsTab
from gui.sync.log import KeysTab, LogTab
from gui.sync.receive import ReceiveTab
from gui.sync.send import SendTab
from gui.sync.shared import data_label
from gui.sync.units import UnitsTab
from gui.widgets.common import follow_text_size
from models.register import Register
from models.settings import get_settings
from models.vntext import show_int as format_int


class SyncPage(QWidget):
    countChanged = Signal()
    settingsSaved = Signal()  # a setup file may have named this office

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.role: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = follow_text_size(QLabel(self.tr("Đồng bộ USB"), self), 1.25)
        top.addWidget(heading)
        self.office = data_label(self)
        top.addWidget(self.office, 1)
        layout.addLayout(top)

        self.tabs = QTabWidget(self)
        self.units_tab = UnitsTab(db, self)
        self.send_tab = SendTab(db, self)
        self.receive_tab = ReceiveTab(db, self)
        self.conflicts_tab = ConflictsTab(db, self)
        self.log_tab = LogTab(db, self)
        self.keys_tab = KeysTab(db, self)
        # Each tab scrolls rather than clip its messages when the text is large.
        self._holders: dict[QWidget, QScrollArea] = {}
        for tab in (self.units_tab, self.send_tab, self.receive_tab, self.conflicts_tab,
                    self.log_tab, self.keys_tab):
            holder = QScrollArea(self.tabs)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(tab)
            self._holders[tab] = holder
            self.tabs.addTab(holder, "")
        for tab in (self.units_tab, self.send_tab, self.receive_tab, self.conflicts_tab,
                    self.log_tab):
            tab.changed.connect(self.refresh)
        self.send_tab.setupApplied.connect(self.settingsSaved)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read everything again (the page is shown, or something was sent or received)."""
        settings = get_settings(self.db)
        upper = settings.role == "upper"
        if settings.role != self.role:
            first_time = self.role is None
            self.role = settings.role
            self.tabs.setTabVisible(self._index(self.units_tab), upper)
            self.tabs.setTabVisible(self._index(self.send_tab), not upper)
            if first_time or not self.tabs.isTabVisible(self.tabs.currentIndex()):
                self.show_tab(self.units_tab if upper else self.send_tab)
        self.office.setText(
            self.tr("{name} — sổ cấp trên, tổng hợp các đơn vị").format(name=settings.unit_name)
            if upper else
            self.tr("{name} — sổ của đơn vị").format(name=settings.unit_name)
        )
        (self.units_tab if upper else self.send_tab).refresh()
        for tab in (self.receive_tab, self.conflicts_tab, self.log_tab, self.keys_tab):
            tab.refresh()
        self._name_tabs(upper)
        self.countChanged.emit()

    def _name_tabs(self, upper: bool) -> None:
        conflicts = self.conflicts_tab.count()
        names = {
            self.units_tab: self.tr("Các đơn vị"),
            self.send_tab: self.tr("Gửi lên cấp trên"),
            self.receive_tab: (
                self.tr("Nhận gói của đơn vị") if upper else self.tr("Nhận từ cấp trên")
            ),
            self.conflicts_tab: (
                self.tr("Xung đột ({count})").format(count=format_int(conflicts))
                if conflicts else self.tr("Xung đột")
            ),
            self.log_tab: self.tr("Nhật ký gửi, nhận"),
            self.keys_tab: self.tr("Khóa bảo mật"),
        }
        for tab, name in names.items():
            self.tabs.setTabText(self._index(tab), name)

    def _index(self, tab: QWidget) -> int:
        return self.tabs.indexOf(self._holders[tab])

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(self._holders[tab])

    def current_tab(self) -> QWidget:
        return self.tabs.currentWidget().widget()

    def tab_title(self, tab: QWidget) -> str:
        return self.tabs.tabText(self._index(tab))

    def tab_shown(self, tab: QWidget) -> bool:
        return self.tabs.isTabVisible(self._index(tab))

    def row_count_text(self) -> str:
        received, sent = self.log_tab.counts()
        return self.tr("{received} lần nhận, {sent} lần gửi hay cấp tệp").format(
            received=format_int(received), sent=format_int(sent)
        )
