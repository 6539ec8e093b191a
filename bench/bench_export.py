"""Exporting a unit's package (a 3-year, 2,500-member commune) vs SQLite's own
``VACUUM INTO`` plus a zip of the resulting file, in the same run.

    python -m bench.bench_export [--members 2500] [--years 3] [--repeat 3]

The export is the real one (``sync.import_export.export_package``): read every record the
unit owns, gather attachments, JSON Lines, zlib, encrypt, sign, write to the PC and
copy to a folder standing in for the stick, read back and compare. The baseline is
the cheapest way to get the same data into one compressed file: ``VACUUM INTO`` a
copy and deflate it (zlib level 6, the package's level) into a zip. Goal: within 2×.
"""
from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import zipfile
from pathlib import Path

from bench.common import median_seconds, open_upper_register, report
from models import demo
from models.cipher import connect, process_key
from models.db import open_database
from models.vntext import format_int
from sync.enrolment import apply_setup_file, setup_unit
from sync.import_export import export_package

UNTIL = dt.date(2026, 11, 25)


def build(folder: Path, members: int, years: int):
    upper_path = folder / "tinh" / "so.db"
    upper = open_upper_register(upper_path)
    stick = folder / "usb"
    stick.mkdir()
    issued = setup_unit(upper, stick, name="Đảng ủy xã Cẩm Giàng", abbr="ĐU")
    path = folder / "xa" / "so.db"
    db = open_database(path)
    apply_setup_file(db, issued.written.target_path)
    counts = demo.generate(db, members=members, years=years, chi_bo=70, until=UNTIL)
    return db, path, stick, counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        start = time.perf_counter()
        db, path, stick, counts = build(folder, args.members, args.years)
        print(f"commune: {format_int(args.members)} members, {args.years} years, "
              f"{format_int(counts['attendance'])} attendance rows, "
              f"{format_int(counts['reflections'])} reflections "
              f"(made in {time.perf_counter() - start:.1f} s)")
        written = []

        def export() -> None:
            written.append(export_package(db, stick))

        copy = folder / "copy.db"
        archive = folder / "copy.zip"

        def vacuum_zip() -> None:
            copy.unlink(missing_ok=True)
            con = connect(path, process_key())
            con.execute("VACUUM INTO ?", [str(copy)])
            con.close()
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
                z.write(copy, "so.db")

        exported = median_seconds(export, repeat=args.repeat)
        baseline = median_seconds(vacuum_zip, repeat=args.repeat)
        package = written[-1]
        print(f"package: {format_int(package.record_count)} records, "
              f"{package.size / 1e6:.1f} MB; database copy {copy.stat().st_size / 1e6:.1f} MB, "
              f"zipped {archive.stat().st_size / 1e6:.1f} MB")
        report("export_package", exported, "VACUUM INTO + zip", baseline, goal="≤ 2.00x")


if __name__ == "__main__":
    main()
