"""Seal and open a commune's three years of records, against plain zlib and lzma.

    python -m bench.bench_seal [--members 2500] [--years 3] [--no-lzma]

The records are generated (a commune of 2,500 members in ~70 chi bộ: study
conferences with attendance and reflections, monthly chi bộ meetings with attendance,
plans, propaganda log), about 300,000 small JSON records. The baseline is plain
zlib (level 6, what the package uses) and lzma (preset 6) over the very same
uncompressed bytes, measured in the same run; ratios are printed against it. The
envelope alone (HPKE, format version 3) is timed against bare AES-256-GCM over the same
compressed bytes with a fixed key and nonce: what any encryption of them costs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import lzma
import random
import sys
import time
import uuid
import zlib
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from models.vntext import format_decimal, format_int
from sync import payload
from sync.envelope import HPKE_SUITE, hpke_info, open_package, seal

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Thu", "Hữu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hoà", "Lan", "Long", "Mai", "Nam",
         "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"]
REASONS = ["Ốm", "Đi công tác", "Việc gia đình", "Đi làm ăn xa", "Tuổi cao, sức yếu"]
GRADES = ["Tốt", "Khá", "Đạt", "Chưa đạt"]
CHANNELS = ["sinh_hoat_chi_bo", "hop_thon", "truyen_thanh", "cong_thong_tin", "mang_xa_hoi",
            "co_dong_truc_quan"]


def generate(members_count: int, years: int, seed: int = 7) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(seed)
    owner = str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def base(revision_max: int = 3) -> dict[str, Any]:
        return {"uuid": new_id(), "owner": owner, "revision": rng.randint(1, revision_max),
                "deleted": rng.random() < 0.005}

    start = dt.date.today().replace(day=1) - dt.timedelta(days=365 * years)
    cells = [dict(base(), name=f"Chi bộ thôn {i + 1}", kind="thon") for i in range(70)]
    members = []
    for i in range(members_count):
        cell = cells[i % len(cells)]
        members.append(dict(
            base(5), full_name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            cell=cell["uuid"], birth_year=rng.randint(1940, 2000),
            status=rng.choices(["chinh_thuc", "du_bi"], [95, 5])[0],
            excused=rng.random() < 0.1, joined=f"{rng.randint(1970, 2024)}-0{rng.randint(1, 9)}-15",
        ))
    cadres = [dict(base(), full_name=f"Cán bộ {i}", kind="cong_chuc") for i in range(800)]
    conferences, bridge_points, attendance, reflections, plans, tasks = [], [], [], [], [], []
    for number in range(12 * years):
        day = start + dt.timedelta(days=30 * number + rng.randint(0, 20))
        online = number % 3 == 0
        conference = dict(base(), title=f"Hội nghị học tập, quán triệt Nghị quyết số {number}",
                          date=day.isoformat(), start="08:00", format="truc_tuyen" if online
                          else "truc_tiep", place="Hội trường UBND xã", documents=[new_id()],
                          chair="Bí thư Đảng ủy", minute_taker="Văn phòng Đảng ủy")
        conferences.append(conference)
        if online:
            for point in range(60):
                bridge_points.append(dict(base(), conference=conference["uuid"],
                                          name=f"Điểm cầu thôn {point + 1}",
                                          host=f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
                                          attendees=rng.randint(20, 90)))
        for member in members:
            status = rng.choices(["co_mat", "vang_co_ly_do", "vang_khong_ly_do"], [92, 6, 2])[0]
            attendance.append(dict(base(2), conference=conference["uuid"],
                                   member=member["uuid"], status=status,
                                   reason=rng.choice(REASONS) if status == "vang_co_ly_do"
                                   else ""))
            if status != "co_mat" and rng.random() < 0.6:
                attendance.append(dict(base(2), conference=conference["uuid"],
                                       member=member["uuid"], status="hoc_bu",
                                       reason="",
                                       session=(day + dt.timedelta(days=14)).isoformat()))
            if status == "co_mat" and not member["excused"]:
                reflections.append(dict(base(2), conference=conference["uuid"],
                                        member=member["uuid"], grade=rng.choice(GRADES),
                                        handed_in=(day + dt.timedelta(days=7)).isoformat()))
        for cadre in cadres:
            attendance.append(dict(base(2), conference=conference["uuid"], person=cadre["uuid"],
                                   status="co_mat", reason=""))
        plan = dict(base(), conference=conference["uuid"], title=f"Kế hoạch thực hiện NQ {number}")
        plans.append(plan)
        for task in range(15):
            tasks.append(dict(base(4), plan=plan["uuid"], content=f"Nhiệm vụ {task + 1}",
                              lead=rng.choice(cells)["uuid"], deadline=(
                                  day + dt.timedelta(days=rng.randint(30, 365))).isoformat(),
                              progress=rng.choice(["xong", "dang_lam", "qua_han"])))
    cell_meetings, cell_attendance = [], []
    by_cell: dict[str, list[dict[str, Any]]] = {}
    for member in members:
        by_cell.setdefault(member["cell"], []).append(member)
    for month in range(12 * years):
        for cell in cells:
            meeting = dict(base(), cell=cell["uuid"], kind="sinh_hoat_thuong_ky",
                           date=(start + dt.timedelta(days=30 * month + 5)).isoformat())
            cell_meetings.append(meeting)
            for member in by_cell.get(cell["uuid"], []):
                cell_attendance.append(dict(base(1), meeting=meeting["uuid"],
                                            member=member["uuid"],
                                            present=rng.random() < 0.93))
    outreach = [dict(base(), channel=rng.choice(CHANNELS), date=(
        start + dt.timedelta(days=rng.randint(0, 365 * years))).isoformat(),
        count=rng.randint(1, 30), reach=rng.randint(20, 2000), note="Tuyên truyền nghị quyết")
        for _ in range(3500)]
    return {
        "party_cells": cells, "members": members, "cadres": cadres,
        "conferences": conferences + cell_meetings, "bridge_points": bridge_points,
        "attendance": attendance + cell_attendance, "reflections": reflections,
        "plans": plans, "plan_tasks": tasks, "outreach": outreach,
    }


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def peak_rss_mb() -> str:
    try:
        import resource
    except ImportError:
        return "n/a"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return format_int(peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024) + " MB"


def baselines(tables: dict[str, list[dict[str, Any]]], *, lzma_too: bool,
              ) -> tuple[int, float, float, float, bytes]:
    """Plain compression of the very bytes a package holds; the plaintext is freed after."""
    (plaintext, _), encode_s = timed(lambda: payload.encode(tables, None))
    size = len(plaintext)
    print(f"uncompressed payload: {format_int(size)} bytes "
          f"({format_decimal(size / 1e6, 1)} MB), JSON encoding {format_decimal(encode_s, 2)} s")
    zipped, zlib_s = timed(lambda: zlib.compress(plaintext, payload.COMPRESSION_LEVEL))
    _, unzlib_s = timed(lambda: zlib.decompress(zipped))
    print(f"baseline zlib-6:  {format_int(len(zipped)):>12} bytes  ratio "
          f"{format_decimal(size / len(zipped))}  compress {format_decimal(zlib_s, 2)} s  "
          f"decompress {format_decimal(unzlib_s, 2)} s")
    if lzma_too:
        xz, lzma_s = timed(lambda: lzma.compress(plaintext, preset=6))
        _, unlzma_s = timed(lambda: lzma.decompress(xz))
        print(f"baseline lzma-6:  {format_int(len(xz)):>12} bytes  ratio "
              f"{format_decimal(size / len(xz))}  compress {format_decimal(lzma_s, 2)} s  "
              f"decompress {format_decimal(unlzma_s, 2)} s")
    return size, encode_s, zlib_s, unzlib_s, zipped


def best_of(runs: int, action: Callable[[], Any]) -> tuple[Any, float]:
    """The fastest of ``runs``: milliseconds of work on a shared machine are noisy."""
    results = [timed(action) for _ in range(runs)]
    return results[-1][0], min(seconds for _, seconds in results)


def envelope(compressed: bytes, receiving: X25519PrivateKey) -> None:
    """HPKE seal and open of the compressed container against bare AES-256-GCM."""
    aead, nonce, info = AESGCM(bytes(32)), bytes(12), hpke_info(b"header")
    sealed, aes_s = best_of(5, lambda: aead.encrypt(nonce, compressed, None))
    _, unaes_s = best_of(5, lambda: aead.decrypt(nonce, sealed, None))
    body, hpke_s = best_of(5, lambda: HPKE_SUITE.encrypt(compressed, receiving.public_key(),
                                                         info))
    _, unhpke_s = best_of(5, lambda: HPKE_SUITE.decrypt(body, receiving, info))
    print(f"baseline AES-256-GCM (best of 5): encrypt {format_decimal(aes_s * 1000, 1)} ms  "
          f"decrypt {format_decimal(unaes_s * 1000, 1)} ms  "
          f"({format_int(len(compressed))} bytes)")
    print(f"envelope HPKE (best of 5): seal {format_decimal(hpke_s * 1000, 1)} ms "
          f"= {format_decimal(hpke_s / aes_s)}× AES-GCM  open {format_decimal(unhpke_s * 1000, 1)}"
          f" ms = {format_decimal(unhpke_s / unaes_s)}× AES-GCM  "
          f"(+{len(body) - len(sealed)} bytes: the encapsulated key)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--no-lzma", action="store_true", help="skip the (slow) lzma baseline")
    args = parser.parse_args(argv)

    tables, generate_s = timed(lambda: generate(args.members, args.years))
    records = sum(len(rows) for rows in tables.values())
    print(f"generated {format_int(records)} records in {len(tables)} tables "
          f"({format_decimal(generate_s, 1)} s); peak RSS {peak_rss_mb()}")

    size, encode_s, zlib_s, unzlib_s, compressed = baselines(tables, lzma_too=not args.no_lzma)

    signing, receiving = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    envelope(compressed, receiving)
    del compressed
    package, seal_s = timed(lambda: seal(
        tables, sender_unit_id=uuid.uuid4(), sender_name="Đảng ủy xã Cẩm Giàng",
        sender_signing_key=signing, recipient_x25519_public=receiving.public_key(), kind="unit"))
    print(f"seal:             {format_int(len(package)):>12} bytes  ratio "
          f"{format_decimal(size / len(package))}  {format_decimal(seal_s, 2)} s "
          f"= {format_decimal(seal_s / zlib_s)}× zlib compress "
          f"({format_decimal(seal_s / (encode_s + zlib_s))}× JSON encoding + zlib)")
    rss_before_open = peak_rss_mb()
    opened, open_s = timed(lambda: open_package(
        package, recipient_x25519_private=receiving, pinned_signer_public=signing.public_key()))
    assert opened.header.record_count == records
    print(f"open:             verify+decrypt+inflate+parse {format_decimal(open_s, 2)} s "
          f"= {format_decimal(open_s / unzlib_s)}× zlib decompress")
    print(f"peak RSS before open {rss_before_open}, after open {peak_rss_mb()}")


if __name__ == "__main__":
    main()
