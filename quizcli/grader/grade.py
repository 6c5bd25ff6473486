"""Turning a child's raw run into verdicts: every comparison happens here, in the parent.

Overall verdict precedence (the first that applies wins):
internal_error > compile_error > missing_entry > time_limit_exceeded > memory_limit_exceeded
> output_limit_exceeded > runtime_error > wrong_answer > accepted.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from quizcli.grader import sandbox
from quizcli.grader.harness import Unsupported
from quizcli.grader.problem import PENDING, GradingCase, Package, PackageError

PRECEDENCE = (
    "internal_error",
    "compile_error",
    "missing_entry",
    "time_limit_exceeded",
    "memory_limit_exceeded",
    "output_limit_exceeded",
    "runtime_error",
    "wrong_answer",
    "accepted",
)
VERDICTS = frozenset(PRECEDENCE)
NOT_RUN = "not_run"  # a case after a fatal failure (time limit, crash) is not run


@dataclass
class CaseResult:
    name: str
    description: str
    verdict: str
    message: str
    time_s: float | None
    public: bool = False
    perf: bool = False
    inputs: list = field(default_factory=list)  # [(name, summary)]; values only when shown
    expected: str | None = None  # shown for public examples (and with --reveal)
    got: str | None = None


@dataclass
class Result:
    id: str
    verdict: str
    passed: int
    total: int
    time_s: float
    cases: list[CaseResult]
    message: str = ""
    stdout: str = ""
    stderr: str = ""
    perf: dict | None = None
    file: str = ""

    @property
    def accepted(self) -> bool:
        return self.verdict == "accepted"

    def to_json(self) -> dict:
        d = asdict(self)
        d["time_s"] = round(self.time_s, 4)
        for c in d["cases"]:
            c["time_s"] = None if c["time_s"] is None else round(c["time_s"], 5)
            c["inputs"] = [{"name": n, "value": v} for n, v in c["inputs"]]
        return d


def overall(verdicts: list[str]) -> str:
    present = set(verdicts)
    for v in PRECEDENCE:
        if v in present:
            return v
    return "accepted"


def _summary(value, reveal: bool) -> str:
    import numpy as np

    if isinstance(value, np.ndarray):
        desc = f"ndarray shape={value.shape} dtype={value.dtype}"
        if reveal or value.size <= 0:
            desc += " " + np.array2string(value, threshold=200, precision=6)
        return desc
    if isinstance(value, tuple | list):
        return f"{type(value).__name__}(" + ", ".join(_summary(v, reveal) for v in value) + ")"
    if reveal or isinstance(value, bool | int | float | str) or value is None:
        text = repr(value)
        return text if len(text) < 200 else text[:197] + "..."
    return type(value).__name__


def expected_value(gc: GradingCase):
    """The expected output a user would recognise: for combined checks (`a & b`), the first's."""
    from quizcli.suite import Both

    check, expected = gc.check, gc.expected
    while isinstance(check, Both):
        check, expected = check.first, expected[0]
    return check, expected


def _shown_expected(gc: GradingCase) -> str | None:
    from quizcli.suite import Custom, GradCheck

    check, expected = expected_value(gc)
    if isinstance(check, GradCheck | Custom) and expected is None:
        return None
    return _summary(expected, True)


def describe_inputs(pkg: Package, gc: GradingCase, reveal: bool) -> list:
    names = pkg.arg_names
    out = []
    for i, a in enumerate(gc.case.args):
        out.append((names[i] if i < len(names) else f"arg{i}", _summary(a, reveal)))
    out.extend((k, _summary(v, reveal)) for k, v in gc.case.kwargs.items())
    return out


def _find_unsupported(value) -> str | None:
    if isinstance(value, Unsupported):
        return value.type_name
    if isinstance(value, tuple | list):
        for v in value:
            found = _find_unsupported(v)
            if found:
                return found
    if isinstance(value, dict):
        for v in value.values():
            found = _find_unsupported(v)
            if found:
                return found
    return None


def _exc_message(exc: dict) -> str:
    text = f"{exc['type']}: {exc['message']}".strip()
    mine = [f for f in exc.get("traceback", []) if f.get("mine")]
    where = mine[-1] if mine else (exc.get("traceback") or [None])[-1]
    if where and where.get("line"):
        loc = "your file" if where.get("mine") else where.get("file")
        text += f" (line {where['line']} of {loc}, in {where['func']}: `{where['code']}`)"
    return text


def _judge(pkg: Package, gc: GradingCase, raw: sandbox.RawCase, run: sandbox.RawRun,
           outputs) -> tuple[str, str]:
    if raw.status == "not_run":
        return NOT_RUN, "not run: an earlier case stopped the run"
    if raw.status == "timeout":
        return ("time_limit_exceeded", f"did not finish within {gc.time_limit_s:.2f} s (the "
                f"reference takes {gc.ref_time_s * 1000:.1f} ms); look for Python loops over "
                "elements that NumPy can vectorise, or an endless loop")
    if raw.status == "crashed":
        return _crash_verdict(run)
    if raw.status == "protocol":
        return "runtime_error", f"the grader could not read what your function returned ({raw.note})"
    if raw.status == "error":
        exc = raw.exc or {}
        if exc.get("memory"):
            return "memory_limit_exceeded", ("ran out of memory (limit "
                                             f"{pkg.suite.memory_mb} MB): {_exc_message(exc)}")
        return "runtime_error", _exc_message(exc)
    bad_type = _find_unsupported(raw.output)
    if bad_type:
        what = bad_type if bad_type.startswith("a ") else f"an object of type {bad_type}"
        return "wrong_answer", (f"returned {what}; return NumPy arrays, numbers, or tuples of "
                                "them")
    try:
        message = gc.check.compare(gc.expected, raw.output, gc.case, outputs)
    except Exception as exc:  # an output of a shape or type the check could not handle
        message = f"your output could not be checked: {type(exc).__name__}: {exc}"
    if message:
        return "wrong_answer", message
    changed = [pkg.arg_names[i] if i < len(pkg.arg_names) else f"arg{i}" for i in raw.modified]
    changed += raw.modified_kw
    if changed:
        names = ", ".join(f"`{n}`" for n in changed)
        return "wrong_answer", (f"your function modified its argument {names}; work on a copy "
                                "(e.g. x = x.astype(float) or x.copy())")
    return "accepted", ""


def _crash_verdict(run: sandbox.RawRun) -> tuple[str, str]:
    sig = run.signal_name
    if run.output_capped:
        return ("output_limit_exceeded", "printed more than "
                f"{sandbox.OUTPUT_CAP // (1024 * 1024)} MB; remove debug prints")
    if run.result_too_large:
        return "output_limit_exceeded", "returned more data than the grader accepts"
    if sig == "SIGXCPU":
        return "time_limit_exceeded", "used up its CPU time limit"
    if sig in ("SIGKILL", "SIGSEGV", "SIGBUS", "SIGABRT") and "MemoryError" in run.stderr:
        return "memory_limit_exceeded", "ran out of memory"
    if sig:
        return "runtime_error", f"the process crashed ({sig})"
    return "runtime_error", (f"the process exited (status {run.returncode}) before returning a "
                             "result; do not call sys.exit() or os._exit()")


def _load_failure(run: sandbox.RawRun) -> tuple[str, str]:
    info = run.load_info
    if run.output_capped and run.load != "compile_error":
        return ("output_limit_exceeded", f"printed more than {sandbox.OUTPUT_CAP // (1024 * 1024)}"
                " MB while being imported; remove debug prints")
    if run.load == "compile_error":
        where = f"line {info['line']}: " if isinstance(info.get("line"), int) else ""
        code = f"\n    {info['code']}" if info.get("code") else ""
        return "compile_error", f"{where}{info.get('message', 'cannot compile')}{code}"
    if run.load == "missing_entry":
        found = ", ".join(str(f) for f in info.get("found", [])[:10]) or "none"
        return "missing_entry", f"no function named `{{entry}}` in your file (functions found: {found})"
    if run.load == "import_error":
        exc = sandbox._clean_exc(info.get("exc") or {})
        if exc.get("memory"):
            return "memory_limit_exceeded", "ran out of memory while importing your file"
        return "runtime_error", f"your file raised while being imported: {_exc_message(exc)}"
    if run.load == "timeout":
        return "time_limit_exceeded", ("your file did not finish importing within "
                                       f"{sandbox.STARTUP_ALLOWANCE_S:.0f} s")
    return _crash_verdict(run)


def _resolve(pkg: Package, gcs: list[GradingCase]) -> None:
    with contextlib.suppress(PackageError):  # left PENDING: reported as internal_error
        pkg.resolve_pending(gcs)


def grade_file(pkg: Package, file: Path, *, public_only: bool = False,
               reveal: bool = False) -> Result:
    """Run `file` against the problem's cases in a sandboxed child and judge every output."""
    t0 = time.monotonic()
    file = Path(file).expanduser().resolve()
    limits = sandbox.Limits(memory_mb=2048)
    # Start the child first: it imports NumPy while we build the cases and expected outputs.
    child = sandbox.take_child(limits)
    try:
        pkg.load()
        child.configure(file, pkg.entry, pkg.suite.memory_mb)
        gcs = pkg.grading_cases(public_only=public_only)
    except PackageError as exc:
        child.cleanup()
        child.collect(sandbox.RawRun())
        return Result(pkg.record.id, "internal_error", 0, 0, time.monotonic() - t0, [],
                      message=str(exc), file=str(file))
    inputs = []
    from quizcli.grader.harness import encode

    for gc in gcs:
        blobs: list = []
        inputs.append(sandbox.CaseInput(encode(gc.case.args, blobs), encode(gc.case.kwargs, blobs),
                                        blobs, gc.time_limit_s))
    pending = threading.Thread(target=_resolve, args=(pkg, gcs), daemon=True)
    pending.start()  # large expected outputs are computed while the child runs
    run = child.collect(child.run(inputs))
    pending.join()
    if any(gc.expected is PENDING for gc in gcs):
        return Result(pkg.record.id, "internal_error", 0, len(gcs), time.monotonic() - t0, [],
                      message=f"{pkg.reference_path}: the reference failed on a large case",
                      file=str(file))
    outputs = pkg.suite.outputs
    results = []
    if run.load == "harness":
        return Result(pkg.record.id, "internal_error", 0, len(gcs), time.monotonic() - t0, [],
                      message="the grading process did not start (Python or NumPy failed to "
                      f"load): {run.stderr.strip()[-500:] or 'no output'}", stderr=run.stderr,
                      file=str(file))
    if run.load != "ok":
        verdict, message = _load_failure(run)
        message = message.replace("{entry}", pkg.entry)
        for gc in gcs:
            results.append(CaseResult(gc.case.name, gc.case.description, NOT_RUN, "not run",
                                      None, gc.case.public, gc.case.perf,
                                      describe_inputs(pkg, gc, reveal or gc.case.public)))
        return Result(pkg.record.id, verdict, 0, len(gcs), time.monotonic() - t0, results,
                      message=message, stdout=run.stdout, stderr=run.stderr, file=str(file))
    perf = None
    for gc, raw in zip(gcs, run.cases, strict=True):
        verdict, message = _judge(pkg, gc, raw, run, outputs)
        show = reveal or gc.case.public
        results.append(CaseResult(gc.case.name, gc.case.description, verdict, message,
                                  raw.wall_s if raw.wall_s is not None else raw.time_s,
                                  gc.case.public, gc.case.perf,
                                  describe_inputs(pkg, gc, show),
                                  _shown_expected(gc) if show else None,
                                  _summary(raw.output, True) if show and raw.status == "done"
                                  else None))
        if gc.case.perf and verdict == "accepted" and raw.wall_s:
            perf = {"time_s": raw.wall_s, "reference_s": gc.ref_time_s,
                    "ratio": raw.wall_s / max(gc.ref_time_s, 1e-9)}
    if run.output_capped:
        # Output past the cap: writes fail (EFBIG) or the child is stopped; either way the
        # case that was printing gets the verdict, and the run cannot be accepted.
        cap = f"printed more than {limits.output_cap // (1024 * 1024)} MB; remove debug prints"
        hit = next((r for r in results if r.verdict in ("runtime_error", "wrong_answer")),
                   None) or next((r for r in reversed(results) if r.verdict != NOT_RUN), None)
        if hit is not None:
            hit.verdict, hit.message = "output_limit_exceeded", cap
    verdicts = [r.verdict for r in results]
    passed = sum(v == "accepted" for v in verdicts)
    final = overall([v for v in verdicts if v != NOT_RUN])
    if not results:
        final = "internal_error"
    first_bad = next((r for r in results if r.verdict == final and final != "accepted"), None)
    return Result(pkg.record.id, final, passed, len(results), time.monotonic() - t0, results,
                  message=first_bad.message if first_bad else "", stdout=run.stdout,
                  stderr=run.stderr, perf=perf, file=str(file))
