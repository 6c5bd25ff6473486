"""Running untrusted code in a child process with limits, and getting only data back.

The child is `python -I -S harness.py` in a fresh temporary directory, with a minimal
environment, its own session, resource limits, stdout/stderr captured to capped files, and
two private pipes (inputs in, results out). The grader is a child subreaper, so processes
that escape the child's session are found and killed too.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from quizcli.grader import harness

HARNESS = Path(harness.__file__).resolve()
OUTPUT_CAP = 4 * 1024 * 1024  # bytes of stdout/stderr each; beyond it the child is stopped
RESULT_BUDGET = 1024 * 1024 * 1024  # bytes of returned data over the whole run
STARTUP_ALLOWANCE_S = 10.0  # Python + NumPy start-up and loading the file, before case 1

_spawn_lock = threading.Lock()
_prestarted: Child | None = None
_live: set[int] = set()
_subreaper_set = False


@dataclass
class Limits:
    """Limits of one run; per-case wall limits come with the cases."""

    memory_mb: int = 2048
    output_cap: int = OUTPUT_CAP
    startup_s: float = STARTUP_ALLOWANCE_S


@dataclass
class CaseInput:
    header_args: dict
    header_kwargs: dict
    blobs: list
    time_limit_s: float


@dataclass
class RawCase:
    """What the child reported for one case (untrusted data, decoded strictly)."""

    status: str  # done | error | timeout | crashed | not_run | protocol
    time_s: float | None = None
    wall_s: float | None = None
    output: object = None
    exc: dict | None = None
    modified: list = field(default_factory=list)
    modified_kw: list = field(default_factory=list)
    note: str = ""


@dataclass
class RawRun:
    """The whole child run: load outcome, per-case outcomes, how the process ended."""

    load: str = "ok"  # ok | compile_error | missing_entry | import_error | crashed | timeout
    load_info: dict = field(default_factory=dict)
    cases: list[RawCase] = field(default_factory=list)
    returncode: int | None = None
    signal_name: str | None = None
    stdout: str = ""
    stderr: str = ""
    output_capped: bool = False
    result_too_large: bool = False
    wall_s: float = 0.0


def _become_subreaper() -> None:
    global _subreaper_set
    if _subreaper_set or not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_CHILD_SUBREAPER = 36
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except OSError:
        pass
    _subreaper_set = True


def _numpy_dir() -> str | None:
    """A private folder holding only NumPy, for the child's sys.path (made once, then reused)."""
    import hashlib
    import importlib.util

    from quizcli import paths

    spec = importlib.util.find_spec("numpy")
    if spec is None or not spec.submodule_search_locations:
        return None
    site = Path(next(iter(spec.submodule_search_locations))).resolve().parent
    key = hashlib.sha1(str(site).encode()).hexdigest()[:12]
    target = paths.cache_dir() / f"childsite-{key}"
    if (target / "numpy").exists():
        return str(target)
    tmp = None
    try:
        paths.cache_dir().mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".childsite-", dir=paths.cache_dir()))
        for entry in site.iterdir():
            if entry.name == "numpy" or entry.name.startswith(("numpy.", "numpy-")) and (
                    entry.name.endswith(".libs")):
                os.symlink(entry, tmp / entry.name)
        os.rename(tmp, target)
        return str(target)
    except OSError:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        if (target / "numpy").exists():  # another process made it first
            return str(target)
        return str(site)


def _child_env(tmpdir: str) -> dict:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": tmpdir,
        "TMPDIR": tmpdir,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "PYTHONIOENCODING": "utf-8:backslashreplace",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
        "VECLIB_MAXIMUM_THREADS": "1",
        MARKER: str(os.getpid()),  # descendants carry the grader's pid: see _is_ours
    }
    # Some machines need these for OpenBLAS to pick a working kernel: pass them through.
    for var in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "SYSTEMROOT"):
        if var in os.environ:
            env[var] = os.environ[var]
    return env


def _grow_pipe(fd: int, size: int = 1 << 20) -> None:
    """Bigger pipe buffers: large arrays cross in a few writes instead of hundreds."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
    except (OSError, ImportError):
        pass


def _threads_in_use() -> int:
    try:
        with open("/proc/loadavg") as fh:
            return int(fh.read().split()[3].split("/")[1])
    except (OSError, ValueError, IndexError):
        return 0


class Child:
    """One sandboxed child process; start it early, feed it cases, then collect()."""

    def __init__(self, limits: Limits | None = None) -> None:
        """Start the child now: it imports NumPy, then waits for `configure`."""
        limits = limits or Limits()
        _become_subreaper()
        self.limits = limits
        self.tmp = tempfile.TemporaryDirectory(prefix="quiz-grade-")
        self.started = time.monotonic()
        self.configured: float | None = None
        out_r, out_w = os.pipe()
        in_r, in_w = os.pipe()
        for fd in (out_r, in_w):
            _grow_pipe(fd)
        threads = _threads_in_use()
        cfg = {
            "out_fd": out_w,
            "in_fd": in_r,
            "cpu_s": 120,
            "fsize": limits.output_cap,
            "nproc": threads + 64 if threads else 0,
            "address_space": 0,
            "numpy_dir": _numpy_dir(),
        }
        self.stdout_path = Path(self.tmp.name) / "stdout.txt"
        self.stderr_path = Path(self.tmp.name) / "stderr.txt"
        work = Path(self.tmp.name) / "work"
        work.mkdir()
        with open(self.stdout_path, "wb") as so, open(self.stderr_path, "wb") as se, _spawn_lock:
            self.proc = subprocess.Popen(
                [sys.executable, "-I", "-S", "-B", str(HARNESS), json.dumps(cfg)],
                cwd=work,
                env=_child_env(str(work)),
                stdin=subprocess.DEVNULL,
                stdout=so,
                stderr=se,
                pass_fds=(out_w, in_r),
                start_new_session=True,
                close_fds=True,
            )
            _live.add(self.proc.pid)
            _graded_sids.add(self.proc.pid)
        os.close(out_w)
        os.close(in_r)
        self._out = os.fdopen(out_r, "rb", buffering=1 << 16)
        self._in_fd = in_w
        self.frames: list = []
        self._cond = threading.Condition()
        self._eof = False
        self._protocol_error: str | None = None
        self._budget = [RESULT_BUDGET]
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # -- reading -------------------------------------------------------------------------
    def _read_loop(self) -> None:
        try:
            while True:
                try:
                    msg, blobs = harness.read_frame(self._out, self._budget)
                except EOFError:
                    break
                with self._cond:
                    self.frames.append((time.monotonic(), msg, blobs))
                    self._cond.notify_all()
        except harness.WireError as exc:
            with self._cond:
                self._protocol_error = str(exc)
        except (OSError, ValueError):
            pass
        finally:
            with self._cond:
                self._eof = True
                self._cond.notify_all()

    def _wait_frame(self, index: int, deadline: float):
        """The frame at `index`, or None on EOF / deadline."""
        with self._cond:
            while len(self.frames) <= index and not self._eof:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(min(left, 0.5))
            return self.frames[index] if len(self.frames) > index else None

    # -- writing -------------------------------------------------------------------------
    def _feed(self, cases: list[CaseInput]) -> None:
        try:
            for i, c in enumerate(cases):
                harness.write_frame(self._in_fd, {"ev": "case", "case": i, "args": c.header_args,
                                                  "kwargs": c.header_kwargs}, c.blobs)
            harness.write_frame(self._in_fd, {"ev": "end"})
        except OSError:
            pass  # the child is gone; collect() reports why
        finally:
            with contextlib.suppress(OSError):
                os.close(self._in_fd)

    def configure(self, file: Path, entry: str, memory_mb: int) -> None:
        """Say what to run: the child applies the memory limit, then loads the user's file."""
        self.limits.memory_mb = memory_mb
        self.configured = time.monotonic()
        with contextlib.suppress(OSError):  # a dead child is reported by run()
            harness.write_frame(self._in_fd, {"ev": "config", "file": str(file), "entry": entry,
                                              "memory_mb": memory_mb})

    def run(self, cases: list[CaseInput]) -> RawRun:
        """Send the cases, enforce the limits, and return what came back."""
        run = RawRun()
        feeder = threading.Thread(target=self._feed, args=(cases,), daemon=True)
        feeder.start()
        pos = 0
        try:
            if self.configured is None:
                raise RuntimeError("Child.run() before configure()")
            frame = self._wait_frame(pos, self.configured + self.limits.startup_s)
            if frame is None or frame[1].get("ev") != "loading":
                run.load = "harness"  # Python or NumPy did not start: not the file's fault
                return self._finish(run, cases, 0)
            pos += 1
            frame = self._wait_frame(pos, time.monotonic() + self.limits.startup_s)
            if frame is None:
                run.load = "timeout" if not self._eof else "crashed"
                return self._finish(run, cases, 0)
            _, msg, _ = frame
            pos += 1
            if msg.get("ev") != "ready":
                run.load = msg.get("ev") if msg.get("ev") in (
                    "compile_error", "missing_entry", "import_error") else "crashed"
                run.load_info = msg
                return self._finish(run, cases, 0)
            for i, case in enumerate(cases):
                frame = self._wait_frame(pos, time.monotonic() + self.limits.startup_s)
                if frame is None or frame[1].get("ev") != "start" or frame[1].get("case") != i:
                    return self._finish(run, cases, i, crashed=True)
                t_start = frame[0]
                pos += 1
                frame = self._wait_frame(pos, t_start + case.time_limit_s)
                if frame is None:
                    if self._eof:
                        return self._finish(run, cases, i, crashed=True)
                    run.cases.append(RawCase("timeout", wall_s=time.monotonic() - t_start,
                                             note=f"limit {case.time_limit_s:.2f} s"))
                    return self._finish(run, cases, i + 1)
                t_end = frame[0]
                if frame[1].get("ev") != "returned" or frame[1].get("case") != i:
                    run.cases.append(RawCase("protocol", note="unexpected message from the child"))
                    return self._finish(run, cases, i + 1)
                pos += 1
                frame = self._wait_frame(pos, time.monotonic() + self.limits.startup_s)
                if frame is None:
                    return self._finish(run, cases, i, crashed=True)
                _, msg, blobs = frame
                pos += 1
                run.cases.append(self._raw_case(msg, blobs, i, t_end - t_start))
            return self._finish(run, cases, len(cases))
        finally:
            self.cleanup()

    def _raw_case(self, msg: dict, blobs: list, index: int, wall: float) -> RawCase:
        ev = msg.get("ev")
        t = msg.get("time_s")
        t = float(t) if isinstance(t, int | float) else None
        if msg.get("case") != index or ev not in ("done", "error"):
            return RawCase("protocol", wall_s=wall, note="unexpected message from the child")
        if ev == "error":
            exc = msg.get("exc") if isinstance(msg.get("exc"), dict) else {}
            return RawCase("error", time_s=t, wall_s=wall, exc=_clean_exc(exc))
        try:
            output = harness.decode(msg.get("out"), blobs)
        except harness.WireError as exc:
            return RawCase("protocol", wall_s=wall, note=str(exc))
        modified = [i for i in msg.get("modified", []) if type(i) is int]
        modified_kw = [k for k in msg.get("modified_kw", []) if type(k) is str]
        return RawCase("done", time_s=t, wall_s=wall, output=output, modified=modified,
                       modified_kw=modified_kw)

    def _finish(self, run: RawRun, cases: list, done: int, crashed: bool = False) -> RawRun:
        if crashed:
            self._reap(timeout=2.0)
            run.cases.append(RawCase("crashed"))
            done += 1
        run.cases.extend(RawCase("not_run") for _ in range(len(cases) - len(run.cases)))
        return run

    def _reap(self, timeout: float) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=timeout)

    def cleanup(self) -> None:
        """Kill the child's whole session and any escaped descendants; reap everything."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()
        self.proc.wait()
        with _spawn_lock:
            _live.discard(self.proc.pid)
        kill_orphans()
        self._reader.join(timeout=2.0)
        with contextlib.suppress(OSError):
            self._out.close()

    def collect(self, run: RawRun) -> RawRun:
        rc = self.proc.returncode
        run.returncode = rc
        if rc is not None and rc < 0:
            with contextlib.suppress(ValueError):
                run.signal_name = signal.Signals(-rc).name
        run.stdout, capped_o = _read_capped(self.stdout_path, self.limits.output_cap)
        run.stderr, capped_e = _read_capped(self.stderr_path, self.limits.output_cap)
        run.output_capped = capped_o or capped_e or run.signal_name == "SIGXFSZ"
        run.result_too_large = self._protocol_error == "output too large"
        run.wall_s = time.monotonic() - self.started
        self.tmp.cleanup()
        return run


def _clean_exc(exc: dict) -> dict:
    tb = exc.get("traceback") if isinstance(exc.get("traceback"), list) else []
    frames = []
    for f in tb[:8]:
        if isinstance(f, dict):
            frames.append({"file": str(f.get("file", ""))[:100], "line": f.get("line")
                           if type(f.get("line")) is int else None, "func": str(f.get("func",
                           ""))[:80], "code": str(f.get("code", ""))[:200],
                           "mine": f.get("mine") is True})
    return {"type": str(exc.get("type", "Exception"))[:80],
            "message": str(exc.get("message", ""))[:2000],
            "memory": exc.get("memory") is True, "recursion": exc.get("recursion") is True,
            "traceback": frames}


def _read_capped(path: Path, cap: int) -> tuple[str, bool]:
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            data = fh.read(min(size, 64 * 1024))
    except OSError:
        return "", False
    return data.decode("utf-8", "backslashreplace"), size >= cap


def _children_of(pid: int) -> list[int]:
    out = []
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            out = [int(p) for p in fh.read().split()]
    except OSError:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as fh:
                        fields = fh.read().rsplit(")", 1)[1].split()
                    if int(fields[1]) == pid:
                        out.append(int(entry))
                except (OSError, IndexError, ValueError):
                    pass
    return out


def kill_orphans(rounds: int = 50) -> None:
    """Kill descendants that escaped a child's session and were re-parented to us."""
    if not sys.platform.startswith("linux"):
        return
    me = os.getpid()
    for _ in range(rounds):
        with _spawn_lock:
            strays = [p for p in _children_of(me) if p not in _live and _is_ours(p)]
            for pid in strays:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
        if not strays:
            return
        for pid in strays:
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(pid, 0)


REAP_ALL_ORPHANS = False  # the CLI sets this: there, every stray child of quiz is a leftover
MARKER = "QUIZ_GRADE_CHILD"
_graded_sids: set[int] = set()


def _is_ours(pid: int) -> bool:
    """Whether a re-parented process descends from a graded child: it is in a graded child's
    session, carries the grading marker in its environment, or runs in a grading folder."""
    if REAP_ALL_ORPHANS:
        return True
    try:
        with open(f"/proc/{pid}/stat") as fh:
            sid = int(fh.read().rsplit(")", 1)[1].split()[4])
        if sid in _graded_sids:
            return True
        with open(f"/proc/{pid}/environ", "rb") as fh:
            if f"{MARKER}={os.getpid()}\0".encode() in fh.read() + b"\0":
                return True
        return "quiz-grade-" in os.readlink(f"/proc/{pid}/cwd")
    except (OSError, ValueError, IndexError):
        return False


def prestart() -> None:
    """Start a child before the CLI has parsed anything, so that Python and NumPy start-up in
    the child overlap the parent's own start-up; `take_child` hands it out."""
    global _prestarted
    if _prestarted is None:
        _prestarted = Child()
        atexit.register(_discard_prestarted)


def _discard_prestarted() -> None:
    global _prestarted
    if _prestarted is not None:
        child, _prestarted = _prestarted, None
        child.cleanup()
        child.tmp.cleanup()


def take_child(limits: Limits) -> Child:
    """The pre-started child if there is one still waiting, else a new one."""
    global _prestarted
    child, _prestarted = _prestarted, None
    if child is not None and child.proc.poll() is None:
        child.limits = limits
        return child
    if child is not None:
        child.cleanup()
        child.tmp.cleanup()
    return Child(limits)
