"""The overview: what needs doing first, then the year's figures at a glance.

The list of what is late or missing (overdue tasks, low study rates,
absentees not caught up, reflections not handed in) comes first; double-click
opens the record. The figures are drawn as plain bars, since QtCharts is not
part of PySide6-Essentials.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.overview.charts import BLUE, GREEN, GREY, ORANGE, RED, Bar, BarChart, FigureCard
from gui.overview.data import OverviewData, gather_in_worker
from gui.overview.first_steps import FirstStepsBox
from gui.widgets.common import follow_text_size
from gui.widgets.numbers import format_int, format_percent
from gui.widgets.tasks import BackgroundTask, error_message
from models.indicators import AttentionItem
from models.lookups import shown_name
from models.register import Register
from models.vntext import rate_percent
from models.vntext import show_date as format_date

KIND_ROLE = Qt.ItemDataRole.UserRole
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def _place(grid: QGridLayout, widgets: list[QWidget], columns: int) -> None:
    """Lay ``widgets`` out in ``columns`` equal columns, row after row."""
    for widget in widgets:
        grid.removeWidget(widget)
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 0)
    for row in range(grid.rowCount()):
        grid.setRowStretch(row, 0)
    for number, widget in enumerate(widgets):
        grid.addWidget(widget, number // columns, number % columns)
    for column in range(columns):
        grid.setColumnStretch(column, 1)
    # What is left below goes under the last row, not between the rows.
    grid.setRowStretch(-(-len(widgets) // columns), 1)


class OverviewPage(QWidget):
    """The year at a glance; ``open_requested(kind, uuid)`` opens what needs attention.

    ``kind`` is that of ``models.indicators.AttentionItem``: "task" (a task's
    uuid), "study" and "reflection" (a document's uuid), "makeup" (a
    conference's uuid).
    """

    open_requested = Signal(str, str)
    pageRequested = Signal(str)
    refreshed = Signal()

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.stats: dict = {}
        self._task: BackgroundTask | None = None
        self._again = False
        self._kind_labels = {
            "task": self.tr("Nhiệm vụ quá hạn"),
            "study": self.tr("Tỷ lệ học tập chưa đạt mục tiêu"),
            "makeup": self.tr("Đảng viên vắng chưa học bù"),
            "reflection": self.tr("Bài thu hoạch chưa nộp"),
            "package": self.tr("Gói dữ liệu chưa gửi lên cấp trên"),
        }

        self._conference_kinds = {
            "hoc_tap": self.tr("Học tập"),
            "quan_triet": self.tr("Quán triệt"),
            "trien_khai": self.tr("Triển khai"),
            "so_ket": self.tr("Sơ kết"),
            "tong_ket": self.tr("Tổng kết"),
        }
        self.heading = heading = follow_text_size(QLabel(self.tr("Tổng quan năm")), 1.4)
        self.year = QComboBox()
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.setMinimumContentsLength(9)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        # The upper level reads its units' figures together or one unit at a time.
        self.unit = QComboBox()
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(22)
        self.unit.setMaxVisibleItems(20)
        self.unit.hide()
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.btn_refresh = QPushButton(self.tr("Cập nhật số liệu"))
        self.btn_refresh.clicked.connect(lambda: self.refresh())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.year)
        top.addWidget(self.unit)
        self.loading = QLabel(self.tr("Đang tính số liệu…"))
        self.loading.setStyleSheet("color: #555;")
        self.loading.setWordWrap(True)
        top.addWidget(self.loading)
        top.addStretch(1)
        top.addWidget(self.btn_refresh)

        self.card_conferences = FigureCard(self.tr("Hội nghị học tập, quán triệt"))
        self.card_attendances = FigureCard(self.tr("Lượt người dự"))
        self.card_study = FigureCard(self.tr("Tỷ lệ học tập văn bản mới nhất"))
        self.card_tasks = FigureCard(self.tr("Nhiệm vụ quá hạn"))
        self.card_reflections = FigureCard(self.tr("Bài thu hoạch đã nộp"))
        self.cards = [
            self.card_conferences,
            self.card_attendances,
            self.card_study,
            self.card_tasks,
            self.card_reflections,
        ]
        cards = QGridLayout()

        self.attention = QTreeWidget()
        self.attention.setHeaderHidden(True)
        self.attention.setRootIsDecorated(True)
        self.attention.setWordWrap(True)
        self.attention.setUniformRowHeights(False)
        self.attention.itemActivated.connect(self._activate)
        self.attention_title = QLabel()
        bold = QFont(self.attention_title.font())
        bold.setBold(True)
        self.attention_title.setFont(bold)
        left = QVBoxLayout()
        left.addWidget(self.attention_title)
        left.addWidget(self.attention, 1)
        hint = QLabel(self.tr("Bấm đúp (hoặc Enter) vào một dòng để mở."))
        hint.setStyleSheet("color: #555;")
        left.addWidget(hint)

        self.chart_formats = BarChart(self.tr("Hội nghị theo hình thức"))
        self.chart_study = BarChart(self.tr("Tỷ lệ học tập các văn bản mới nhất"))
        self.chart_tasks = BarChart(self.tr("Nhiệm vụ trong chương trình, kế hoạch"))
        self.chart_outreach = BarChart(self.tr("Tuyên truyền theo hình thức"))
        self.chart_kinds = BarChart(self.tr("Hội nghị theo loại"))
        self.chart_grades = BarChart(self.tr("Bài thu hoạch theo xếp loại"))
        self.charts = [
            self.chart_formats,
            self.chart_tasks,
            self.chart_study,
            self.chart_outreach,
            self.chart_kinds,
            self.chart_grades,
        ]
        charts = QGridLayout()
        charts.setHorizontalSpacing(24)
        charts.setVerticalSpacing(16)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(left, 2)
        self.body.addLayout(charts, 3)

        # A register on its way to its first minutes: what comes next, ticked as done.
        self.first_steps = FirstStepsBox(self)
        self.first_steps.pageRequested.connect(self.pageRequested)
        self.first_steps.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.first_steps)
        layout.addLayout(cards)
        layout.addLayout(self.body, 1)
        # The page may be made narrower than its current arrangement needs
        # (see minimumSizeHint); resizeEvent then arranges it for that width.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._top, self._cards_grid, self._charts_grid = top, cards, charts
        self.arrangement: tuple[int, int, bool] | None = None
        self._arrange(self.width())
        self.refresh()

    # --- arranging --------------------------------------------------------------

    def _widths(self) -> tuple[int, int, int]:
        """The narrowest card, chart and list of what needs doing, at this text size."""
        em = self.fontMetrics().averageCharWidth()
        return 17 * em, 40 * em, 36 * em

    def arrangement_for(self, width: int) -> tuple[int, int, bool]:
        """(card columns, chart columns, list beside the charts) that fit ``width``.

        A clerk with large text on a 1366-pixel screen sees the cards wrap and
        the charts move under the list, instead of a page cut off at the right.
        """
        card, chart, attention = self._widths()
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right()
        spacing = self._charts_grid.horizontalSpacing()
        fit = max(1, min(len(self.cards), (room + 6) // (card + 6)))
        rows = -(-len(self.cards) // fit)
        card_columns = -(-len(self.cards) // rows)  # 3 + 2 cards rather than 4 + 1
        beside = room >= attention + 2 * chart + 2 * spacing
        chart_room = room - attention - spacing if beside else room
        chart_columns = 2 if chart_room >= 2 * chart + spacing else 1
        return card_columns, chart_columns, beside

    def _arrange(self, width: int) -> None:
        wanted = self.arrangement_for(width)
        if wanted == self.arrangement:
            return
        self.arrangement = wanted
        card_columns, chart_columns, beside = wanted
        card, chart, attention = self._widths()
        _place(self._cards_grid, self.cards, card_columns)
        for widget in self.cards:
            widget.setMinimumWidth(card)
        _place(self._charts_grid, self.charts, chart_columns)
        for widget in self.charts:
            widget.setMinimumWidth(chart)
        self.attention.setMinimumWidth(attention)
        # Under the charts' row the list would shrink to nothing: it keeps a dozen lines.
        lines = 0 if beside else 12
        self.attention.setMinimumHeight(lines * self.fontMetrics().lineSpacing())
        self.body.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as the narrowest arrangement, as tall as the current one.

        Were it as wide as the current arrangement, a scroll area would keep
        the page that wide and the page would never learn it should wrap.
        """
        card, chart, attention = self._widths()
        margins = self.layout().contentsMargins()
        narrowest = max(card, chart, attention, self._top.minimumSize().width())
        height = self.layout().totalMinimumSize().height()
        return QSize(narrowest + margins.left() + margins.right(), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(self.width())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.arrangement = None  # sizes are counted in characters
            self._arrange(self.width())

    # --- data -----------------------------------------------------------------

    def selected_year(self) -> int:
        value = self.year.currentData()
        return int(value) if value else dt.date.today().year

    def selected_unit(self) -> str | None:
        return self.unit.currentData() or None

    def is_loading(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Read everything again (after a save, an import, a new day).

        The figures are computed on a worker thread with its own connection
        (on a big register they take a second); ``refreshed`` fires once they
        are on screen.
        """
        self.first_steps.refresh(self.db)
        year = self.selected_year()
        unit = self.selected_unit()
        if self._task is not None:
            self._again = True
            return
        path = self.db.path
        self.loading.show()
        self._task = BackgroundTask(gather_in_worker, path, year, unit, parent=None)
        self._task.finished.connect(self._loaded)
        self._task.failed.connect(self._load_failed)
        self._task.ended.connect(self._load_ended)
        self._task.start()

    def _loaded(self, data: OverviewData) -> None:
        self._show(data)

    def _load_failed(self, error: BaseException) -> None:
        self.loading.setText(error_message(self.tr("Tổng quan"), error))
        self.loading.show()

    def _load_ended(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, data: OverviewData) -> None:
        current = self.selected_year()
        self.year.blockSignals(True)
        self.year.clear()
        for year in data.years:
            # The heading already says "năm": the box holds the year alone.
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)
        self._show_units(data.units)
        self._show_attention(data.attention, data.overdue_tasks)
        self._show_stats(data.stats, data.target, data.grades)
        self.loading.hide()
        self.refreshed.emit()

    def _show_units(self, units: list[tuple[str, str]]) -> None:
        current = self.selected_unit()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), "")
        for uuid, name in units:
            self.unit.addItem(name, uuid)
        self.unit.setCurrentIndex(max(self.unit.findData(current or ""), 0))
        self.unit.blockSignals(False)
        self.unit.setVisible(bool(units))

    def _show_attention(self, items: list[AttentionItem], overdue_tasks: int = 0) -> None:
        self.attention.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.attention.font())
        bold.setBold(True)
        for item in items:
            group = groups.get(item.kind)
            if group is None:
                group = QTreeWidgetItem([self._kind_labels.get(item.kind, item.kind)])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.attention.addTopLevelItem(group)
                groups[item.kind] = group
            child = QTreeWidgetItem([item.text])
            child.setToolTip(0, item.text)
            child.setData(0, KIND_ROLE, item.kind)
            child.setData(0, UUID_ROLE, item.target_uuid)
            group.addChild(child)
        # The list stops at the most overdue tasks (an upper level may have hundreds);
        # the counts say how many there are, as the card beside it does.
        shown_tasks = sum(1 for item in items if item.kind == "task")
        hidden = max(overdue_tasks - shown_tasks, 0) if "task" in groups else 0
        if hidden:
            more = QTreeWidgetItem([
                self.tr("… và {count} nhiệm vụ quá hạn khác: xem trang Kế hoạch hành động")
                .format(count=format_int(hidden))
            ])
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            groups["task"].addChild(more)
        for kind, group in groups.items():
            count = shown_tasks + hidden if kind == "task" else group.childCount()
            group.setText(
                0,
                self.tr("{label} ({count})").format(
                    label=self._kind_labels.get(kind, kind), count=format_int(count)
                ),
            )
            group.setExpanded(True)
        if items:
            self.attention_title.setText(
                self.tr("Việc cần làm ({count})").format(count=format_int(len(items) + hidden))
            )
        else:
            self.attention_title.setText(self.tr("Việc cần làm"))
            empty = QTreeWidgetItem([self.tr("Không có việc nào quá hạn hay còn thiếu.")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.attention.addTopLevelItem(empty)

    def _activate(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        uuid = item.data(0, UUID_ROLE)
        if kind and uuid:
            self.open_requested.emit(kind, uuid)

    def _show_stats(self, stats: dict, target: float, grade_order: list[str]) -> None:
        self.stats = stats
        conf = stats["conferences"]
        self.card_conferences.show_figure(
            format_int(conf["total"]),
            self.tr("trực tiếp {a} · trực tuyến {b} · kết hợp {c}").format(
                a=format_int(conf["in_person"]),
                b=format_int(conf["online"]),
                c=format_int(conf["hybrid"]),
            ),
        )
        self.card_attendances.show_figure(
            format_int(conf["attendances"]),
            self.tr("{people} đảng viên khác nhau · {points} điểm cầu").format(
                people=format_int(conf["unique_attendees"]),
                points=format_int(conf["bridge_points"]),
            ),
        )
        study = stats["study"]
        if study:
            latest = study[0]
            self.card_study.show_figure(
                format_percent(latest["rate"]) if latest["rate"] is not None else "—",
                self.tr("{doc}: {studied}/{eligible} đảng viên").format(
                    doc=latest["document"],
                    studied=format_int(latest["studied"]),
                    eligible=format_int(latest["eligible"]),
                ),
            )
        else:
            self.card_study.show_figure("—", self.tr("Chưa có văn bản nào được học tập."))
        plans = stats["plans"]
        # Every overdue task, whatever year its plan was issued: the same ones as the
        # to-do list beside it. The year's own plans follow in the detail.
        self.card_tasks.show_figure(
            format_int(plans["tasks_overdue_all"]),
            self.tr(
                "tính đến {date} · kế hoạch trong năm: {plans}, {done}/{tasks} nhiệm vụ "
                "hoàn thành"
            ).format(
                date=format_date(plans["overdue_as_of"]),
                plans=format_int(plans["total"]),
                done=format_int(plans["tasks_done"]),
                tasks=format_int(
                    plans["tasks_done"] + plans["tasks_in_progress"] + plans["tasks_not_started"]
                ),
            ),
        )
        refl = stats["reflections"]
        refl_rate = rate_percent(refl["submitted"], refl["expected"])
        self.card_reflections.show_figure(
            f"{format_int(refl['submitted'])}/{format_int(refl['expected'])}",
            self.tr("đạt {rate}").format(rate=format_percent(refl_rate))
            if refl_rate is not None
            else self.tr("Chưa có bài nào phải nộp."),
        )

        self.chart_formats.set_bars(
            [
                Bar(self.tr("Trực tiếp"), conf["in_person"], format_int(conf["in_person"])),
                Bar(self.tr("Trực tuyến"), conf["online"], format_int(conf["online"])),
                Bar(self.tr("Kết hợp"), conf["hybrid"], format_int(conf["hybrid"])),
            ]
            if conf["total"]
            else []
        )
        self.chart_study.set_bars(
            [
                Bar(
                    row["document"],
                    row["rate"] or 0,
                    self.tr("{rate} ({studied}/{eligible})").format(
                        rate=format_percent(row["rate"]),
                        studied=format_int(row["studied"]),
                        eligible=format_int(row["eligible"]),
                    ),
                    GREEN if (row["rate"] or 0) >= target else ORANGE,
                    f"{row['document']}: {row.get('title', '')}"
                    + (f" ({format_date(row['issued_on'])})" if row.get("issued_on") else ""),
                )
                for row in study[:6]
                if row["rate"] is not None
            ],
            maximum=100,
            target=target if study else None,
            target_text=self.tr("- - - mục tiêu {rate}").format(rate=format_percent(target, 0)),
        )
        kinds = conf.get("by_kind", {})
        self.chart_kinds.set_bars(
            [
                Bar(label, kinds[code], format_int(kinds[code]))
                for code, label in self._conference_kinds.items()
                if kinds.get(code)
            ]
        )
        grades = refl.get("grades", {})
        self.chart_grades.set_bars(
            [
                Bar(shown_name(grade), grades[grade], format_int(grades[grade]),
                    ORANGE if grade_order and grade == grade_order[-1] else GREEN)
                for grade in [*grade_order, *sorted(set(grades) - set(grade_order))]
                if grades.get(grade)
            ]
        )
        task_total = plans["tasks_done"] + plans["tasks_in_progress"] + plans["tasks_not_started"]
        self.chart_tasks.set_bars(
            [
                Bar(self.tr("Hoàn thành"), plans["tasks_done"],
                    format_int(plans["tasks_done"]), GREEN),
                Bar(self.tr("Đang thực hiện"), plans["tasks_in_progress"],
                    format_int(plans["tasks_in_progress"]), ORANGE),
                Bar(self.tr("Chưa thực hiện"), plans["tasks_not_started"],
                    format_int(plans["tasks_not_started"]), GREY),
                Bar(self.tr("Quá hạn"), plans["tasks_overdue"],
                    format_int(plans["tasks_overdue"]), RED),
            ]
            if task_total
            else []
        )
        outreach = stats["outreach"]
        self.chart_outreach.set_bars(
            [
                Bar(
                    shown_name(channel),
                    figures["activities"],
                    self.tr("{count} lần · {reach} người").format(
                        count=format_int(figures["activities"]),
                        reach=format_int(figures["reach"]),
                    ),
                    BLUE,
                    self.tr("{channel}: {count} hoạt động, số lượng {quantity}, {reach} người")
                    .format(
                        channel=shown_name(channel),
                        count=format_int(figures["activities"]),
                        quantity=format_int(figures["quantity"]),
                        reach=format_int(figures["reach"]),
                    ),
                )
                for channel, figures in sorted(
                    outreach.items(), key=lambda kv: -kv[1]["activities"]
                )
            ]
        )
