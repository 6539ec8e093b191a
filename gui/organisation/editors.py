"""Editors for the organisation: a chi bộ, a member, a group of non-member participants."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from gui.widgets.common import (
    DateField,
    IntField,
    fill_combo,
    fit_to_screen,
    narrow_combo,
    select_data,
)
from gui.widgets.editor import EditorDialog
from models.errors import ValidationError
from models.organisation import (
    GENDERS,
    MEMBER_STATUSES,
    ChiBo,
    Member,
    ParticipantGroup,
    get_chi_bo,
    get_member,
    list_chi_bo,
    save_chi_bo,
    save_group,
    save_member,
)
from models.register import Register
from models.store import can_edit, fetch_row, from_row

CHI_BO_KINDS = (
    "Chi bộ thôn",
    "Chi bộ tổ dân phố",
    "Chi bộ trường học",
    "Chi bộ cơ quan",
    "Chi bộ trạm y tế",
    "Chi bộ công an",
    "Chi bộ quân sự",
    "Chi bộ doanh nghiệp",
)


class ChiBoEditor(EditorDialog):
    help_section = "organisation"

    def __init__(self, db: Register, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.record_uuid = uuid
        self.setWindowTitle(self.tr("Chi bộ mới") if uuid is None else self.tr("Sửa chi bộ"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("ví dụ: Chi bộ thôn Đông"))
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.addItems(["", *CHI_BO_KINDS])
        self.position = IntField(
            self, placeholder=self.tr("thứ tự trong danh sách"), grouped=False
        )
        self.add_row(self.tr("Tên chi bộ:"), self.name)
        self.add_row(self.tr("Loại hình:"), self.kind)
        self.add_row(self.tr("Thứ tự:"), self.position)
        if uuid is not None:
            chi_bo = get_chi_bo(db, uuid)
            self.name.setText(chi_bo.name)
            self.kind.setCurrentText(chi_bo.kind)
            self.position.set_value(chi_bo.position)
            if not can_edit(db, chi_bo.owner_unit):
                self.set_read_only(self.tr("Chi bộ này thuộc đơn vị khác; ở đây chỉ xem."))
        else:  # a new chi bộ goes to the end of the list unless told otherwise
            self.position.set_value(max((c.position for c in list_chi_bo(db)), default=0) + 1)
        fit_to_screen(self, 70, 14)
        self.finish_setup()

    def write(self) -> None:
        problems: list[str] = []
        position = self.position.value(self.tr("Thứ tự"), problems, default=0)
        if problems:
            raise ValidationError(problems)
        saved = save_chi_bo(
            self.db,
            ChiBo(
                uuid=self.record_uuid or "",
                name=self.name.text(),
                kind=self.kind.currentText(),
                position=position or 0,
            ),
        )
        self.record_uuid = saved.uuid


class MemberEditor(EditorDialog):
    help_section = "member"

    def __init__(
        self,
        db: Register,
        uuid: str | None = None,
        parent: QWidget | None = None,
        *,
        chi_bo_uuid: str | None = None,
    ):
        super().__init__(db, parent)
        self.record_uuid = uuid
        self.setWindowTitle(
            self.tr("Đảng viên mới") if uuid is None else self.tr("Sửa thông tin đảng viên")
        )
        member = get_member(db, uuid) if uuid is not None else None
        self.full_name = QLineEdit(self)
        self.chi_bo = narrow_combo(QComboBox(self), 24)
        self.chi_bo.setMaxVisibleItems(25)
        choices = [(c.uuid, c.name) for c in list_chi_bo(db)]
        if member is not None and member.chi_bo_uuid not in {c for c, _ in choices}:
            choices.append((member.chi_bo_uuid, self.tr("(chi bộ đã xóa)")))
        fill_combo(self.chi_bo, [("", self.tr("— chọn chi bộ —")), *choices])
        self.gender = QComboBox(self)
        fill_combo(self.gender, [("", self.tr("(không ghi)"))] + [(g, g) for g in GENDERS])
        self.birth_year = IntField(self, placeholder=self.tr("ví dụ: 1968"), grouped=False)
        self.joined_on = DateField(self)
        self.official = QComboBox(self)
        fill_combo(self.official, [(True, self.tr("Chính thức")), (False, self.tr("Dự bị"))])
        self.excused = QCheckBox(self.tr("Được miễn công tác và sinh hoạt đảng"), self)
        self.status = QComboBox(self)
        fill_combo(self.status, list(MEMBER_STATUSES.items()))
        self.position_title = QLineEdit(self)
        self.position_title.setPlaceholderText(self.tr("ví dụ: Bí thư chi bộ"))
        self.add_row(self.tr("Họ và tên:"), self.full_name)
        self.add_row(self.tr("Chi bộ:"), self.chi_bo)
        self.add_row(self.tr("Giới tính:"), self.gender)
        self.add_row(self.tr("Năm sinh:"), self.birth_year)
        self.add_row(self.tr("Ngày vào Đảng:"), self.joined_on)
        self.add_row(self.tr("Đảng viên:"), self.official)
        self.add_row("", self.excused)
        self.add_row(self.tr("Tình trạng:"), self.status)
        self.add_row(self.tr("Chức vụ:"), self.position_title)
        if member is not None:
            self.full_name.setText(member.full_name)
            select_data(self.chi_bo, member.chi_bo_uuid)
            select_data(self.gender, member.gender)
            self.birth_year.set_value(member.birth_year)
            self.joined_on.set_date(member.joined_on)
            select_data(self.official, member.official)
            self.excused.setChecked(member.excused)
            select_data(self.status, member.status)
            self.position_title.setText(member.position_title)
            if not can_edit(db, member.owner_unit):
                self.set_read_only(self.tr("Đảng viên này thuộc đơn vị khác; ở đây chỉ xem."))
        elif chi_bo_uuid:
            select_data(self.chi_bo, chi_bo_uuid)
        elif len(choices) == 1:
            select_data(self.chi_bo, choices[0][0])  # the only chi bộ there is
        self._no_chi_bo = not choices
        if self._no_chi_bo:
            # Said before anything is typed: a member belongs to a chi bộ, and there is none.
            self.notice.setText(self.no_chi_bo_text())
            self.notice.show()
        fit_to_screen(self, 75, 24)
        self.finish_setup()

    def no_chi_bo_text(self) -> str:
        return self.tr(
            "Sổ chưa có chi bộ nào. Hãy thêm chi bộ trước: trang Tổ chức đảng, mục Chi bộ, "
            "nút “Thêm mới” (hoặc nhập cả danh sách đảng viên từ tệp Excel bằng nút "
            "“Nhập danh sách đảng viên…”)."
        )

    def write(self) -> None:
        problems: list[str] = []
        if not self.chi_bo.currentData():
            problems.append(
                self.no_chi_bo_text() if self._no_chi_bo else self.tr("Chưa chọn chi bộ.")
            )
        birth_year = self.birth_year.value(self.tr("Năm sinh"), problems)
        if problems:
            raise ValidationError(problems)
        saved = save_member(
            self.db,
            Member(
                uuid=self.record_uuid or "",
                chi_bo_uuid=self.chi_bo.currentData() or "",
                full_name=self.full_name.text(),
                gender=self.gender.currentData() or "",
                birth_year=birth_year,
                joined_on=self.joined_on.date_text(),
                official=bool(self.official.currentData()),
                excused=self.excused.isChecked(),
                status=self.status.currentData(),
                position_title=self.position_title.text(),
            ),
        )
        self.record_uuid = saved.uuid


class GroupEditor(EditorDialog):
    help_section = "organisation"

    def __init__(self, db: Register, uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.record_uuid = uuid
        self.setWindowTitle(
            self.tr("Nhóm người tham dự mới") if uuid is None else self.tr("Sửa nhóm người tham dự")
        )
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("ví dụ: Cán bộ, công chức không là đảng viên"))
        self.headcount = IntField(self)
        self.add_row(self.tr("Tên nhóm:"), self.name)
        self.add_row(self.tr("Số người:"), self.headcount)
        if uuid is not None:
            group = from_row(ParticipantGroup, fetch_row(db, "participant_groups", uuid))
            self.name.setText(group.name)
            self.headcount.set_value(group.headcount)
            if not can_edit(db, group.owner_unit):
                self.set_read_only(self.tr("Nhóm này thuộc đơn vị khác; ở đây chỉ xem."))
        fit_to_screen(self, 70, 12)
        self.finish_setup()

    def write(self) -> None:
        problems: list[str] = []
        headcount = self.headcount.value(self.tr("Số người"), problems, default=0)
        if problems:
            raise ValidationError(problems)
        saved = save_group(
            self.db,
            ParticipantGroup(
                uuid=self.record_uuid or "", name=self.name.text(), headcount=headcount or 0
            ),
        )
        self.record_uuid = saved.uuid
