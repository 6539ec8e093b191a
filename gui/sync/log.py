"""What was sent and received (nhật ký), and the fingerprints read over the phone."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.sync.shared import data_label, fingerprint_chars, list_table, section_heading
from gui.sync.undo import UndoBar
from gui.widgets.tablemodel import Column
from models import exchange_log
from models.register import Register
from models.vntext import show_int as format_int
from sync.consolidation import key_summary
from sync.envelope import KIND_CATALOGUE, KIND_SETUP, KIND_UNIT


class LogTab(QWidget):
    """Every package and setup file sent or taken in, newest first; above them, the
    newest stick of packages and its undo."""

    changed = Signal()  # a stick was undone

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        self.undo_bar = UndoBar(db, self)
        self.undo_bar.changed.connect(self.changed)
        layout.addWidget(self.undo_bar)
        hint = QLabel(
            self.tr("Mỗi lần gửi hay nhận gói, cấp hay nhận tệp thiết lập đều được ghi lại ở "
                    "đây, mới nhất ở trên."),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.columns = [
            Column("at", self.tr("Thời điểm"), "datetime"),
            Column("what", self.tr("Việc"), width=17),
            Column("office", self.tr("Gửi cho / nhận từ"), width=24),
            Column("file_name", self.tr("Tệp"), stretch=True),
            Column("content", self.tr("Nội dung"), width=27),
        ]
        self.model, _proxy, self.table = list_table(self.columns, self)
        layout.addWidget(self.table, 1)
        self._sent = {
            KIND_UNIT: self.tr("Gửi gói dữ liệu"),
            KIND_CATALOGUE: self.tr("Gửi danh mục"),
            KIND_SETUP: self.tr("Cấp tệp thiết lập"),
        }
        self._received = {
            KIND_UNIT: self.tr("Nhận gói dữ liệu"),
            KIND_CATALOGUE: self.tr("Nhận gói danh mục"),
            KIND_SETUP: self.tr("Nhận tệp thiết lập"),
        }

    def refresh(self) -> None:
        self.undo_bar.refresh()
        rows: list[dict[str, Any]] = []
        for entry in exchange_log.import_log(self.db):
            totals = {"new": 0, "updated": 0, "deleted": 0, "conflicts": 0}
            for counts in entry.counts.values():
                for key in totals:
                    totals[key] += counts.get(key, 0)
            content = self.tr("{new} mới, {updated} cập nhật, {deleted} xóa").format(
                new=format_int(totals["new"]), updated=format_int(totals["updated"]),
                deleted=format_int(totals["deleted"]),
            )
            if totals["conflicts"]:
                content += self.tr(", {count} xung đột").format(
                    count=format_int(totals["conflicts"]))
            rows.append({
                "at": entry.imported_at,
                "what": self._received.get(entry.kind, entry.kind),
                "office": entry.sender_name,
                "file_name": entry.file_name,
                "content": content,
            })
        for sent in exchange_log.export_log(self.db):
            rows.append({
                "at": sent.exported_at,
                "what": self._sent.get(sent.kind, sent.kind),
                "office": sent.recipient_name,
                "file_name": sent.file_name,
                "content": self.tr("{count} bản ghi").format(
                    count=format_int(sum(sent.counts.values()))
                ),
            })
        rows.sort(key=lambda r: r["at"], reverse=True)
        self.model.set_rows(rows)

    def counts(self) -> tuple[int, int]:
        """(received, sent) in the log."""
        received = sum(1 for r in self.model.rows() if r["what"] in self._received.values())
        return received, self.model.rowCount() - received


class KeysTab(QWidget):
    """This office's fingerprints and those of the offices it trusts."""

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Dấu vân tay là dãy chữ số rút ra từ khóa bảo mật của mỗi nơi. Lần đầu nhận gói "
                "hay tệp thiết lập, hai bên gọi điện đọc cho nhau dấu vân tay để chắc chắn gói "
                "đúng là của nơi gửi. Khóa của đơn vị này nằm trong thư mục dữ liệu và được "
                "sao lưu cùng sổ; không bao giờ nằm trong gói."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(section_heading(
            self.tr("Dấu vân tay khóa ký của đơn vị này (đọc cho nơi nhận gói):"), self))
        self.signing = data_label(self)
        big = QFont(self.signing.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.signing.setFont(big)
        layout.addWidget(self.signing)
        self.receiving = data_label(self)
        layout.addWidget(self.receiving)
        layout.addWidget(section_heading(self.tr("Khóa của các nơi sổ này tin cậy"), self))
        self.columns = [
            Column("name", self.tr("Nơi gửi, nhận"), stretch=True),
            Column("role", self.tr("Là"), width=12),
            Column("fingerprint", self.tr("Dấu vân tay khóa ký"), width=fingerprint_chars(self)),
        ]
        self.model, _proxy, self.table = list_table(self.columns, self)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        summary = key_summary(self.db)
        self.signing.setText(summary.signing_fingerprint)
        self.receiving.setText(
            self.tr("Khóa nhận (để nơi khác mã hóa gói gửi cho đơn vị này): {fingerprint}")
            .format(fingerprint=summary.receiving_fingerprint)
        )
        self.model.set_rows([
            {
                "name": key.name,
                "role": self.tr("Cấp trên") if key.role == "upper" else self.tr("Đơn vị"),
                "fingerprint": key.fingerprint or self.tr("chưa nhận gói nào"),
            }
            for key in summary.known
        ])
