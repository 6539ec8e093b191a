"""Checks shared by the forms' ``missing_fields()``: what a document cannot print without.

Labels are the words of the office's own paperwork, lower-case so that a form can
list them after "còn thiếu:".
"""
from __future__ import annotations

from models.i18n import _
from reports.data import Issuer, Person, Signature


def blank(value: object) -> bool:
    """True for None, an empty or white-space string."""
    return value is None or (isinstance(value, str) and not value.strip())


def issuer_fields(issuer: Issuer | None, *, numbered: bool = True) -> list[str]:
    """The header's names; the issuer's abbreviation only for numbered documents."""
    if issuer is None:
        return [_("tên cấp ủy ban hành văn bản")]
    missing = []
    if blank(issuer.upper_body):
        missing.append(_("tên cấp ủy cấp trên (dòng đầu tiêu đề)"))
    if blank(issuer.body):
        missing.append(_("tên cấp ủy ban hành văn bản"))
    if numbered and blank(issuer.code):
        missing.append(_("chữ viết tắt tên cấp ủy (sau dấu gạch chéo trong số văn bản)"))
    if blank(issuer.place):
        missing.append(_("địa danh ghi trước ngày tháng"))
    return missing


def number_fields(number: int | None, label: str) -> list[str]:
    """The document number: unassigned means the document may not be printed yet."""
    if number is None or number <= 0:
        return [_("số {label} (chưa được cấp số)").format(label=label)]
    return []


def person_fields(person: Person | None, label: str, *, position: bool = True) -> list[str]:
    if person is None or blank(person.name):
        name = _("họ tên {label}").format(label=label)
        return [name] + ([_("chức vụ {label}").format(label=label)] if position else [])
    if position and blank(person.position):
        return [_("chức vụ {label}").format(label=label)]
    return []


def signature_fields(signature: Signature | None) -> list[str]:
    if signature is None:
        return [_("người ký văn bản")]
    missing = []
    if blank(signature.position):
        missing.append(_("chức vụ người ký"))
    if blank(signature.name):
        missing.append(_("họ tên người ký"))
    return missing
