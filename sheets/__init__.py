"""Spreadsheets in and out: member lists from Excel or CSV, figures out to Excel.

Plain Python data only: no Qt, no SQL. The import into the register is wired
elsewhere, against ``read_table`` → ``guess_mapping`` → ``preview_members``.
"""
from sheets.errors import SheetError
from sheets.headers import FIELD_LABELS, FIELDS
from sheets.members import (
    ColumnMapping,
    MemberPreview,
    MemberRow,
    Problem,
    guess_default_chi_bo,
    guess_mapping,
    preview_members,
)
from sheets.reader import SheetRow, SheetTable, read_table
from sheets.writer import (
    FORMAT_DATE,
    FORMAT_DATETIME,
    FORMAT_DECIMAL,
    FORMAT_INT,
    FORMAT_PERCENT,
    SheetSpec,
    write_workbook,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "FORMAT_DATE",
    "FORMAT_DATETIME",
    "FORMAT_DECIMAL",
    "FORMAT_INT",
    "FORMAT_PERCENT",
    "ColumnMapping",
    "MemberPreview",
    "MemberRow",
    "Problem",
    "SheetError",
    "SheetRow",
    "SheetSpec",
    "SheetTable",
    "guess_default_chi_bo",
    "guess_mapping",
    "preview_members",
    "read_table",
    "write_workbook",
]
