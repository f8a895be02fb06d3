"""`relint graph`: dot on stdout, endings coloured by outcome, typed nodes shaped differently; errors exit 1."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from relint_desktop.cli import main
from relint_desktop.core.graph import OUTCOME_COLOURS

EXAMPLE = Path(__file__).resolve().parents[1] / "core" / "data" / "example.yaml"
ROUTES = Path(__file__).resolve().parents[1] / "core" / "playthroughs" / "routes.yaml"


def graph(capsys, path) -> str:
    assert main(["graph", str(path)]) == 0
    return capsys.readouterr().out


def test_dot_has_every_node_and_edge(capsys):
    dot = graph(capsys, EXAMPLE)
    assert dot.startswith('digraph "example-missed-bus" {') and dot.rstrip().endswith("}")
    for node in ("door", "guarded", "story", "opened", "partly", "shut"):
        assert f'  "{node}" [' in dot
    assert '"door" -> "story" [label="2: clarify"' in dot
    assert '"story" -> "shut" [label="any: weaponize, judge"]' in dot
    assert '"guarded" -> "partly" [label="default", style=dashed]' in dot
    assert dot.count(" -> ") == 3 + 3 + 4


def test_endings_are_coloured_by_outcome_and_typed_nodes_are_hexagons(capsys):
    dot = graph(capsys, EXAMPLE)
    lines = {line.split(" [")[0].strip(): line for line in dot.splitlines() if " [label=" in line and "->" not in line}
    for node, outcome in (("opened", "opened"), ("partly", "partly"), ("shut", "shut")):
        assert f'fillcolor="{OUTCOME_COLOURS[outcome]}"' in lines[f'"{node}"']
    assert "shape=hexagon" in lines['"story"'] and "shape=hexagon" not in lines['"door"']
    assert "penwidth=3" in lines['"door"']  # the start


def test_route_labels_are_short(capsys):
    dot = graph(capsys, ROUTES)
    assert 'label="all: appreciate, clarify"' in dot
    assert 'label="red, score <= 40"' in dot
    assert 'label="if tries > 0"' in dot
    for line in dot.splitlines():
        if " -> " in line:
            label = line.split('label="')[1].split('"')[0]
            assert len(label) <= 28


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (./dev setup installs it)")
def test_graphviz_accepts_the_output(capsys, tmp_path):
    for path in (EXAMPLE, ROUTES):
        dot = graph(capsys, path)
        done = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "<svg" in done.stdout


def test_quotes_and_backslashes_are_escaped(capsys, tmp_path):
    text = EXAMPLE.read_text().replace("Don't start. I know I'm late.", 'Don\'t \\\\ \\"start\\".')
    path = tmp_path / "quotes.yaml"
    path.write_text(text)
    dot = graph(capsys, path)
    assert 'Don\'t \\\\ \\"start\\".' in dot


def test_errors(capsys, tmp_path):
    assert main(["graph", str(tmp_path / "missing.yaml")]) == 1
    assert " RL100 " in capsys.readouterr().err
    broken = tmp_path / "b.yaml"
    broken.write_text("format: 1\n")
    assert main(["graph", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and " RL201 " in err
    with pytest.raises(SystemExit):
        main(["graph"])
