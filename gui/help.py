"""The short help shown with F1: how the window is laid out and the keys that save time."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from gui.widgets import fit_to_screen


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn nhanh"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.help_html())
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Đóng"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_screen(self, 80, 30)

    def help_html(self) -> str:
        sections = [
            (
                self.tr("Cách dùng"),
                [
                    self.tr("Chọn một mục ở cột bên trái: Văn bản, Hội nghị, Kế hoạch hành "
                            "động, Tuyên truyền, Thu hoạch, Tổ chức đảng, Cài đặt."),
                    self.tr("Mỗi mục là một danh sách. Bấm đúp vào một dòng (hoặc Enter) để "
                            "xem và sửa; bấm “Thêm mới” để nhập mục mới."),
                    self.tr("Ô tìm kiếm không cần gõ dấu: gõ “dang uy” cũng tìm thấy "
                            "“Đảng ủy”. Các ô chọn bên cạnh lọc theo năm, loại, chi bộ…"),
                    self.tr("Bấm vào tên cột để sắp xếp theo cột đó."),
                ],
            ),
            (
                self.tr("Không mất dữ liệu"),
                [
                    self.tr("Bấm “Lưu” là dữ liệu được ghi ngay. Nếu nhập sai, dòng chữ đỏ "
                            "cho biết cần sửa gì và chưa có gì bị ghi."),
                    self.tr("Đóng cửa sổ khi còn thay đổi chưa lưu, chương trình sẽ hỏi "
                            "có lưu hay không."),
                    self.tr("Xóa một mục luôn được hỏi lại. Mục đã xóa xem trong nút "
                            "“Mục đã xóa” và bấm “Khôi phục” để lấy lại."),
                    self.tr("Thanh dưới cùng cho biết lần sao lưu gần nhất."),
                ],
            ),
            (
                self.tr("Phím tắt"),
                [
                    self.tr("Ctrl+N: thêm mới trong danh sách đang mở."),
                    self.tr("Ctrl+S: lưu."),
                    self.tr("Ctrl+F: đến ô tìm kiếm; mũi tên xuống để vào danh sách."),
                    self.tr("Delete: xóa dòng đang chọn (có hỏi lại)."),
                    self.tr("Esc: đóng cửa sổ nhập liệu."),
                    self.tr("F1: mở trang hướng dẫn này."),
                ],
            ),
            (
                self.tr("Chữ to hơn"),
                [
                    self.tr("Vào Cài đặt, mục “Cỡ chữ giao diện”, chọn 115% hoặc lớn hơn "
                            "rồi bấm “Lưu cài đặt”."),
                ],
            ),
        ]
        parts = []
        for title, lines in sections:
            items = "".join(f"<li>{line}</li>" for line in lines)
            parts.append(f"<h3>{title}</h3><ul>{items}</ul>")
        return "".join(parts)
