"""Văn bản, báo cáo viên: the documents studied, picked from the register, and the presenters."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.conferences.editor_parts import UUID_ROLE, ChoiceDelegate, RowsTable
from models.documents import list_documents
from models.lookups import lookup_codes, shown_name
from models.vntext import search_key
from models.vntext import show_date as format_date


class DocumentsTab:
    """Văn bản, báo cáo viên: part of the conference editor.

    Methods of ``ConferenceEditor`` (``self`` is the editor: the tabs share its fields
    and its save). Their strings are in this class's translation context, which
    PySide finds by going up from the editor's class.
    """

    def _documents_tab(self) -> QWidget:
        page = QWidget()
        self._doc_types = lookup_codes(self.db, "doc_type")
        self._documents = {d.uuid: d for d in list_documents(self.db)}
        self._doc_labels = {uuid: self._document_label(uuid) for uuid in self._documents}
        self._doc_folded = {uuid: search_key(text) for uuid, text in self._doc_labels.items()}

        self.doc_search = QLineEdit()
        self.doc_search.setPlaceholderText(self.tr("Tìm văn bản theo số, tên (không cần dấu)…"))
        self.doc_search.setClearButtonEnabled(True)
        self.doc_search.textChanged.connect(self._filter_documents)
        # Enter adds the document found (the first one shown, highlighted as it is typed).
        self.doc_search.returnPressed.connect(self._add_document)
        self.doc_register = QListWidget()
        self.doc_chosen = QListWidget()
        for view in (self.doc_register, self.doc_chosen):
            # Titles are long: wrap them rather than scroll sideways.
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setAlternatingRowColors(True)
            view.setSpacing(2)
        for uuid, text in self._doc_labels.items():
            item = QListWidgetItem(text)
            item.setData(UUID_ROLE, uuid)
            item.setToolTip(text)
            self.doc_register.addItem(item)
        self.doc_register.itemActivated.connect(lambda _item: self._add_document())
        self.doc_chosen.itemActivated.connect(lambda _item: self._remove_document())
        self.btn_doc_add = QPushButton(self.tr("Chọn văn bản →"))
        self.btn_doc_remove = QPushButton(self.tr("← Bỏ chọn"))
        self.btn_doc_add.clicked.connect(self._add_document)
        self.btn_doc_remove.clicked.connect(self._remove_document)

        register = QVBoxLayout()
        register.addWidget(QLabel(self.tr("Sổ văn bản:")))
        register.addWidget(self.doc_search)
        register.addWidget(self.doc_register, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.btn_doc_add)
        middle.addWidget(self.btn_doc_remove)
        middle.addStretch(1)
        chosen = QVBoxLayout()
        chosen.addWidget(QLabel(self.tr("Văn bản học tập tại hội nghị:")))
        chosen.addWidget(self.doc_chosen, 1)
        docs = QGroupBox(self.tr("Văn bản học tập, quán triệt"))
        docs_layout = QHBoxLayout(docs)
        docs_layout.addLayout(register, 3)
        docs_layout.addLayout(middle)
        docs_layout.addLayout(chosen, 3)

        self.presenters = RowsTable(
            [self.tr("Họ và tên (*)"), self.tr("Cấp báo cáo viên"), self.tr("Chức vụ"),
             self.tr("Nội dung trình bày (*)")]
        )
        required = self.tr(
            "(*) phải ghi: biên bản in họ tên báo cáo viên và nội dung đồng chí trình bày."
        )
        for column in (0, 3):
            self.presenters.table.horizontalHeaderItem(column).setToolTip(required)
        self.presenters_note = QLabel(required)
        self.presenters_note.setWordWrap(True)
        self.presenters_note.setStyleSheet("color: #555;")
        self.presenters.table.setItemDelegateForColumn(
            1, ChoiceDelegate(self._levels, self.presenters.table)
        )
        presenters = QGroupBox(self.tr("Báo cáo viên"))
        presenters_layout = QVBoxLayout(presenters)
        presenters_layout.addWidget(self.presenters)
        presenters_layout.addWidget(self.presenters_note)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(docs)
        split.addWidget(presenters)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(split)
        self.documents_page = page
        return page

    def _document_label(self, uuid: str) -> str:
        doc = self._documents.get(uuid)
        if doc is None:
            return self.tr("(văn bản không còn trong sổ)")
        kind = shown_name(self._doc_types.get(doc.type_code, doc.type_code))
        when = self.tr(" ngày {date}").format(date=format_date(doc.issued_on)) if (
            doc.issued_on
        ) else ""
        return self.tr("{kind} số {symbol}{when} — {title}").format(
            kind=kind, symbol=doc.symbol, when=when, title=doc.title
        )

    def _filter_documents(self, text: str) -> None:
        tokens = search_key(text).split()
        first = None
        for row in range(self.doc_register.count()):
            item = self.doc_register.item(row)
            folded = self._doc_folded.get(item.data(UUID_ROLE), "")
            item.setHidden(not all(t in folded for t in tokens))
            if first is None and not item.isHidden():
                first = item
        current = self.doc_register.currentItem()
        if current is None or current.isHidden():
            # What Enter in the search box will add is the line highlighted.
            self.doc_register.setCurrentItem(first)

    def _chosen_uuids(self) -> list[str]:
        return [self.doc_chosen.item(r).data(UUID_ROLE) for r in range(self.doc_chosen.count())]

    def _append_chosen(self, uuid: str) -> None:
        item = QListWidgetItem(self._doc_labels.get(uuid) or self._document_label(uuid))
        item.setData(UUID_ROLE, uuid)
        item.setToolTip(item.text())
        self.doc_chosen.addItem(item)

    def _add_document(self) -> None:
        item = self.doc_register.currentItem()
        if item is None or item.isHidden():
            return
        uuid = item.data(UUID_ROLE)
        if uuid not in self._chosen_uuids():
            self._append_chosen(uuid)

    def _remove_document(self) -> None:
        row = self.doc_chosen.currentRow()
        if row >= 0:
            self.doc_chosen.takeItem(row)
