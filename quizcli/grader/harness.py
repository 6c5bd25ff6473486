"""The untrusted side of grading, and the wire format both sides speak.

Run as a script (`python -I -S harness.py ...`) this is the child process: it loads the
user's file, reads case inputs from a private pipe, calls the entry function on each, and
writes back only data (NumPy arrays as .npy without pickle, plain scalars, containers).
The parent imports this module for `encode`/`decode` and trusts nothing the child sends.

Only the standard library and NumPy are imported here.
"""

from __future__ import annotations

import io
import json
import os
import struct
import sys

MAX_DEPTH = 16
MAX_ITEMS = 100_000
MAX_FRAME = 512 * 1024 * 1024
_LEN = struct.Struct("<Q")

# --- wire format ------------------------------------------------------------------------


class WireError(Exception):
    """Data on the wire that the parent did not ask for or cannot read."""


def encode(value, blobs: list, depth: int = 0):
    """A JSON-able header for `value`; arrays are appended to `blobs` as .npy bytes."""
    import numpy as np

    if depth >= MAX_DEPTH:  # the marker itself sits at MAX_DEPTH, which decode still reads
        return {"t": "unsupported", "type": f"a value nested more than {MAX_DEPTH} levels deep"}
    tp = type(value)
    if tp is np.ndarray:
        if value.dtype.hasobject or value.dtype.kind == "V":
            return {"t": "unsupported", "type": f"ndarray of dtype {value.dtype}"}
        blobs.append(_npy(value))
        return {"t": "nd", "i": len(blobs) - 1}
    if isinstance(value, np.generic) and tp.__module__ == "numpy":
        if value.dtype.hasobject or value.dtype.kind == "V":
            return {"t": "unsupported", "type": tp.__name__}
        blobs.append(_npy(np.asarray(value)))
        return {"t": "npscalar", "i": len(blobs) - 1}
    if tp is bool:
        return {"t": "bool", "v": value}
    if tp is int:
        return {"t": "int", "v": str(value)}
    if tp is float:
        return {"t": "float", "v": repr(value)}
    if value is None:
        return {"t": "none"}
    if tp is str:
        return {"t": "str", "v": value}
    if tp in (tuple, list):
        if len(value) > MAX_ITEMS:
            return {"t": "unsupported", "type": f"{tp.__name__} of {len(value)} items"}
        return {"t": tp.__name__, "items": [encode(v, blobs, depth + 1) for v in value]}
    if tp is dict:
        if len(value) > MAX_ITEMS or any(type(k) is not str for k in value):
            return {"t": "unsupported", "type": "dict with non-string keys"}
        return {"t": "dict", "items": [[k, encode(v, blobs, depth + 1)] for k, v in value.items()]}
    return {"t": "unsupported", "type": f"{tp.__module__}.{tp.__qualname__}"[:80]}


def _npy(arr) -> tuple:
    """An array as .npy parts (header, data) without copying the data."""
    import numpy as np

    if not arr.flags.c_contiguous:  # (np.ascontiguousarray would turn 0-d into shape (1,))
        arr = arr.copy(order="C")
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, np.lib.format.header_data_from_array_1_0(arr))
    data = memoryview(arr.reshape(-1)).cast("B") if arr.size else b""
    return (header.getvalue(), data)


def _load_npy(buf):
    """Parse .npy bytes strictly: no pickle, no object or structured dtypes; zero-copy."""
    import numpy as np

    fp = io.BytesIO(memoryview(buf)[: 1 << 16])
    major, _ = np.lib.format.read_magic(fp)
    read = {1: np.lib.format.read_array_header_1_0, 2: np.lib.format.read_array_header_2_0}
    if major not in read:
        raise ValueError("unsupported .npy version")
    shape, fortran, dtype = read[major](fp)
    if dtype.hasobject or dtype.kind == "V":
        raise ValueError("object or structured arrays are not accepted")
    count = 1
    for n in shape:
        count *= n
    offset = fp.tell()
    if len(buf) - offset != count * dtype.itemsize:
        raise ValueError("array data has the wrong length")
    arr = np.frombuffer(buf, dtype=dtype, count=count, offset=offset)
    if not arr.flags.writeable:  # small arrays arrive as bytes: give the callee its own copy
        arr = arr.copy()
    return arr.reshape(shape, order="F" if fortran else "C")


class Unsupported:
    """Stands for a value the child could not send (an object of some other type)."""

    def __init__(self, type_name: str) -> None:
        self.type_name = type_name

    def __repr__(self) -> str:
        return f"<{self.type_name}>"


def decode(header, blobs: list, depth: int = 0):
    """Rebuild a value from the wire, strictly: no pickle, no object arrays, no surprises."""
    import numpy as np

    if depth > MAX_DEPTH or not isinstance(header, dict):
        raise WireError("malformed value")
    t = header.get("t")
    if t in ("nd", "npscalar"):
        i = header.get("i")
        if type(i) is not int or not 0 <= i < len(blobs):
            raise WireError("bad array reference")
        try:
            arr = _load_npy(blobs[i])
        except Exception as exc:
            raise WireError(f"unreadable array: {exc}") from None
        if type(arr) is not np.ndarray or arr.dtype.hasobject or arr.dtype.kind == "V":
            raise WireError("object or structured arrays are not accepted")
        return arr[()] if t == "npscalar" else arr
    if t == "bool" and type(header.get("v")) is bool:
        return header["v"]
    if t == "int" and type(header.get("v")) is str and len(header["v"]) < 4000:
        try:
            return int(header["v"])
        except ValueError:
            raise WireError("bad int") from None
    if t == "float" and type(header.get("v")) is str:
        try:
            return float(header["v"])
        except ValueError:
            raise WireError("bad float") from None
    if t == "none":
        return None
    if t == "str" and type(header.get("v")) is str:
        return header["v"]
    if t in ("tuple", "list") and type(header.get("items")) is list:
        items = [decode(h, blobs, depth + 1) for h in header["items"]]
        return tuple(items) if t == "tuple" else items
    if t == "dict" and type(header.get("items")) is list:
        out = {}
        for pair in header["items"]:
            if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not str:
                raise WireError("bad dict item")
            out[pair[0]] = decode(pair[1], blobs, depth + 1)
        return out
    if t == "unsupported" and type(header.get("type")) is str:
        return Unsupported(header["type"][:80])
    raise WireError("malformed value")


def write_frame(fd: int, message: dict, blobs: list | None = None) -> None:
    """One frame: length-prefixed JSON, then each blob length-prefixed (a blob is bytes or a
    tuple of byte-like parts, written without joining)."""
    blobs = blobs or []
    message = dict(message, nblobs=len(blobs))
    data = json.dumps(message).encode()
    parts: list = [_LEN.pack(len(data)) + data]
    for b in blobs:
        pieces = b if isinstance(b, tuple) else (b,)
        parts.append(_LEN.pack(sum(len(memoryview(p).cast("B")) for p in pieces)))
        parts.extend(pieces)
    small = bytearray()
    for part in parts:
        view = memoryview(part).cast("B")
        if len(view) < 65536:
            small += view
            continue
        if small:
            _write_all(fd, small)
            small = bytearray()
        _write_all(fd, view)
    if small:
        _write_all(fd, small)


def _write_all(fd: int, data) -> None:
    view = memoryview(data).cast("B")
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(stream, n: int) -> bytes:
    if n < 65536:
        data = stream.read(n)
        if data is None or len(data) != n:
            raise EOFError
        return data
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = stream.readinto(view[got:])
        if not k:
            raise EOFError
        got += k
    return buf


def read_frame(stream, budget: list | None = None) -> tuple[dict, list]:
    """Read one frame from a binary stream; `budget` = [bytes left] caps the total size."""

    def take(n: int) -> bytes:
        if n > MAX_FRAME or (budget is not None and n > budget[0]):
            raise WireError("output too large")
        if budget is not None:
            budget[0] -= n
        return _read_exact(stream, n)

    (n,) = _LEN.unpack(_read_exact(stream, _LEN.size))
    try:
        message = json.loads(take(n))
    except (ValueError, UnicodeDecodeError):
        raise WireError("malformed frame") from None
    if not isinstance(message, dict):
        raise WireError("malformed frame")
    nblobs = message.get("nblobs", 0)
    if type(nblobs) is not int or not 0 <= nblobs <= MAX_ITEMS:
        raise WireError("malformed frame")
    blobs = []
    for _ in range(nblobs):
        (m,) = _LEN.unpack(_read_exact(stream, _LEN.size))
        blobs.append(take(m))
    return message, blobs


# --- the child --------------------------------------------------------------------------


def _limits(cfg: dict) -> None:
    import resource

    def lower(which, soft):
        try:
            _, hard = resource.getrlimit(which)
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            resource.setrlimit(which, (soft, soft))
        except (ValueError, OSError):
            pass

    lower(resource.RLIMIT_CORE, 0)
    lower(resource.RLIMIT_CPU, int(cfg["cpu_s"]))
    lower(resource.RLIMIT_FSIZE, int(cfg["fsize"]))
    lower(resource.RLIMIT_NOFILE, 64)
    if cfg.get("nproc"):
        lower(resource.RLIMIT_NPROC, int(cfg["nproc"]))
    if cfg.get("address_space"):
        lower(resource.RLIMIT_AS, int(cfg["address_space"]))


# Landlock (Linux >= 5.13): after the file is read, the child may read only the Python
# standard library, NumPy and system libraries, and write only in its own temporary folder.
# So a submission cannot open the reference solution, the hidden suite or the cache of
# expected outputs, cannot run programs, and (ABI 4+) cannot open TCP connections.
_LL_FS_EXECUTE, _LL_FS_WRITE_FILE, _LL_FS_READ_FILE, _LL_FS_READ_DIR = 1, 2, 4, 8
_LL_FS_ALL_V1 = (1 << 13) - 1
_LL_FS_REFER, _LL_FS_TRUNCATE, _LL_FS_IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
_LL_NET_ALL = 3  # bind and connect TCP
_LL_SCOPE_ALL = 3  # abstract unix sockets and signals outside the sandbox
# landlock_create_ruleset, _add_rule, _restrict_self: the same numbers on every architecture
# that has the unified syscall table
_SYS_LANDLOCK = {m: (444, 445, 446) for m in ("x86_64", "aarch64", "arm64", "armv7l", "armv8l",
                                              "riscv64", "ppc64le", "ppc64", "s390x", "i686")}


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 when it has none (or it is disabled)."""
    import ctypes
    import platform

    numbers = _SYS_LANDLOCK.get(platform.machine())
    if numbers is None or not sys.platform.startswith("linux"):
        return 0
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return 0
    libc.syscall.restype = ctypes.c_long
    abi = libc.syscall(numbers[0], None, ctypes.c_size_t(0), ctypes.c_uint32(1))
    return max(int(abi), 0)


def confine(read_dirs: list[str], write_dirs: list[str], list_dirs: list[str] = ()) -> int:
    """Restrict this process's file access with Landlock; returns the ABI version used, or 0
    when the kernel does not offer it (the other limits still apply)."""
    import ctypes
    import platform

    abi = landlock_abi()
    if abi < 1:
        return 0
    sys_create, sys_add, sys_restrict = _SYS_LANDLOCK[platform.machine()]
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    fs = _LL_FS_ALL_V1 | (_LL_FS_REFER if abi >= 2 else 0) | (_LL_FS_TRUNCATE if abi >= 3 else 0)
    fs |= _LL_FS_IOCTL_DEV if abi >= 5 else 0
    fields = [fs] + ([_LL_NET_ALL] if abi >= 4 else []) + ([_LL_SCOPE_ALL] if abi >= 6 else [])
    attr = (ctypes.c_uint64 * len(fields))(*fields)
    ruleset = libc.syscall(sys_create, ctypes.byref(attr), ctypes.c_size_t(ctypes.sizeof(attr)),
                           ctypes.c_uint32(0))
    if ruleset < 0:
        return 0

    class PathBeneath(ctypes.Structure):
        _pack_ = 1
        _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]

    file_rights = _LL_FS_READ_FILE | _LL_FS_WRITE_FILE | (_LL_FS_TRUNCATE if abi >= 3 else 0)
    try:
        for paths, rights in ((read_dirs, _LL_FS_READ_FILE | _LL_FS_READ_DIR),
                              (list_dirs, _LL_FS_READ_DIR),
                              (write_dirs, fs & ~_LL_FS_EXECUTE)):
            for path in paths:
                try:
                    fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
                except OSError:
                    continue  # a folder this system does not have
                try:
                    allowed = rights if os.path.isdir(path) else rights & file_rights
                    rule = PathBeneath(allowed, fd)
                    libc.syscall(sys_add, ruleset, ctypes.c_int(1), ctypes.byref(rule),
                                 ctypes.c_uint32(0))
                finally:
                    os.close(fd)
        if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS, required by Landlock
            return 0
        if libc.syscall(sys_restrict, ruleset, ctypes.c_uint32(0)) != 0:
            return 0
    finally:
        os.close(ruleset)
    return int(abi)


def _entries_except(folder: str, skip) -> list[str]:
    try:
        return [e.path for e in os.scandir(folder) if not skip(e.name)]
    except OSError:
        return []


def _sandbox_paths(numpy_dir: str | None) -> tuple[list[str], list[str], list[str]]:
    """What the confined child may read (code and libraries), only list (the standard library
    folder, whose site-packages must stay closed: quizcli and its bank may be installed there)
    and write (its temporary folder)."""
    import numpy

    numpy_pkg = os.path.dirname(os.path.realpath(numpy.__file__))
    stdlib = os.path.dirname(os.path.realpath(os.__file__))  # lib-dynload is inside
    read = [numpy_pkg, numpy_pkg + ".libs", os.path.join(os.path.dirname(numpy_pkg), "numpy.libs"),
            "/dev/urandom", "/dev/zero", *([numpy_dir] if numpy_dir else [])]
    read += _entries_except(stdlib, lambda name: name in ("site-packages", "dist-packages"))
    for folder in ("/usr/lib", "/lib", "/usr/lib64", "/lib64"):  # shared libraries, not Python
        read += _entries_except(folder, lambda name: name.startswith("python"))
    return read, [stdlib], [os.getcwd(), "/dev/null"]


def _trim_tb(tb, filename: str) -> list:
    import traceback

    frames = traceback.extract_tb(tb)
    mine = [f for f in frames if f.filename == filename]
    keep = mine[-6:] if mine else frames[-1:]
    return [{"file": os.path.basename(f.filename), "line": f.lineno, "func": f.name,
             "code": (f.line or "")[:200], "mine": f.filename == filename} for f in keep]


def _exc_info(exc: BaseException, filename: str) -> dict:
    try:
        msg = str(exc)
    except BaseException:  # a hostile __str__
        msg = "<unprintable message>"
    return {"type": type(exc).__name__[:80], "message": msg[:2000],
            "memory": isinstance(exc, MemoryError),
            "recursion": isinstance(exc, RecursionError),
            "traceback": _trim_tb(exc.__traceback__, filename)}


def _snapshot(value):
    import numpy as np

    if type(value) is np.ndarray:
        return value.copy()
    if type(value) in (list, tuple):
        return type(value)(_snapshot(v) for v in value)
    if type(value) is dict:
        return {k: _snapshot(v) for k, v in value.items()}
    return value


def _same(a, b) -> bool:
    import numpy as np

    if type(a) is np.ndarray:
        return (type(b) is np.ndarray and a.shape == b.shape and a.dtype == b.dtype
                and np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if type(a) in (list, tuple):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    if type(a) is dict:
        return type(b) is dict and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


def child_main(argv: list[str]) -> None:
    cfg = json.loads(argv[1])
    out_fd, in_fd = cfg["out_fd"], cfg["in_fd"]
    _limits(cfg)
    if cfg.get("numpy_dir"):
        sys.path.insert(0, cfg["numpy_dir"])
    import numpy as np  # noqa: F401  (imported before the user's code, as in a normal run)

    send = write_frame
    inputs = os.fdopen(in_fd, "rb", buffering=1 << 16)  # noqa: SIM115 (kept open for the run)
    try:
        config, _ = read_frame(inputs)
    except (EOFError, WireError):
        return
    if config.get("memory_mb"):
        _limits({**cfg, "address_space": (int(config["memory_mb"]) + 512) * 1024 * 1024})
    path = config["file"]
    entry = config["entry"]
    send(out_fd, {"ev": "loading"})  # the harness is up; from here on, failures are the file's
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        send(out_fd, {"ev": "compile_error", "message": f"cannot read the file: {exc.strerror}"})
        return
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        send(out_fd, {"ev": "compile_error", "message": f"the file is not UTF-8 text (byte "
                      f"0x{raw[exc.start]:02x} at offset {exc.start})"})
        return
    if not source.strip():
        send(out_fd, {"ev": "compile_error", "message": "the file is empty"})
        return
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        text = (getattr(exc, "text", None) or "").rstrip()
        send(out_fd, {"ev": "compile_error", "line": line, "code": text[:200],
                      "message": f"{type(exc).__name__}: {getattr(exc, 'msg', str(exc))}"})
        return
    import linecache
    import types

    # Tracebacks show the user's lines from this copy: the file itself is out of reach below.
    linecache.cache[path] = (len(source), None, source.splitlines(True), path)
    read, list_only, write = _sandbox_paths(cfg.get("numpy_dir"))
    confine(read, write, list_only)
    module = types.ModuleType("solution")
    module.__file__ = path
    sys.modules["solution"] = module
    try:
        exec(code, module.__dict__)
    except BaseException as exc:  # SystemExit, KeyboardInterrupt... all are the user's
        send(out_fd, {"ev": "import_error", "exc": _exc_info(exc, path)})
        return
    fn = module.__dict__.get(entry)
    if not callable(fn):
        found = sorted(k for k, v in module.__dict__.items()
                       if callable(v) and not k.startswith("_") and not isinstance(v, type)
                       and getattr(v, "__module__", None) == "solution")
        send(out_fd, {"ev": "missing_entry", "found": found[:20],
                      "is_defined": entry in module.__dict__})
        return
    send(out_fd, {"ev": "ready"})
    import time

    with inputs:
        while True:
            try:
                msg, blobs = read_frame(inputs)
            except EOFError:
                break
            if msg.get("ev") == "end":
                break
            index = msg["case"]
            args = decode(msg["args"], blobs)
            kwargs = decode(msg["kwargs"], blobs)
            before = (_snapshot(args), _snapshot(kwargs))
            send(out_fd, {"ev": "start", "case": index})
            t0 = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                elapsed = time.perf_counter() - t0
                send(out_fd, {"ev": "returned", "case": index})
                send(out_fd, {"ev": "error", "case": index, "time_s": elapsed,
                              "exc": _exc_info(exc, path)})
                continue
            elapsed = time.perf_counter() - t0
            send(out_fd, {"ev": "returned", "case": index})
            modified = [i for i, (a, b) in enumerate(zip(before[0], args, strict=False)) if not _same(a, b)]
            modified_kw = [k for k in kwargs if not _same(before[1][k], kwargs[k])]
            out_blobs: list = []
            try:
                header = encode(result, out_blobs)
            except BaseException as exc:
                send(out_fd, {"ev": "error", "case": index, "time_s": elapsed,
                              "exc": _exc_info(exc, path)})
                continue
            send(out_fd, {"ev": "done", "case": index, "time_s": elapsed, "out": header,
                          "modified": modified, "modified_kw": modified_kw}, out_blobs)
    send(out_fd, {"ev": "end"})


if __name__ == "__main__":
    try:
        child_main(sys.argv)
    except MemoryError:
        pass
    finally:
        sys.stdout.flush()
        os._exit(0)
