"""The register's key: the recovery code at set-up, ``key --show``, the office passphrase."""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from models import keystore
from models.errors import UserError
from models.i18n import N_, _
from models.recovery_code import recovery_code

PASSPHRASE_ENV = "SNQ_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SNQ_NEW_PASSPHRASE"
# Typed to confirm; in English the English words (no accents to type) or these.
CONFIRM_WORD = N_("HIỆN KHÓA")


def register(subparsers: argparse._SubParsersAction) -> None:
    key = subparsers.add_parser(
        "key", help=_("khóa mã hoá sổ: hiện khóa cho kỹ thuật viên, đặt mật khẩu văn phòng")
    )
    action = key.add_mutually_exclusive_group(required=True)
    action.add_argument("--show", action="store_true",
                        help=_("in khóa thô (64 chữ số hex) để mở sổ bằng công cụ SQLCipher"))
    action.add_argument("--set-passphrase", action="store_true",
                        help=_("đòi mật khẩu văn phòng mỗi lần mở chương trình"))
    action.add_argument("--clear-passphrase", action="store_true",
                        help=_("thôi đòi mật khẩu văn phòng"))
    key.add_argument("--yes", action="store_true", help=_(
        "không hỏi xác nhận (dùng trong kịch bản)"
    ))
    key.set_defaults(handler=cmd_key)


def unlock_if_needed() -> None:
    """Open a key sealed by the office passphrase: from SNQ_PASSPHRASE, else asked for."""
    if keystore.plain_mode() or not keystore.has_passphrase():
        return
    try:
        keystore.load_key()
        return  # already opened in this process
    except keystore.PassphraseNeeded:
        pass
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        if not sys.stdin.isatty():
            raise keystore.PassphraseNeeded()
        passphrase = getpass.getpass(_("Mật khẩu văn phòng: "))
    keystore.unlock(passphrase)


def show_pending_code(unit_name: str, sheet: Path | None) -> None:
    """Print this PC's recovery code if nobody has seen it yet (and its A4 sheet)."""
    if keystore.plain_mode() or not keystore.recovery_code_pending():
        return
    key = keystore.load_key()
    if key is None:
        return
    code = recovery_code(key)
    print()
    print(_("MÃ KHÔI PHỤC CỦA SỔ (chỉ hiện một lần này):"))
    print(f"    {code}")
    print(_("Hãy chép mã này ra giấy (hoặc in tờ mã) và cất vào tủ hồ sơ mật. Khi chuyển sang"))
    print(_("máy mới, chỉ có mã này mới mở được bản sao lưu:"))
    print(_("    main.py restore TỆP-SAO-LƯU --recovery-code MÃ"))
    if sheet is not None:
        from reports.recovery_sheet import render_recovery_sheet  # reportlab only when asked

        render_recovery_sheet(code, unit_name, dt.date.today(), sheet)
        print(_(
            "Tờ mã khôi phục (một trang A4) đã ghi ra {sheet}: in xong hãy xoá tệp này."
        ).format(sheet=sheet))
    keystore.mark_recovery_code_shown()


def cmd_key(args: argparse.Namespace) -> int:
    if keystore.plain_mode():
        raise UserError(_("Chương trình đang chạy không mã hoá (SNQ_PLAIN_REGISTER=1)."))
    unlock_if_needed()
    key = keystore.load_key()
    if key is None:
        raise UserError(_("Máy này chưa có khóa của sổ (chưa tạo sổ nào)."))
    if args.show:
        return _show(key, args.yes)
    if args.set_passphrase:
        passphrase = os.environ.get(NEW_PASSPHRASE_ENV)
        if passphrase is None:
            passphrase = getpass.getpass(_("Mật khẩu văn phòng mới: "))
            if getpass.getpass(_("Nhập lại mật khẩu: ")) != passphrase:
                raise UserError(_("Hai lần nhập mật khẩu không giống nhau. Chưa đổi gì."))
        if len(passphrase) < 8:
            raise UserError(_("Mật khẩu văn phòng cần ít nhất 8 ký tự. Chưa đổi gì."))
        keystore.set_passphrase(passphrase)
        print(_("Từ nay mỗi lần mở chương trình sẽ hỏi mật khẩu văn phòng."))
        return 0
    keystore.set_passphrase(None)
    print(_("Từ nay chương trình không hỏi mật khẩu văn phòng nữa."))
    return 0


def _show(key: bytes, confirmed: bool) -> int:
    if not confirmed:
        print(_("Khóa thô mở được toàn bộ sổ và mọi bản sao lưu. Chỉ hiện cho kỹ thuật viên;"),
              file=sys.stderr)
        print(_("gõ {word} rồi Enter để tiếp tục:").format(word=_(CONFIRM_WORD)), file=sys.stderr)
        answer = sys.stdin.readline().strip()
        if answer.upper() not in (CONFIRM_WORD, _(CONFIRM_WORD).upper()):
            print(_("Không hiện khóa."), file=sys.stderr)
            return 1
    print(key.hex())
    print(_("Mở bằng sqlcipher: PRAGMA key = \"x'{hex}'\";").format(hex=key.hex()), file=sys.stderr)
    return 0
