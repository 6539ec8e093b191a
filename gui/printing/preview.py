"""Xem trước: a form shown exactly as it will print, with In and Lưu PDF beside it.

The pages are the very PDF that goes to the printer (drawn once, kept in memory),
shown by QtPdf one under another, as wide as the window. Ctrl+P prints from here.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.printing.jobs import (
    PrintJob,
    RenderedPdf,
    open_pdf,
    print_rendered,
    render_job,
    save_rendered,
    save_word_job,
)
from gui.widgets.common import fit_to_screen
from models.register import Register
from models.vntext import show_int as format_int

ZOOM_STEP = 1.25


class PrintPreviewDialog(QDialog):
    """The pages of ``rendered``; ``printed`` is emitted once they went to the printer."""

    printed = Signal()

    def __init__(self, db: Register, rendered: RenderedPdf, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.rendered = rendered
        self.was_printed = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = rendered.job.name
        self.setWindowTitle(self.tr("Xem trước {name}").format(name=name))
        self.document, self._buffer = open_pdf(rendered.data, self)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8a8a; }")

        self.pages_label = QLabel(
            self.tr("{name}: {pages} trang khổ A4, đúng như khi in").format(
                name=name[:1].upper() + name[1:], pages=format_int(self.document.pageCount())
            ),
            self,
        )
        self.pages_label.setWordWrap(True)
        self.zoom_out_button = QPushButton(self.tr("Thu nhỏ"), self)
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in_button = QPushButton(self.tr("Phóng to"), self)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.fit_width_button = QPushButton(self.tr("Vừa chiều ngang"), self)
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button = QPushButton(self.tr("Cả trang"), self)
        self.fit_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )
        top = QHBoxLayout()
        for button in (
            self.zoom_out_button, self.zoom_in_button, self.fit_width_button, self.fit_page_button
        ):
            button.setAutoDefault(False)
            top.addWidget(button)
        top.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        notes = QVBoxLayout()
        notes.addWidget(self.pages_label)
        notes.addWidget(self.status)
        self.print_button = QPushButton(self.tr("In… (Ctrl+P)"), self)
        self.print_button.setToolTip(self.tr("Chọn máy in rồi in"))
        self.print_button.clicked.connect(self.print_now)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.save_button.setToolTip(self.tr("Lưu bản in thành tệp PDF để gửi hoặc in sau"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_pdf)
        # The same document as an editable Word file, for the one word to change.
        self.word_button = QPushButton(self.tr("Lưu Word…"), self)
        self.word_button.setToolTip(self.tr("Tệp .docx để sửa tiếp bằng Word hoặc LibreOffice"))
        self.word_button.clicked.connect(self.save_word)
        self.word_button.setVisible(rendered.job.word is not None)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addLayout(notes, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.word_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_now)
        fit_to_screen(self, 104, 46)

    def shown_zoom(self) -> float:
        """The zoom the pages are drawn at; the fit modes leave ``zoomFactor`` at 1."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(0)
        scale = self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        room = self.view.viewport().size()
        width = (room.width() - margins.left() - margins.right()) / (page.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width
        height = (room.height() - margins.top() - margins.bottom()) / (page.height() * scale)
        return min(width, height)

    def _zoom(self, factor: float) -> None:
        zoom = min(max(self.shown_zoom() * factor, 0.25), 6.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def print_now(self) -> bool:
        if not print_rendered(self, self.db, self.rendered):
            return False
        self.was_printed = True
        self.status.setText(self.tr("Đã gửi tới máy in."))
        self.status.show()
        self.printed.emit()
        return True

    def save_pdf(self) -> None:
        path = save_rendered(self, self.rendered)
        if path is not None:
            self.status.setText(self.tr("Đã lưu: {path}").format(path=path))
            self.status.show()

    def save_word(self) -> None:
        path = save_word_job(self, self.db, self.rendered.job)
        if path is not None:
            self.status.setText(self.tr("Đã lưu: {path}").format(path=path))
            self.status.show()


def preview_job(parent: QWidget | None, db: Register, job: PrintJob):
    """Xem trước: draw (or say what is missing), then the preview dialog, opened and
    returned (``None`` if nothing to show). Its ``printed`` signal says it went out."""
    rendered = render_job(parent, db, job)
    if rendered is None:
        return None
    dialog = PrintPreviewDialog(db, rendered, parent)
    dialog.open()
    return dialog
