"""The recovery code: the register's key written for people, to keep in the office safe.

56 characters in 14 groups of four from Crockford's base-32 alphabet (digits and
capital letters without I, L, O, U, which are read for 1, 1, 0 and V), so that it
can be copied by hand from paper without confusing 0 and O. The 32-byte key is
followed by two check bytes (the start of its SHA-256), so a mistyped code is
told apart from a code of another office.
"""
from __future__ import annotations

import hashlib

from models.errors import UserError
from models.i18n import _
from models.keystore import KEY_BYTES

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1", "U": "V"}
CHECK_BYTES = 2
GROUP = 4


class RecoveryCodeError(UserError):
    """A code that is not a recovery code; the message is for the user."""


def recovery_code(key: bytes) -> str:
    data = key + hashlib.sha256(key).digest()[:CHECK_BYTES]
    number = int.from_bytes(data, "big")
    length = -(-len(data) * 8 // 5)
    chars = [ALPHABET[(number >> (5 * (length - 1 - i))) & 31] for i in range(length)]
    text = "".join(chars)
    text += ALPHABET[0] * (-len(text) % GROUP)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def key_from_code(code: str) -> bytes:
    """The key written in ``code``; spaces, dashes and case do not matter."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    expected = len(recovery_code(bytes(KEY_BYTES)).replace("-", ""))
    wrong = [ch for ch in cleaned if ch not in ALPHABET]
    if wrong or len(cleaned) != expected:
        raise RecoveryCodeError(
            _(
                "Mã khôi phục phải có {expected} chữ và số (14 nhóm 4 ký tự, như in trên tờ mã "
                "khôi phục). Hãy kiểm tra và nhập lại."
            ).format(expected=expected)
        )
    size = KEY_BYTES + CHECK_BYTES
    number = 0
    # The characters after the data's own (-(-bits // 5)) are only padding.
    for ch in cleaned[: -(-size * 8 // 5)]:
        number = (number << 5) | ALPHABET.index(ch)
    try:
        data = number.to_bytes(size, "big")
    except OverflowError:
        data = bytes(size)  # cannot match its check bytes: reported as mistyped below
    key, check = data[:KEY_BYTES], data[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:CHECK_BYTES] != check or key == bytes(KEY_BYTES):
        raise RecoveryCodeError(
            _(
                "Mã khôi phục không đúng (có ký tự bị chép sai). Hãy đối chiếu từng nhóm với "
                "tờ mã khôi phục và nhập lại."
            )
        )
    return key
