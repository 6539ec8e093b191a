"""The conference editor: everything the minutes of a study conference hold.

One dialog, one tab per part of the minutes. Lưu (Ctrl+S) writes the
conference, everything under it and the attendance marks in one transaction;
a refusal shows every problem at once in red and writes nothing. Leaving with
unsaved changes asks first.

The tabs live in their own modules (``tab_general``, ``tab_documents``,
``tab_proceedings``, ``tab_makeup``, the attendance sheet), as do the print
buttons (``minutes_printing``) and the way between the fields and the record
(``conference_form``); each is a part of this one dialog, sharing its fields.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.conferences.attendance_sheet import AttendanceSheet
from gui.conferences.conference_form import ConferenceForm
from gui.conferences.editor_parts import ask
from gui.conferences.minutes_printing import MinutesPrinting
from gui.conferences.tab_documents import DocumentsTab
from gui.conferences.tab_general import GeneralTab
from gui.conferences.tab_makeup import MakeupTab
from gui.conferences.tab_proceedings import ProceedingsTabs
from gui.widgets.help import add_help_key
from models.attendance import MakeupSession
from models.conference_editing import save_conference_with_attendance
from models.conferences import (
    FORMATS,
    KINDS,
    PRESENTER_LEVELS,
    Conference,
    ConferenceDetail,
    get_conference_detail,
    next_reg_number,
)
from models.errors import UserError, ValidationError
from models.register import Register
from models.settings import get_settings
from models.store import can_edit

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class ConferenceEditor(
    GeneralTab, DocumentsTab, ProceedingsTabs, MakeupTab, MinutesPrinting, ConferenceForm, QDialog
):
    """Create or change one study conference.

    ``saved(uuid)`` fires after every successful Lưu; ``was_saved`` tells the
    caller whether anything was written while the editor was open.
    """

    saved = Signal(str)

    def __init__(self, db: Register, conference_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.was_saved = False
        self.detail: ConferenceDetail | None = None
        self._was_final = False
        self._clean: tuple = ()
        self._sessions = 0
        self._makeup_sessions: list[MakeupSession] = []
        self._makeup_people: dict[str, list[str]] = {}
        self.settings = get_settings(db)
        self.setWindowTitle(self.tr("Hội nghị"))
        self.setSizeGripEnabled(True)

        self._kinds = {
            "hoc_tap": self.tr("Học tập"),
            "quan_triet": self.tr("Quán triệt"),
            "trien_khai": self.tr("Triển khai"),
            "so_ket": self.tr("Sơ kết"),
            "tong_ket": self.tr("Tổng kết"),
        }
        self._formats = {
            "truc_tiep": self.tr("Trực tiếp"),
            "truc_tuyen": self.tr("Trực tuyến"),
            "ket_hop": self.tr("Kết hợp"),
        }
        self._levels = {
            "TW": self.tr("Báo cáo viên Trung ương"),
            "tinh": self.tr("Báo cáo viên cấp tỉnh"),
            "huyen": self.tr("Báo cáo viên cấp huyện"),
            "co_so": self.tr("Tuyên truyền viên cơ sở"),
        }
        for code, label in KINDS.items():
            self._kinds.setdefault(code, label)
        for code, label in FORMATS.items():
            self._formats.setdefault(code, label)
        for code, label in PRESENTER_LEVELS.items():
            self._levels.setdefault(code, label)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("Thông tin chung"))
        self.tabs.addTab(self._documents_tab(), self.tr("Văn bản, báo cáo viên"))
        self.tabs.addTab(self._bridge_tab(), self.tr("Điểm cầu"))
        self.tabs.addTab(self._guests_tab(), self.tr("Khách mời"))
        self.tabs.addTab(self._discussion_tab(), self.tr("Thảo luận"))
        conclusion = self.tabs.addTab(self._conclusion_tab(), self.tr("Kết luận"))
        self.tabs.setTabToolTip(conclusion, self.tr("Kết luận, biểu quyết"))
        self.sheet = AttendanceSheet(db)
        self.sheet.save_first = self._save_before_makeup
        self.sheet.makeup_recorded.connect(self._show_makeup)
        self.sheet.changed.connect(self._show_makeup_summary)
        self.attendance_tab = self.tabs.addTab(self.sheet, self.tr("Điểm danh"))
        self.tabs.addTab(self._makeup_tab(), self.tr("Học bù"))
        # Every tab in sight, whole, at any text size: the editor is never narrower
        # than its tab names, and no tab hides behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)

        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.status = QLabel()
        self.btn_save = QPushButton(self.tr("Lưu (Ctrl+S)"))
        self.btn_close = QPushButton(self.tr("Đóng"))
        self.btn_save.clicked.connect(lambda: self.save())
        self.btn_close.clicked.connect(lambda: self.reject())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        add_help_key(self, self.help_section)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        self._add_print_buttons(bottom)
        bottom.addWidget(self.btn_save)
        bottom.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

        for button in self.findChildren(QPushButton):
            # Enter in a field must never save or close behind the clerk's back.
            button.setAutoDefault(False)
            button.setDefault(False)

        if conference_id is None:
            self._load_new()
        else:
            self._load(get_conference_detail(db, conference_id))
        self._fit_to_screen()
        # The clerk starts typing at once: the name of the conference, on the first tab.
        self.tabs.setCurrentIndex(0)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def help_section(self) -> str:
        """F1: the help of the tab in front."""
        index = self.tabs.currentIndex()
        if index == self.attendance_tab:
            return "attendance"
        return "makeup" if index == self.tabs.count() - 1 else "conference"

    def _fit_to_screen(self) -> None:
        """1180×700 where there is room; never past the screen (with large text on a
        1,366×768 screen the editor takes what there is, its title bar included)."""
        width, height = 1180, 700
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(max(width, self.minimumSizeHint().width()), room.width())
            height = min(height, room.height() - 40)
        self.resize(width, height)

    # --- loading --------------------------------------------------------------
    # (The tabs are built in tab_general, tab_documents, tab_proceedings and tab_makeup;
    # the fields are filled and read back in conference_form.)

    def _load_new(self) -> None:
        today = dt.date.today()
        start = dt.datetime.combine(today, dt.time(8, 0))
        conf = Conference(
            kind="hoc_tap",
            format="truc_tiep",
            title="",
            starts_at=start.isoformat(timespec="minutes"),
            ends_at=(start + dt.timedelta(hours=3)).isoformat(timespec="minutes"),
            term=self.settings.term,
            place=self.settings.place,
            # Who usually chairs and signs (Cài đặt, first start): the minutes need one.
            chair_name=self.settings.leader_name,
            chair_position=self.settings.leader_position if self.settings.leader_name else "",
        )
        self.detail = ConferenceDetail(conference=conf)
        self._fill(self.detail)
        self.reg_number.setValue(next_reg_number(self.db, self.term.text().strip()))
        self.sheet.load(None, today)
        # A conference typed in late: its roster is who had joined the Party by its day.
        self.starts.dateChanged.connect(self._new_conference_date)
        self._show_makeup()
        self.setWindowTitle(self.tr("Hội nghị mới"))
        self._clean = self._state()

    def _new_conference_date(self, date) -> None:
        if not self.detail.conference.uuid:  # once saved, the sheet is the register's
            self.sheet.follow_date(date.toPython())

    def _load(self, detail: ConferenceDetail) -> None:
        self.detail = detail
        self._fill(detail)
        starts = dt.date.fromisoformat(detail.conference.starts_at[:10])
        self.sheet.load(detail.conference.uuid, starts)
        self._show_makeup()
        self.setWindowTitle(self.tr("Hội nghị: {title}").format(title=detail.conference.title))
        owned = can_edit(self.db, detail.conference.owner_unit)
        for page in (
            self.general_page,
            self.documents_page,
            self.guests_page,
            self.discussion_page,
            self.conclusion_page,
        ):
            for child in page.findChildren(QWidget):
                if child is not self.read_only_note:
                    child.setEnabled(owned)
        self.read_only_note.setVisible(not owned)
        if not owned:
            self.read_only_note.setText(
                self.tr(
                    "Hội nghị này do cấp trên tổ chức. Ở đây chỉ ghi điểm cầu, điểm danh và "
                    "học bù của đơn vị mình; các phần khác chỉ xem."
                )
            )
        self._clean = self._state()

    # --- saving ---------------------------------------------------------------

    def show_problems(self, problems: list[str]) -> None:
        if problems:
            self.problems.setText(
                self.tr("Chưa lưu được:") + "\n" + "\n".join(f"• {p}" for p in problems)
            )
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()

    def save(self) -> bool:
        """Lưu: everything in one transaction, or nothing and the reasons in red."""
        for rows in (self.presenters, self.bridges, self.guests, self.speeches):
            rows.commit_edit()
        problems, detail = self._collect()
        if problems or detail is None:
            self.show_problems(problems)
            return False
        try:
            saved = save_conference_with_attendance(self.db, detail, self.sheet.pending_marks())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except UserError as exc:
            self.show_problems([str(exc)])
            return False
        self.show_problems([])
        self._was_final = False
        self._load(saved)
        self.was_saved = True
        self.status.setText(
            self.tr("Đã lưu lúc {time}.").format(time=dt.datetime.now().strftime("%H:%M"))
        )
        self.saved.emit(saved.conference.uuid)
        return True

    # --- leaving --------------------------------------------------------------

    def confirm_edit_final(self) -> bool:
        """The minutes went out for signing: ask before changing them."""
        if not self.detail or self.detail.conference.status != "final":
            return True
        answer = ask(
            self,
            self.tr("Biên bản đã in"),
            self.tr("Biên bản đã in để ký. Bạn vẫn muốn sửa?"),
            [
                (QMessageBox.StandardButton.Yes, self.tr("Vẫn sửa")),
                (QMessageBox.StandardButton.No, self.tr("Không sửa")),
            ],
            QMessageBox.StandardButton.No,
            self.tr("Sau khi lưu, biên bản trở lại bản nháp và cần in lại để ký."),
        )
        self._was_final = answer == QMessageBox.StandardButton.Yes
        return self._was_final

    def reject(self) -> None:
        if self.has_changes():
            answer = ask(
                self,
                self.tr("Chưa lưu"),
                self.tr("Hội nghị có thay đổi chưa lưu. Bạn có muốn lưu trước khi đóng?"),
                [
                    (QMessageBox.StandardButton.Save, self.tr("Lưu")),
                    (QMessageBox.StandardButton.Discard, self.tr("Không lưu")),
                    (QMessageBox.StandardButton.Cancel, self.tr("Hủy")),
                ],
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()


def open_conference_editor(
    parent: QWidget | None,
    db: Register,
    conference_id: int | None,
    on_saved: Callable[[str], None] | None = None,
) -> bool:
    """Open the editor (modal); True if anything was saved (``on_saved`` gets its uuid)."""
    editor = ConferenceEditor(db, conference_id, parent)
    if not editor.confirm_edit_final():
        editor.deleteLater()
        return False
    if on_saved is not None:
        editor.saved.connect(on_saved)
    editor.exec()
    saved = editor.was_saved
    editor.deleteLater()
    return saved
