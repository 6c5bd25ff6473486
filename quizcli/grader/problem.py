"""A coding problem's package: its record, trusted reference and hidden suite, and the
expected outputs computed from them (cached, keyed by a hash of everything they depend on)."""

from __future__ import annotations

import ast
import contextlib
import hashlib
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from quizcli import __version__, paths
from quizcli.errors import QuizError
from quizcli.grader import harness
from quizcli.suite import Case, Check, Suite

EXPECTED_FORMAT = 4


class PackageError(QuizError):
    """The problem's own files are broken: the grader cannot judge anything (internal_error)."""


@dataclass
class GradingCase:
    case: Case
    check: Check
    expected: Any
    ref_time_s: float
    time_limit_s: float


def example_value(value):
    """A YAML example argument as the function receives it: lists become arrays,
    `{array: ..., dtype: ...}` sets the dtype, `{list: [...]}` is a Python list of values."""
    if isinstance(value, dict) and set(value) <= {"array", "dtype"} and "array" in value:
        return np.array(value["array"], dtype=value.get("dtype"))
    if isinstance(value, dict) and set(value) == {"list"} and isinstance(value["list"], list):
        return [example_value(v) for v in value["list"]]
    if isinstance(value, list):
        return np.array(value)
    return value


def arg_names(signature: str) -> list[str]:
    """Parameter names from a signature such as `conv2d_forward(x, w, b, stride=1)`."""
    try:
        fn = ast.parse(f"def {signature}: pass").body[0]
    except SyntaxError:
        return []
    return [a.arg for a in fn.args.posonlyargs + fn.args.args]


def _load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_modules(folder: Path, entry: str, tag: str):
    """Import a package's reference.py and tests.py; returns (reference module, suite)."""
    reference_path, tests_path = folder / "reference.py", folder / "tests.py"
    for p in (reference_path, tests_path):
        if not p.is_file():
            raise PackageError(f"{p}: missing; every coding problem needs reference.py and "
                               "tests.py")
    try:
        reference = _load_module(reference_path, f"quizcli_reference_{tag}")
    except Exception as exc:
        raise PackageError(f"{reference_path}: cannot import: {exc!r}") from None
    saved = sys.modules.get("reference")
    sys.modules["reference"] = reference
    try:
        tests = _load_module(tests_path, f"quizcli_tests_{tag}")
    except Exception as exc:
        raise PackageError(f"{tests_path}: cannot import: {exc!r}") from None
    finally:
        if saved is None:
            sys.modules.pop("reference", None)
        else:
            sys.modules["reference"] = saved
    suite = getattr(tests, "suite", None)
    if not isinstance(suite, Suite):
        raise PackageError(f"{tests_path}: defines no `suite = Suite(...)`")
    if not callable(getattr(reference, entry, None)):
        raise PackageError(f"{reference_path}: defines no function `{entry}`")
    return reference, suite


def cold_perf_time(folder: Path, entry: str) -> float | None:
    """The reference's time on the performance case in a fresh process with one BLAS thread:
    the conditions the submission is timed in (a warm process would flatter it)."""
    import subprocess

    from quizcli.grader.sandbox import _child_env

    env = dict(os.environ)
    env.update({k: v for k, v in _child_env("/tmp").items() if k.endswith("THREADS")})
    try:
        proc = subprocess.run([sys.executable, "-m", "quizcli.grader.reftime", str(folder), entry],
                              env=env, capture_output=True, text=True, timeout=120)
        return float(json.loads(proc.stdout)["perf_s"])
    except (OSError, ValueError, KeyError, TypeError, subprocess.TimeoutExpired):
        return None


class Package:
    """solutions/<topic>/<id>/: reference.py, tests.py and mistakes/."""

    def __init__(self, record, data: dict, folder: Path) -> None:
        self.record = record
        self.data = data
        self.folder = folder
        self.entry = data["entry"]
        self.arg_names = arg_names(data["signature"])
        self._suite: Suite | None = None
        self._reference = None

    @property
    def reference_path(self) -> Path:
        return self.folder / "reference.py"

    @property
    def tests_path(self) -> Path:
        return self.folder / "tests.py"

    def mistakes(self) -> list[Path]:
        return sorted((self.folder / "mistakes").glob("*.py"))

    def load(self) -> None:
        """Import the reference and the suite (trusted code) in this process."""
        if self._suite is None:
            self._reference, self._suite = load_modules(self.folder, self.entry,
                                                        self.record.id.replace("-", "_"))

    @property
    def suite(self) -> Suite:
        self.load()
        return self._suite

    def reference(self):
        self.load()
        return getattr(self._reference, self.entry)

    # -- cases ---------------------------------------------------------------------------
    def public_cases(self) -> list[Case]:
        out = []
        for ex in self.data.get("examples", ()):
            out.append(Case(
                name=f"example: {ex['name']}",
                description=f"public example '{ex['name']}'",
                args=tuple(example_value(a) for a in ex.get("args", ())),
                kwargs={k: example_value(v) for k, v in (ex.get("kwargs") or {}).items()},
                public=True,
            ))
        return out

    def all_cases(self, *, public_only: bool = False) -> list[Case]:
        cases = self.public_cases()
        if not public_only:
            try:
                cases += self.suite.build()
            except PackageError:
                raise
            except Exception as exc:
                raise PackageError(f"{self.tests_path}: building the cases failed: {exc!r}") \
                    from None
        return cases

    def _fingerprint(self) -> str:
        h = hashlib.sha256()
        for p in (self.reference_path, self.tests_path):
            h.update(p.read_bytes())
        h.update(json.dumps(self.data.get("examples", []), sort_keys=True, default=str).encode())
        h.update(f"{np.__version__}|{__version__}|{EXPECTED_FORMAT}".encode())
        return h.hexdigest()[:24]

    def grading_cases(self, *, public_only: bool = False) -> list[GradingCase]:
        """Cases with expected outputs and time limits, from the cache when it is current.

        Large expected outputs are not cached (only their reference time is): they come back
        PENDING and `resolve_pending` computes them while the submission runs.
        """
        self.load()
        cases = self.all_cases(public_only=public_only)
        cache = paths.cache_dir() / "expected" / f"{self.record.id}-{self._fingerprint()}.bin"
        stored = _read_expected(cache)
        suite = self.suite
        out, fresh = [], False
        for case in cases:
            check = suite.check_for(case)
            hit = stored.get(case.name)
            if hit is None:
                expected, ref_time = self._compute(case, check)
                if case.perf:
                    ref_time = cold_perf_time(self.folder, self.entry) or ref_time
                stored[case.name] = (expected, ref_time)
                fresh = True
            else:
                expected, ref_time = hit
            floor = suite.perf_min_time_s if case.perf else suite.min_time_s
            limit = max(floor, suite.time_factor * ref_time)
            out.append(GradingCase(case, check, expected, ref_time, limit))
        if fresh:
            _write_expected(cache, stored)
        return out

    def resolve_pending(self, cases: list[GradingCase]) -> None:
        """Compute the expected outputs that were too large to cache."""
        for gc in cases:
            if gc.expected is PENDING:
                gc.expected = self._compute(gc.case, gc.check, timed=False)[0]

    def _compute(self, case: Case, check: Check, timed: bool = True):
        ref = self.reference()
        best = 0.0
        try:
            with np.errstate(all="ignore"):
                expected = check.expected(ref, case)
                if timed:
                    best = float("inf")
                    for _ in range(3 if case.perf else 1):
                        args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
                        t0 = time.perf_counter()
                        ref(*args, **case.kwargs)
                        best = min(best, time.perf_counter() - t0)
        except Exception as exc:
            raise PackageError(f"{self.reference_path}: the reference failed on case "
                               f"'{case.name}': {exc!r}") from None
        return expected, best


class _Pending:
    def __repr__(self) -> str:
        return "PENDING"


PENDING = _Pending()
CACHE_MAX_VALUE_BYTES = 1 << 20  # larger expected outputs are recomputed at grading time


def _read_expected(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            msg, blobs = harness.read_frame(fh)
        return {name: (PENDING if h is None else harness.decode(h, blobs), t)
                for name, h, t in msg["cases"]}
    except Exception:  # missing or stale: recompute
        return {}


def _write_expected(path: Path, stored: dict) -> None:
    blobs: list = []
    rows = []
    for name, (exp, t) in stored.items():
        mine: list = []
        header = None if exp is PENDING else harness.encode(exp, mine)
        if header is not None and sum(map(len, mine)) > CACHE_MAX_VALUE_BYTES:
            header, mine = None, []
        if header is not None:
            header = _shift(header, len(blobs))
            blobs.extend(mine)
        rows.append([name, header, t])
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            harness.write_frame(fd, {"cases": rows}, blobs)
        finally:
            os.close(fd)
        os.replace(tmp, path)


def _shift(header, offset: int):
    """Renumber blob references of an encoded value by `offset`."""
    if isinstance(header, dict):
        out = {k: _shift(v, offset) for k, v in header.items()}
        if header.get("t") in ("nd", "npscalar"):
            out["i"] = header["i"] + offset
        return out
    if isinstance(header, list):
        return [_shift(v, offset) for v in header]
    return header
