"""Label agreement between the evaluator and the scenario authors, over every choice in scenarios/.

`./dev bench scenario_agreement` prints the figure and every disagreement, and writes the same
report to build/scenario-agreement.txt. The check itself is tests/scenarios/test_agreement.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from scenarios.agreement_report import main  # noqa: E402

if __name__ == "__main__":
    (REPO / "build").mkdir(exist_ok=True)
    main(["--out", str(REPO / "build" / "scenario-agreement.txt")])
    sys.exit(0)  # a benchmark prints figures; the test enforces the target
