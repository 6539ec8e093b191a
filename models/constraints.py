"""Rows that break the schema's own CHECK and NOT NULL rules.

``PRAGMA integrity_check`` looks at the file's structure, not at the rules a
table was declared with: a row written while ``ignore_check_constraints`` was on,
or by a tool that edited the file, passes it. So the rules are read back from
each table's ``CREATE TABLE`` text and turned into one query per table that
returns the rows breaking any of them (a rule that evaluates to NULL holds, as
SQLite itself decides).
"""
from __future__ import annotations

import re

from models.cipher import sqlite as sqlite3  # SQLCipher's DB-API: the errors it raises
from models.i18n import _

# What newer SQLite's integrity_check says of a row breaking a rule (not of the structure).
_RULE_ROW = re.compile(r"(CHECK constraint failed in|NULL value in) ")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
# A table check shown in a message is cut to this many characters.
SHOWN_RULE = 80
ROWS_PER_TABLE = 20


def _skip_quoted(sql: str, i: int) -> int:
    """Index just after the quoted name, string or comment starting at ``i`` (else ``i``)."""
    opening = sql[i]
    closing = {"'": "'", '"': '"', "`": "`", "[": "]"}.get(opening)
    if closing:
        j = i + 1
        while j < len(sql):
            if sql[j] == closing:
                if closing != "]" and sql[j + 1 : j + 2] == closing:
                    j += 2  # a doubled quote inside
                    continue
                return j + 1
            j += 1
        return len(sql)
    if sql.startswith("--", i):
        end = sql.find("\n", i)
        return len(sql) if end < 0 else end + 1
    if sql.startswith("/*", i):
        end = sql.find("*/", i + 2)
        return len(sql) if end < 0 else end + 2
    return i


def check_expressions(create_sql: str) -> list[str]:
    """The text inside every ``CHECK ( … )`` of a CREATE TABLE statement."""
    found: list[str] = []
    i = 0
    while i < len(create_sql):
        after = _skip_quoted(create_sql, i)
        if after != i:
            i = after
            continue
        match = _WORD.match(create_sql, i)
        if not match:
            i += 1
            continue
        i = match.end()
        if match.group().upper() != "CHECK":
            continue
        while i < len(create_sql) and create_sql[i].isspace():
            i += 1
        if i >= len(create_sql) or create_sql[i] != "(":
            continue
        depth, start = 0, i + 1
        while i < len(create_sql):
            after = _skip_quoted(create_sql, i)
            if after != i:
                i = after
                continue
            if create_sql[i] == "(":
                depth += 1
            elif create_sql[i] == ")":
                depth -= 1
                if depth == 0:
                    found.append(create_sql[start:i].strip())
                    break
            i += 1
        i += 1
    return found


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def constraint_problems(con: sqlite3.Connection, limit: int = 50) -> list[str]:
    """Every row (up to ``limit``) breaking a CHECK or NOT NULL rule, in Vietnamese."""
    problems: list[str] = []
    tables = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    for table, create_sql in tables:
        rules: list[tuple[str, str]] = []
        for expression in check_expressions(create_sql):
            shown = " ".join(expression.split())
            if len(shown) > SHOWN_RULE:
                shown = shown[: SHOWN_RULE - 1] + "…"
            rules.append((f"NOT ({expression})", _("sai điều kiện {shown}").format(shown=shown)))
        for _cid, column, _type, notnull, _default, _pk in con.execute(
            f"PRAGMA table_info({_quote(table)})"
        ):
            if notnull:
                rules.append((f"{_quote(column)} IS NULL", _(
                    "thiếu giá trị ở cột “{column}”"
                ).format(column=column)))
        if not rules:
            continue
        tests = ", ".join(f"coalesce({test}, 0)" for test, _ignored in rules)
        where = " OR ".join(f"({test})" for test, _ignored in rules)
        sql = f"SELECT rowid, {tests} FROM {_quote(table)} WHERE {where} LIMIT {ROWS_PER_TABLE}"
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.OperationalError:
            # A WITHOUT ROWID table has no rowid to name the row by.
            rows = [(None, *r[1:]) for r in con.execute(sql.replace("rowid, ", "NULL, ", 1))]
        for row in rows:
            broken = [label for (_ignored, label), hit in zip(rules, row[1:], strict=True) if hit]
            where_row = (
                _("dòng {number}").format(number=row[0]) if row[0] is not None
                else _("một dòng")
            )
            problems.append(_(
                "Bảng {table}, {where_row}: "
            ).format(table=table, where_row=where_row) + "; ".join(broken))
            if len(problems) >= limit:
                return problems
    return problems


def quick_problems(con: sqlite3.Connection) -> list[str]:
    """``PRAGMA quick_check`` (no index cross-checks: fast enough before every command),
    with a broken rule told by table, row and rule."""
    rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
    if rows == ["ok"]:
        return []
    structural = [row for row in rows if not _RULE_ROW.match(row)]
    if structural:
        return [_("Lỗi trong cấu trúc tệp: {row}").format(row=row) for row in structural]
    return constraint_problems(con) or [
        _("Lỗi trong dữ liệu: {row}").format(row=row) for row in rows
    ]


def register_problems(con: sqlite3.Connection) -> list[str]:
    """What ``check`` reports: structure, references, then the schema's rules."""
    rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    structural = [row for row in rows if row != "ok" and not _RULE_ROW.match(row)]
    if structural:
        # The structure is broken: reading rows for the other checks may only mislead.
        return [_("Lỗi trong cấu trúc tệp: {row}").format(row=row) for row in structural]
    problems = [
        _(
            "Bảng {table}, dòng {rowid}: trỏ tới {parent} không tồn tại"
        ).format(table=table, rowid=rowid, parent=parent)
        for table, rowid, parent, _ignored in con.execute("PRAGMA foreign_key_check").fetchall()
    ]
    broken = constraint_problems(con)
    if not broken and rows != ["ok"]:
        # SQLite saw a broken rule this reading of the schema did not: say SQLite's words.
        broken = [_("Lỗi trong dữ liệu: {row}").format(row=row) for row in rows]
    return problems + broken
