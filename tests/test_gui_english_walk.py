"""Every dialog in English: no Vietnamese left outside the register's own data."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from gui.widgets.language import install_language
from gui.window.app import create_application
from models.listing import conference_rows, document_rows, member_rows
from models.settings import get_settings, save_settings
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE
from tests.test_gui_fits_screen import _dialogs
from tests.test_gui_i18n import PROPER_NAMES, _vietnamese, _visible_texts

pytestmark = OFFSCREEN_NOISE


def test_every_dialog_in_english_has_no_vietnamese_left(qtbot, ready_db, db_path):
    save_settings(ready_db, dataclasses.replace(get_settings(ready_db), unit_name="Commune"))
    create_application("en")
    found: dict[str, list[str]] = {}
    # The register's own words (names, titles) stay as typed; everything else is English.
    data = _user_data(ready_db)
    try:
        for name, make in _dialogs(ready_db, db_path).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            pages = getattr(dialog, "tabs", None)
            texts = [dialog.windowTitle(), *_everything_shown(dialog)]
            for index in range(pages.count() if pages is not None else 0):
                pages.setCurrentIndex(index)
                texts += _everything_shown(dialog)
            left = sorted({t for t in texts if _vietnamese(_without(t, data))})
            if left:
                found[name] = left
            dialog.hide()
            dialog.deleteLater()
    finally:
        install_language(QApplication.instance(), "vi")
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def _without(text: str, data: list[str]) -> str:
    for words in sorted({*PROPER_NAMES, *data}, key=len, reverse=True):
        text = text.replace(words, "")
    return text


def test_numbers_follow_the_language(qtbot, ready_db):
    from gui.conferences.editor import ConferenceEditor
    from gui.widgets.numbers import format_int, format_percent

    create_application("en")
    try:
        assert (format_int(16100), format_percent(93.44, 1)) == ("16,100", "93.4%")
        editor = ConferenceEditor(ready_db, conference_rows(ready_db)[0]["id"])
        qtbot.addWidget(editor)
        assert editor.sheet.summary.text() == "Present 4/4 — 100.0%"
        # Dates in the language's order, as the lists and the overview show them.
        starts = editor.starts.dateTime().toString("yyyy-MM-dd HH:mm")
        assert editor.starts.text() == starts
    finally:
        install_language(QApplication.instance(), "vi")
    assert (format_int(16100), format_percent(93.44, 1)) == ("16.100", "93,4%")
    editor = ConferenceEditor(ready_db, conference_rows(ready_db)[0]["id"])
    qtbot.addWidget(editor)
    assert editor.sheet.summary.text() == "Có mặt 4/4 — 100,0%"
    assert editor.starts.text() == editor.starts.dateTime().toString(
        "HH:mm dd/MM/yyyy"
    )


# --- every page with its data, and the messages a clerk meets --------------------------


def _user_data(db) -> list[str]:
    """Every word the register holds as typed (names, titles, places), longest first.
    The built-in list entries are not user data: they must come out in English."""
    from models.lookups import _BUILT_IN_NAMES

    words: set[str] = set()
    tables = [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    ).fetchall()]
    for table in tables:
        cursor = db.execute(f"SELECT * FROM [{table}]")
        columns = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            for column, value in zip(columns, row, strict=True):
                if not isinstance(value, str) or not value.strip() or column == "search_text":
                    continue
                if value in _BUILT_IN_NAMES:  # stored as the list's Vietnamese name
                    continue
                words.add(value.strip())
    return sorted(words, key=len, reverse=True)


def _everything_shown(widget) -> list[str]:
    """What a clerk reads: labels, buttons, headers, and the rows of every table, tree,
    list and drop-down (the first 50 rows of a table)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QComboBox,
        QListWidget,
        QTableView,
        QTreeWidget,
        QTreeWidgetItemIterator,
        QWidget,
    )

    texts = _visible_texts(widget)
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        if isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
                for row in range(min(model.rowCount(), 50))
                for column in range(model.columnCount())
            ]
        elif isinstance(child, QTreeWidget):
            items = QTreeWidgetItemIterator(child)
            while items.value():
                texts.append(items.value().text(0))
                items += 1
        elif isinstance(child, QComboBox) and not child.isEditable():
            # An editable combo offers what to type (stored and printed as typed): data.
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QListWidget):
            texts += [child.item(i).text() for i in range(child.count())]
        for bar in getattr(child, "bars", None) or []:  # the overview's painted charts
            texts += [bar.label, bar.text, bar.tooltip]
    return [t for t in texts if t]


def _this_years_work(db) -> str:
    """An overdue task, an activity on a built-in channel and a graded reflection this
    year, so that the overview's list and charts have something to show."""
    import datetime as dt

    from models.outreach import Activity, save_activity
    from models.plans import Plan, PlanDetail, Task, save_plan
    from models.reflections import Reflection, save_reflection

    new_year = dt.date.today().replace(month=1, day=1)
    save_plan(db, PlanDetail(
        plan=Plan(title="Kế hoạch số hóa", issued_on=new_year.isoformat()),
        tasks=[Task(content="Số hóa hồ sơ đảng viên", deadline=new_year.isoformat())],
    ))
    save_activity(db, Activity(held_on=new_year.isoformat(), channel="Sinh hoạt chi bộ",
                               measure="buổi", reach=30))
    save_reflection(db, Reflection(
        member_uuid=member_rows(db)[0]["uuid"], document_uuid=document_rows(db)[0]["uuid"],
        submitted=True, submitted_on=new_year.isoformat(), grade="Tốt",
    ))
    return new_year.isoformat()


def test_every_page_with_its_data_in_english(qtbot, ready_db, db_path, ui_settings):
    from gui.window.main_window import MainWindow

    deadline = _this_years_work(ready_db)
    create_application("en")
    try:
        window = MainWindow(ready_db, db_path, ui_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        data = _user_data(ready_db)
        found: dict[str, list[str]] = {}
        for key in window.keys:
            window.show_page(key)
            page = window.current_page()
            if hasattr(page, "is_loading"):
                qtbot.waitUntil(lambda page=page: not page.is_loading(), timeout=10000)
            pages = [page]
            tabs = getattr(page, "tabs", None)
            for index in range(tabs.count() if tabs is not None else 0):
                tabs.setCurrentIndex(index)
                pages.append(tabs.widget(index))
            texts = [text for shown in pages for text in _everything_shown(shown)]
            texts.append(window.statusBar().currentMessage())
            left = sorted({t for t in texts if _vietnamese(_without(t, data))})
            if left:
                found[key] = left
            if key == "overview":
                overview = texts
        assert found == {}
        # The overview's to-do line, its date in the English style.
        assert any(t.startswith(f"Overdue since {deadline}: ") for t in overview), overview
        # Built-in list entries are shown in English, as the clerk has not renamed them.
        assert "Party cell meeting" in overview
        window.show_page("documents")
        assert "Resolution" in _everything_shown(window.current_page())
    finally:
        install_language(QApplication.instance(), "vi")


def test_refusals_and_errors_in_english(qtbot, ready_db, db_path, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from gui.conferences.editor import ConferenceEditor
    from gui.documents.editor import DocumentEditor
    from gui.organisation.editors import ChiBoEditor, MemberEditor
    from gui.plans.editor import PlanEditor
    from gui.printing.jobs import minutes_job, render_job
    from gui.sync.page import SyncPage

    boxes: list[str] = []

    def record(box: QMessageBox) -> int:
        boxes.extend([box.windowTitle(), box.text(), box.informativeText()])
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    create_application("en")
    try:
        shown: dict[str, list[str]] = {}
        for name, make in {
            "document": lambda: DocumentEditor(ready_db),
            "chi bộ": lambda: ChiBoEditor(ready_db),
            "member": lambda: MemberEditor(ready_db),
            "plan": lambda: PlanEditor(ready_db),
            "conference": lambda: ConferenceEditor(ready_db, None),
        }.items():
            editor = make()
            qtbot.addWidget(editor)
            editor.show()
            assert editor.save() is False, name  # nothing typed: refused, every problem listed
            problems = getattr(editor, "errors", None) or editor.problems
            shown[name] = [problems.text(), *_visible_texts(editor)]
        # The minutes cannot print yet: the refusal lists what is missing.
        conference = conference_rows(ready_db)[0]
        assert render_job(None, ready_db, minutes_job(conference["id"])) is None
        shown["printing refused"] = list(boxes)
        # The Đồng bộ USB page refuses a file that is no setup file.
        page = SyncPage(ready_db)
        qtbot.addWidget(page)
        not_setup = tmp_path / "notes.snqs"
        not_setup.write_bytes(b"hello")
        page.send_tab.apply_setup_file(not_setup)
        shown["usb refused"] = [page.send_tab.result.text(), *_everything_shown(page)]
        data = _user_data(ready_db)
        left = {
            name: sorted({t for t in texts if t and _vietnamese(_without(t, data))})
            for name, texts in shown.items()
        }
        assert {name: texts for name, texts in left.items() if texts} == {}
        assert "Cannot print the minutes yet, as these are missing:" in "\n".join(boxes)
        assert page.send_tab.result.text().startswith("This file is not a setup file")
        assert "The document's title is missing." in shown["document"][0]
    finally:
        install_language(QApplication.instance(), "vi")
