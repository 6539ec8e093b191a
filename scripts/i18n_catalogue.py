"""The English catalogue of the program's own messages (gettext domain ``snq``).

    python scripts/i18n_catalogue.py extract   # add new messages to the .po, drop gone ones
    python scripts/i18n_catalogue.py compile   # write the .mo beside the .po
    python scripts/i18n_catalogue.py missing   # list the messages still untranslated

Messages are the literal arguments of ``_()``, ``N_()`` and ``ngettext()`` in models/, sheets/,
sync/, reports/ and cli/ (the window's own words are in the Qt catalogue,
resources/i18n). Pure Python, so that it runs where the program runs; the test suite
checks that the .po holds every message, all translated, and that the .mo is current.
"""
from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("models", "sync", "reports", "sheets", "cli")
PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "snq.po"
MO = PO.with_suffix(".mo")
HEADER = (
    "Project-Id-Version: so-nghi-quyet\n"
    "PO-Revision-Date: 2026-12-04 18:00+0000\n"
    "Last-Translator: Sổ Nghị quyết maintainers\n"
    "Language-Team: English\n"
    "Language: en\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"
)


@dataclass
class Entry:
    msgid: str
    plural: str | None = None
    strings: list[str] = field(default_factory=lambda: [""])
    fuzzy: bool = False

    @property
    def translated(self) -> bool:
        return not self.fuzzy and all(s.strip() for s in self.strings)


def messages_in_code(root: Path = ROOT) -> list[tuple[str, str | None]]:
    """Every (msgid, plural) marked in the code, in the order met; raises on a message
    that is not one literal (an f-string would never be found in the catalogue)."""
    found: dict[tuple[str, str | None], None] = {}
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"), str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                name = node.func.id
                if name not in ("_", "N_", "ngettext"):
                    continue
                wanted = 2 if name == "ngettext" else 1
                args = node.args[:wanted]
                literal = len(args) == wanted and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
                )
                if not literal and name == "_":
                    continue  # a label marked with N_() where it is defined
                if not literal:
                    raise SystemExit(f"{path}:{node.lineno}: {name}() needs a literal string")
                values = [a.value for a in args]  # type: ignore[attr-defined]
                found[(values[0], values[1] if wanted == 2 else None)] = None
    return sorted(found)


def _quote(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
               .replace("\n", "\\n"))
    return f'"{escaped}"'


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_po(path: Path = PO) -> list[Entry]:
    """The entries of a .po file (the header excluded)."""
    if not path.exists():
        return []
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int] | None = None
    fuzzy = False

    def finish() -> None:
        nonlocal current
        if current is not None and current.msgid:
            entries.append(current)
        current = None

    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#,") and "fuzzy" in line:
            finish()
            fuzzy = True
        elif line.startswith("msgid_plural "):
            current.plural = _unquote(line[13:])  # type: ignore[union-attr]
            target = ("plural", 0)
        elif line.startswith("msgid "):
            finish()
            current = Entry(_unquote(line[6:]), fuzzy=fuzzy)
            fuzzy = False
            target = ("msgid", 0)
        elif line.startswith("msgstr["):
            index = int(line[7:line.index("]")])
            while len(current.strings) <= index:  # type: ignore[union-attr]
                current.strings.append("")  # type: ignore[union-attr]
            current.strings[index] = _unquote(line[line.index("]") + 2:])  # type: ignore[union-attr]
            target = ("str", index)
        elif line.startswith("msgstr "):
            current.strings[0] = _unquote(line[7:])  # type: ignore[union-attr]
            target = ("str", 0)
        elif line.startswith('"') and current is not None and target is not None:
            part = _unquote(line)
            kind, index = target
            if kind == "msgid":
                current.msgid += part
            elif kind == "plural":
                current.plural = (current.plural or "") + part
            else:
                current.strings[index] += part
    finish()
    return entries


def write_po(entries: list[Entry], path: Path = PO) -> None:
    lines = ['msgid ""', 'msgstr ""', *(_quote(h + "\n") for h in HEADER.splitlines()), ""]
    for entry in entries:
        if entry.fuzzy:
            lines.append("#, fuzzy")
        lines.append(f"msgid {_quote(entry.msgid)}")
        if entry.plural is not None:
            lines.append(f"msgid_plural {_quote(entry.plural)}")
            strings = entry.strings + [""] * (2 - len(entry.strings))
            lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(strings)]
        else:
            lines.append(f"msgstr {_quote(entry.strings[0])}")
        lines.append("")
    temporary = path.with_suffix(".po.tmp")
    temporary.write_text("\n".join(lines), "utf-8")
    temporary.replace(path)


def mo_bytes(entries: list[Entry]) -> bytes:
    """The compiled catalogue (GNU .mo, as msgfmt writes it), translated entries only."""
    pairs = {"": HEADER}
    for entry in entries:
        if not entry.translated:
            continue
        if entry.plural is None:
            pairs[entry.msgid] = entry.strings[0]
        else:
            pairs[entry.msgid + "\0" + entry.plural] = "\0".join(entry.strings)
    keys = sorted(pairs)
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    count = len(keys)
    key_start = 7 * 4 + 16 * count
    value_start = key_start + sum(len(k) + 1 for k in ids)
    table, offset = [], key_start
    for k in ids:
        table += [len(k), offset]
        offset += len(k) + 1
    values, offset = [], value_start
    for s in strs:
        values += [len(s), offset]
        offset += len(s) + 1
    head = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return (head + struct.pack(f"{len(table)}i", *table)
            + struct.pack(f"{len(values)}i", *values)
            + b"".join(k + b"\0" for k in ids) + b"".join(s + b"\0" for s in strs))


def extract() -> None:
    known = {(e.msgid, e.plural): e for e in read_po()}
    entries = [known.get(key) or Entry(key[0], key[1], ["", ""] if key[1] else [""])
               for key in messages_in_code()]
    write_po(entries)
    print(f"{len(entries)} messages, {sum(not e.translated for e in entries)} to translate")


def compile_mo() -> None:
    temporary = MO.with_suffix(".mo.tmp")
    temporary.write_bytes(mo_bytes(read_po()))
    temporary.replace(MO)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "extract":
        extract()
    elif command == "compile":
        compile_mo()
    elif command == "missing":
        for entry in read_po():
            if not entry.translated:
                print(repr(entry.msgid))
    else:
        raise SystemExit(__doc__)
