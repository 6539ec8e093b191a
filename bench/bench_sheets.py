"""Reading and previewing a 2,500-member workbook against bare openpyxl iteration.

Run from the repository root:  python -m bench.bench_sheets
Both are timed in the same run on the same generated file (the machine is shared
and noisy), and the ratio of the medians is what to compare between versions.
"""
from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sheets import guess_default_chi_bo, guess_mapping, preview_members, read_table  # noqa: E402

MEMBERS = 2500
CHI_BO = [f"Chi bộ thôn {i}" for i in range(1, 61)]
HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng",
           "Ngày chính thức", "Miễn sinh hoạt", "Ghi chú"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Đỗ", "Hà", "Nông"]
MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu", "Hữu", "Quang"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Lan", "Mai", "Nam", "Sơn", "Tâm", "Yến"]
REPEATS = 7


def _name(i: int) -> str:
    return (f"{SURNAMES[i % 10]} {MIDDLE[(i // 10) % 8]} {GIVEN[(i // 80) % 12]} "
            f"{GIVEN[(i // 960) % 12]}")


def build_workbook(path: Path) -> None:
    """A commune list as offices keep it: merged title, blank row, mixed date styles."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ĐẢNG BỘ XÃ CẨM GIÀNG"])
    ws.append(["DANH SÁCH ĐẢNG VIÊN"])
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")
    ws.append([])
    ws.append(HEADERS)
    for i in range(MEMBERS):
        birth = dt.date(1940 + i % 60, 1 + i % 12, 1 + i % 28)
        joined = dt.date(birth.year + 20 + i % 5, 1 + (i * 7) % 12, 1 + (i * 3) % 28)
        # A third of the dates typed as text, as lists merged from several chi bộ are.
        joined_cell = joined.strftime("%d/%m/%Y") if i % 3 == 0 else joined
        official = dt.date(joined.year + 1, joined.month, joined.day) if i % 9 else None
        ws.append([i + 1, _name(i), birth, "Nữ" if i % 3 == 0 else "Nam",
                   CHI_BO[i % len(CHI_BO)], joined_cell, official,
                   "x" if i % 10 == 7 else None, None])
    wb.save(path)


def existing_members() -> list[dict[str, object]]:
    """The register after a first import, so the preview does the re-import matching."""
    return [{"uuid": f"m{i}", "full_name": _name(i), "birth_year": 1940 + i % 60,
             "chi_bo": CHI_BO[i % len(CHI_BO)]} for i in range(MEMBERS)]


def bare_openpyxl(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for row in wb.active.iter_rows(values_only=True) if any(row))
    finally:
        wb.close()


def read_and_preview(path: Path, existing: list[dict[str, object]]) -> int:
    table = read_table(path)
    default = guess_default_chi_bo(table, CHI_BO)
    preview = preview_members(table, guess_mapping(table), CHI_BO, existing,
                              default_chi_bo=default)
    if len(preview.to_update) != MEMBERS:
        raise SystemExit(f"unexpected preview: {preview.summary()}")
    return len(preview.rows)


def _timed(func, *args) -> float:  # noqa: ANN001, ANN002
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


def main() -> None:
    existing = existing_members()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.xlsx"
        build_workbook(path)
        bare_openpyxl(path)  # warm the file cache and imports for both
        read_and_preview(path, existing)
        # Interleave the two so a burst of load on the shared machine hits both.
        base: list[float] = []
        ours: list[float] = []
        for _ in range(REPEATS):
            base.append(_timed(bare_openpyxl, path))
            ours.append(_timed(read_and_preview, path, existing))
    base_median, ours_median = statistics.median(base), statistics.median(ours)
    print(f"{MEMBERS} members, {REPEATS} runs each (median / best)")
    print(f"  bare openpyxl read-only iteration : {base_median * 1000:7.1f} ms / "
          f"{min(base) * 1000:7.1f} ms")
    print(f"  read_table + guess + preview      : {ours_median * 1000:7.1f} ms / "
          f"{min(ours) * 1000:7.1f} ms")
    print(f"  ratio (ours / bare, medians)      : {ours_median / base_median:7.2f}x")


if __name__ == "__main__":
    main()
