"""A plain, non-editable install carries the whole bank inside the package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest
from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(out), str(REPO)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(proc.stdout + proc.stderr)
    return next(out.glob("quizcli-*.whl"))


def test_wheel_ships_questions_and_solutions(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_q = {n for n in names if n.startswith("quizcli/_bank/questions/")}
    shipped_s = {n for n in names if n.startswith("quizcli/_bank/solutions/")}
    repo_q = {f"quizcli/_bank/{p.relative_to(REPO)}" for p in (REPO / "questions").rglob("*.yaml")}
    repo_s = {f"quizcli/_bank/{p.relative_to(REPO)}" for p in (REPO / "solutions").rglob("*.py")}
    assert repo_q and repo_q <= shipped_q
    assert repo_s and repo_s <= shipped_s
    assert "quizcli/schema/question.schema.json" in names


def test_installed_package_uses_its_own_bank(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    env.pop("QUIZ_BANK", None)
    proc = subprocess.run([sys.executable, "-m", "quizcli", "list", "--json"], cwd=tmp_path,
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    ids = {i["id"] for i in json.loads(proc.stdout)}
    assert {"softmax", "what-is-backprop"} <= ids
    proc = subprocess.run([sys.executable, "-c", "import quizcli.paths as p; "
                           "print(p.shipped_bank())"], cwd=tmp_path, env=env, capture_output=True,
                          text=True)
    assert proc.stdout.strip().startswith(str(target))
