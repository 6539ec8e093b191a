"""docs/package-format.md is enough to write a unit package: every column of every
table is documented, and records written from the document alone are imported."""
from __future__ import annotations

import re
import uuid
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.exchange_snapshot import columns_of
from models.organisation import get_member
from models.rules.fields import COMMON as COMMON_RULES
from models.rules.fields import rule_text, rules_line
from models.schema import TRAVEL_TABLES
from models.sealed_files import private_key_password
from sync.import_export import import_package
from tests.crypt_helpers import registers_key
from tests.test_sync_independent_writer import container, raw, write_package
from tests.usb_helpers import unit_office, upper_office

DOC = (Path(__file__).resolve().parent.parent / "docs" / "package-format.md").read_text("utf-8")
COMMON = {"uuid", "owner_unit", "revision", "updated_at", "deleted"}


def test_every_column_of_every_table_is_documented(tmp_path):
    upper = upper_office(tmp_path)
    records = DOC[DOC.index("## 10. The records"):DOC.index("## 11. Import")]
    paragraphs = {m.group(1): m.group(2) for m in re.finditer(
        r"\*\*`(\w+)`\*\*(.*?)(?=\n\n)", records, re.S)}
    for table in TRAVEL_TABLES:
        assert table in paragraphs, table
        for column in columns_of(upper.db, table):
            if column.name not in COMMON:
                assert f"`{column.name}`" in paragraphs[table], (table, column.name)


def test_the_rules_of_each_field_are_the_ones_applied():
    rules = DOC[DOC.index("## 12. The rules a receiver applies"):]
    every = "; ".join(f"`{name}` {rule_text(spec)}" for name, spec in COMMON_RULES.items())
    assert f"- **every table**: {every}." in rules
    for table in TRAVEL_TABLES:
        assert rules_line(table) in rules, table


def test_records_written_from_the_document_alone_are_imported(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    owner = unit.db.unit_uuid
    signing = Ed25519PrivateKey.generate()  # the writer's own key, pinned on first import
    upper_receiving = serialization.load_pem_private_key(
        (upper.folder / "keys" / "receiving-x25519.pem").read_bytes(),
        password=private_key_password(registers_key()))

    def common(revision=1, deleted=0):
        return {"uuid": str(uuid.uuid4()), "owner_unit": owner, "revision": revision,
                "updated_at": "2025-03-05T08:00:00", "deleted": deleted}

    cell = {**common(), "name": "Chi bộ thôn Nà Pài", "kind": "Thôn", "position": 0,
            "search_text": ""}
    member = {**common(revision=3), "chi_bo_uuid": cell["uuid"], "full_name": "Nông Thị Hoà",
              "gender": "Nữ", "birth_year": 1978, "joined_on": "2005-05-19", "official": 1,
              "excused": 0, "status": "active", "position_title": "Bí thư chi bộ",
              "search_text": ""}
    gone = {**member, **common(revision=2, deleted=1), "full_name": "Hà Văn Tư"}
    activity = {**common(), "held_on": "2025-03-10", "channel": "Hệ thống truyền thanh cơ sở",
                "document_uuid": None, "description": "Phát thanh chuyên mục", "quantity": 4,
                "measure": "lượt phát", "reach": 1200}
    tables = {"chi_bo": [cell], "members": [member, gone], "outreach": [activity]}
    data = write_package(
        plaintext=container(tables), counts={t: len(r) for t, r in tables.items()},
        file_count=0, signing_key=signing, recipient_public=raw(upper_receiving),
        sender_unit_id=owner, sender_name="Đảng ủy xã Cẩm Giàng",
    )
    package = tmp_path / "viet-tay.snq"
    package.write_bytes(data)

    report = import_package(upper.db, package)

    assert report.applied
    assert report.counts["members"] == {"new": 1, "updated": 0, "deleted": 1, "unchanged": 0,
                                        "older": 0, "conflicts": 0}
    assert get_member(upper.db, member["uuid"]).full_name == "Nông Thị Hoà"
    assert get_member(upper.db, gone["uuid"]).deleted
