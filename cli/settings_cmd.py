"""`settings`: read and set everything Cài đặt holds, with the window's checks.

``settings`` lists every setting (``--json`` for scripts); ``settings NAME=VALUE …``
changes them together through ``models.settings.save_settings``, which refuses
the whole change, listing every problem, exactly as the window does.
"""
from __future__ import annotations

import argparse
import dataclasses
import json

from cli.terminal import printable
from cli.writing import one_writer
from models.db import open_database
from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.settings import UnitSettings, get_settings, save_settings, validate_settings

# What the program keeps for itself: shown, never set by hand.
READ_ONLY = ("unit_uuid", "upper_unit_uuid", "initialised")
LABELS = Labels({
    "unit_name": N_("tên đơn vị"),
    "unit_abbr": N_("chữ viết tắt của đơn vị"),
    "unit_office": N_("văn phòng"),
    "upper_name": N_("tên cấp trên"),
    "upper_abbr": N_("chữ viết tắt của cấp trên"),
    "upper_office": N_("cơ quan nhận báo cáo"),
    "place": N_("địa danh ghi trước ngày tháng"),
    "term": N_("nhiệm kỳ"),
    "leader_name": N_("họ tên người ký"),
    "leader_position": N_("chức vụ người ký"),
    "role": N_("máy này dùng cho (unit: cơ sở; upper: cấp trên)"),
    "target_rate": N_("tỷ lệ học tập mục tiêu (%)"),
    "silent_days": N_("số ngày chưa gửi dữ liệu thì nhắc"),
    "margin_top_mm": N_("lề trên (mm)"),
    "margin_bottom_mm": N_("lề dưới (mm)"),
    "margin_left_mm": N_("lề trái (mm)"),
    "margin_right_mm": N_("lề phải (mm)"),
    "text_scale": N_("cỡ chữ giao diện (1 = 100%)"),
    "unit_uuid": N_("mã đơn vị (chương trình tự đặt)"),
    "upper_unit_uuid": N_("mã đơn vị cấp trên (chương trình tự đặt)"),
    "initialised": N_("đã qua lần đầu sử dụng"),
})


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "settings", help=_("xem hoặc đặt cài đặt (như mục Cài đặt trong cửa sổ)")
    )
    command.add_argument(
        "changes", nargs="*", metavar=_("TÊN=GIÁ_TRỊ"),
        help=_("ví dụ: leader_name=\"Nguyễn Văn Thắng\" leader_position=\"Bí thư Đảng ủy\""),
    )
    command.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    # Changing settings holds the writer lock (cli.writing); reading them does not.
    command.set_defaults(handler=one_writer(cmd_settings, writes=lambda args: bool(args.changes)))


def _parse(settings: UnitSettings, changes: list[str]) -> tuple[UnitSettings, list[str]]:
    """The settings with ``changes`` applied, and every change that could not be read."""
    kinds = {f.name: f.type for f in dataclasses.fields(UnitSettings)}
    values: dict[str, object] = {}
    problems = []
    for change in changes:
        name, sep, raw = change.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in kinds:
            problems.append(
                _(
                    "“{change}” không phải một cài đặt: hãy viết TÊN=GIÁ_TRỊ, với TÊN là một "
                    "trong các tên do lệnh “settings” liệt kê."
                ).format(change=change)
            )
            continue
        if name in READ_ONLY:
            problems.append(_(
                "“{name}” do chương trình tự đặt, không sửa bằng tay được."
            ).format(name=name))
            continue
        kind = str(kinds[name])
        try:
            values[name] = float(raw.replace(",", ".")) if kind == "float" else (
                int(raw) if kind == "int" else raw.strip()
            )
        except ValueError:
            problems.append(_(
                "{capitalize} “{raw}” phải là một số."
            ).format(capitalize=LABELS[name].capitalize(), raw=raw))
    return dataclasses.replace(settings, **values), problems


def cmd_settings(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        settings = get_settings(db)
        if args.changes:
            settings, problems = _parse(settings, args.changes)
            # Every problem at once: what could not be read, then the window's own checks.
            problems += validate_settings(settings)
            if problems:
                raise ValidationError(problems)
            save_settings(db, settings)
            print(_(
                "Đã lưu {changes} cài đặt vào sổ {db}."
            ).format(changes=len(args.changes), db=args.db))
            return 0
        values = dataclasses.asdict(settings)
        if args.json:
            print(json.dumps(values, ensure_ascii=False, indent=2))
        else:
            for name, value in values.items():
                # A stored name printed as text cannot take the terminal over.
                print(f"{name} = {printable(str(value))}    # {LABELS.get(name, name)}")
        return 0
    finally:
        db.conn.close()
