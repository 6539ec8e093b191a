"""The key in the window: the recovery code shown once with its sheet, the office passphrase."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QInputDialog, QLineEdit

from gui.settings import keys as key_dialogs
from gui.settings.keys import RecoveryCodeDialog, show_recovery_code_once, unlock_with_passphrase
from models import keystore
from models.recovery_code import recovery_code
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def new_pc(tmp_path, monkeypatch):
    """A PC whose key store is empty."""
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "khoa"))
    yield tmp_path / "khoa"


def test_the_recovery_code_is_shown_once_with_a_sheet_to_print(qtbot, new_pc, tmp_path,
                                                               monkeypatch):
    key, made = keystore.ensure_key()
    assert made and keystore.recovery_code_pending()
    shown: list[RecoveryCodeDialog] = []

    def look(dialog: RecoveryCodeDialog) -> int:
        shown.append(dialog)
        dialog.save_sheet(tmp_path / "ma-khoi-phuc.pdf")
        dialog.grab().save(str(tmp_path / "hop-thoai.png"))
        return 1

    monkeypatch.setattr(RecoveryCodeDialog, "exec", look)
    monkeypatch.setattr(key_dialogs, "show_message", lambda *args, **kwargs: None)

    assert show_recovery_code_once(None, "Đảng ủy xã Hòa Bình")

    (dialog,) = shown
    assert dialog.code_label.text().split() == recovery_code(key).split("-")
    page = PdfReader(tmp_path / "ma-khoi-phuc.pdf").pages[0].extract_text()
    assert recovery_code(key).split("-")[0] in page and "Đảng ủy xã Hòa Bình" in page
    assert not keystore.recovery_code_pending()
    assert not show_recovery_code_once(None, "Đảng ủy xã Hòa Bình")
    assert len(shown) == 1


def test_the_window_asks_for_the_office_passphrase_until_it_is_right(qtbot, new_pc,
                                                                     monkeypatch):
    key = keystore.ensure_key()[0]
    keystore.set_passphrase("tu-ho-so-mat-2026")
    keystore.forget_cached()
    with pytest.raises(keystore.PassphraseNeeded):
        keystore.load_key()
    typed = iter(["sai", "tu-ho-so-mat-2026"])
    modes, told = [], []

    def ask(parent, title, label, mode=QLineEdit.EchoMode.Normal, *args, **kwargs):
        modes.append(mode)
        return next(typed), True

    monkeypatch.setattr(QInputDialog, "getText", ask)
    monkeypatch.setattr(key_dialogs, "show_message", lambda parent, title, text, **kw:
                        told.append(text))

    assert unlock_with_passphrase(None)

    assert modes == [QLineEdit.EchoMode.Password] * 2
    assert told == ["Mật khẩu văn phòng không đúng. Hãy nhập lại."]
    assert keystore.load_key() == key
