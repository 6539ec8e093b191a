"""`selftest`, as the built program runs it: window, PDF and USB round trip."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_selftest_passes_and_touches_nothing_outside(tmp_path):
    users_keys = tmp_path.parent / f"{tmp_path.name}-kho-khoa"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SNQ_DATA_DIR": str(tmp_path),
           "SNQ_KEY_DIR": str(users_keys)}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "selftest"], env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    for line in ("Cửa sổ: đạt", "In PDF: đạt", "Xem trước và in: đạt", "Sao lưu: đạt",
                 "Gói USB: đạt", "Mã hoá: đạt", "Tự kiểm tra: đạt."):
        assert line in result.stdout
    assert list(tmp_path.iterdir()) == []
    assert not users_keys.exists()  # the user's key store is not touched either
