"""The indicators of a fixed demo province are exactly those recorded before they were
reworked for scale (``tests/fixtures/indicators_golden.json``)."""
from __future__ import annotations

import json

from tests.indicator_golden import GOLDEN, record


def test_indicators_match_the_recorded_figures(tmp_path):
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(record(tmp_path), ensure_ascii=False, sort_keys=True))
    for register in ("upper", "unit"):
        for scope, figures in recorded[register].items():
            assert now[register][scope] == figures, (register, scope)
    assert now == recorded
