"""The authoring API for hidden test suites (solutions/<topic>/<id>/tests.py).

A suite builds named cases deterministically from a seeded generator and says how each output
is checked. Everything here runs in the trusted grading process, never in the submission's.

    import numpy as np
    from quizcli.suite import Case, Suite, allclose

    suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

    @suite.cases
    def cases(rng):
        yield Case("row", "one row of 5 logits", args=(rng.standard_normal((1, 5)),))

    @suite.perf
    def perf(rng):
        return Case("perf", "4096 x 512 logits", args=(rng.standard_normal((4096, 512)),))
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

# --- cases ------------------------------------------------------------------------------


@dataclass
class Case:
    """One call of the user's function: its inputs, a one-line description and its check."""

    name: str
    description: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    check: Check | None = None
    public: bool = False
    perf: bool = False


class Suite:
    """A problem's hidden suite: case generators, the default check and the limits."""

    def __init__(
        self,
        *,
        check: Check | None = None,
        outputs: tuple[str, ...] | None = None,
        seed: int = 20260101,
        time_factor: float = 10.0,
        min_time_s: float = 2.0,
        perf_min_time_s: float = 0.1,
        memory_mb: int = 2048,
        no_perf_reason: str | None = None,
    ) -> None:
        self.check = check or allclose()
        self.outputs = outputs
        self.seed = seed
        self.time_factor = time_factor
        self.min_time_s = min_time_s
        self.perf_min_time_s = perf_min_time_s
        self.memory_mb = memory_mb
        # A suite without a performance case must say why (e.g. O(1) arithmetic on scalars).
        self.no_perf_reason = no_perf_reason
        self._cases: list[Callable[[np.random.Generator], Iterator[Case]]] = []
        self._perf: Callable[[np.random.Generator], Case] | None = None

    def cases(self, fn):
        """Decorator: a generator function `fn(rng)` yielding Case objects."""
        self._cases.append(fn)
        return fn

    def perf(self, fn):
        """Decorator: `fn(rng)` returns the larger case used to time the submission."""
        self._perf = fn
        return fn

    def build(self) -> list[Case]:
        """All hidden cases, the performance case last; the same every time."""
        rng = np.random.default_rng(self.seed)
        out: list[Case] = []
        for gen in self._cases:
            out.extend(gen(rng))
        if self._perf is not None:
            case = self._perf(np.random.default_rng(self.seed + 1))
            case.perf = True
            out.append(case)
        names = [c.name for c in out]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError(f"duplicate case names: {', '.join(sorted(dupes))}")
        for c in out:
            if not isinstance(c.args, tuple):
                c.args = tuple(c.args)
        return out

    def check_for(self, case: Case) -> Check:
        return case.check or self.check


# --- checks -----------------------------------------------------------------------------


class Check:
    """How an output is judged: `expected` runs in the trusted process (and is cached),
    `compare` returns None when the output is right, else a message for the user."""

    def expected(self, reference: Callable, case: Case) -> Any:
        return reference(*_copy(case.args), **_copy(case.kwargs))

    def compare(self, expected: Any, got: Any, case: Case, names=None) -> str | None:
        raise NotImplementedError

    def __and__(self, other: Check) -> Check:
        return Both(self, other)


class Both(Check):
    """Two checks that must both pass (e.g. allclose to the reference & a gradient check)."""

    def __init__(self, first: Check, second: Check) -> None:
        self.first, self.second = first, second

    def expected(self, reference, case):
        return (self.first.expected(reference, case), self.second.expected(reference, case))

    def compare(self, expected, got, case, names=None):
        return self.first.compare(expected[0], got, case, names) or self.second.compare(
            expected[1], got, case, names
        )


def _copy(value):
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


def _describe(value) -> str:
    if isinstance(value, np.ndarray):
        return f"ndarray shape {value.shape} dtype {value.dtype}"
    if isinstance(value, np.generic):
        return f"numpy {type(value).__name__} {value!r}"
    if isinstance(value, tuple | list):
        return f"{type(value).__name__} of {len(value)}"
    if value is None:
        return "None"
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) < 40 else text[:37] + '...'}"


def _is_real_scalar(v) -> bool:
    if isinstance(v, bool | np.bool_):
        return False
    if isinstance(v, int | float | np.integer | np.floating):
        return True
    return isinstance(v, np.ndarray) and v.shape == () and v.dtype.kind in "iuf"


def _fmt(x) -> str:
    if isinstance(x, float | np.floating):
        return f"{float(x):.6g}"
    return repr(x.item() if isinstance(x, np.generic) else x)


def _label(names, index: int | None, prefix: str) -> str:
    if index is None:
        return prefix or "output"
    name = names[index] if names and index < len(names) else None
    base = f"{prefix}[{index}]" if prefix else f"output[{index}]"
    return f"{base} ({name})" if name else base


class AllClose(Check):
    """Numbers within tolerance: |got - expected| <= atol + rtol * |expected|, elementwise."""

    def __init__(self, rtol=1e-6, atol=1e-9, *, exact=False, strict_dtype=False, equal_nan=False):
        self.rtol, self.atol = rtol, atol
        self.exact = exact
        self.strict_dtype = strict_dtype
        self.equal_nan = equal_nan

    def compare(self, expected, got, case, names=None, index=None, prefix=""):
        label = _label(names, index, prefix)
        if isinstance(expected, tuple | list):
            if not isinstance(got, tuple | list):
                return f"{label}: expected a tuple of {len(expected)} values, got {_describe(got)}"
            if len(got) != len(expected):
                return f"{label}: expected {len(expected)} values, got {len(got)}"
            for i, (e, g) in enumerate(zip(expected, got, strict=True)):
                sub = self.compare(e, g, case, names if not prefix and index is None else None,
                                   i, "" if index is None and not prefix else label)
                if sub:
                    return sub
            return None
        if isinstance(expected, dict):
            if not isinstance(got, dict) or set(got) != set(expected):
                return f"{label}: expected a dict with keys {sorted(expected)}, got {_describe(got)}"
            for k in expected:
                sub = self.compare(expected[k], got[k], case, None, None, f"{label}[{k!r}]")
                if sub:
                    return sub
            return None
        if isinstance(expected, str) or expected is None or isinstance(expected, bool | np.bool_):
            if type(got) is not type(expected) and not (
                isinstance(expected, bool | np.bool_) and isinstance(got, bool | np.bool_)
            ):
                return f"{label}: expected {_describe(expected)}, got {_describe(got)}"
            return None if got == expected else f"{label}: expected {expected!r}, got {got!r}"
        if not isinstance(expected, np.ndarray):  # a scalar
            if not _is_real_scalar(got):
                return f"{label}: expected a number, got {_describe(got)}"
            return self._numbers(np.asarray(expected), np.asarray(got), label, scalar=True)
        if not isinstance(got, np.ndarray):
            return f"{label}: expected an ndarray of shape {expected.shape}, got {_describe(got)}"
        if got.shape != expected.shape:
            return (f"{label}: expected shape {expected.shape}, got shape {got.shape} "
                    f"(dtype {got.dtype})")
        if self.strict_dtype and got.dtype != expected.dtype:
            return f"{label}: expected dtype {expected.dtype}, got {got.dtype}"
        if _kind(got) != _kind(expected):
            return f"{label}: expected a {_kind(expected)} array ({expected.dtype}), got {got.dtype}"
        return self._numbers(expected, got, label)

    def _numbers(self, expected, got, label, scalar=False):
        if expected.dtype.kind not in "biufc":
            ok = np.array_equal(expected, got)
            return None if ok else f"{label}: values differ"
        if not self.exact and expected.dtype.kind == "f" and got.dtype.kind in "fiu":
            with np.errstate(all="ignore"):  # fast path: one pass when everything is close
                if bool(np.all(np.abs(got - expected) <= self.atol + self.rtol * np.abs(expected))):
                    return None
        e = expected.astype(np.complex128 if expected.dtype.kind == "c" else np.float64)
        g = got.astype(np.complex128 if got.dtype.kind == "c" else np.float64)
        e_nan, g_nan = np.isnan(e), np.isnan(g)
        e_inf, g_inf = np.isinf(e), np.isinf(g)
        if self.exact:
            bad = ~((e == g) | (e_nan & g_nan))
        else:
            with np.errstate(invalid="ignore", over="ignore"):
                diff = np.abs(g - e)
                bad = ~(diff <= self.atol + self.rtol * np.abs(e))
                bad &= ~(e_inf & g_inf & (e == g))
                bad &= ~(e_nan & g_nan) if self.equal_nan else np.ones_like(bad)
        if not bad.any():
            return None
        n_bad = int(bad.sum())
        where = tuple(int(i) for i in np.argwhere(bad)[0]) if bad.ndim else ()
        first_e, first_g = e[where], g[where]
        pieces = []
        if scalar:
            pieces.append(f"{label}: expected {_fmt(first_e)}, got {_fmt(first_g)}")
        else:
            pieces.append(f"{label}: {n_bad} of {bad.size} values differ; first at index "
                          f"{where}: expected {_fmt(first_e)}, got {_fmt(first_g)}")
        if g_nan.any() and not e_nan.any():
            pieces.append(f"your output contains NaN ({int(g_nan.sum())} values)")
        elif (g_inf & ~e_inf).any():
            pieces.append(f"your output contains inf ({int((g_inf & ~e_inf).sum())} values)")
        else:
            finite = ~(e_nan | g_nan | e_inf | g_inf)
            if finite.any():
                with np.errstate(all="ignore"):
                    abs_err = np.abs(g - e)[finite]
                    rel_err = abs_err / np.maximum(np.abs(e[finite]), 1e-300)
                pieces.append(f"max abs error {float(abs_err.max()):.3g}, max rel error "
                              f"{float(rel_err.max()):.3g}")
        if not self.exact:
            pieces.append(f"tolerance rtol={self.rtol:g}, atol={self.atol:g}")
        return "; ".join(pieces)


def _kind(a: np.ndarray) -> str:
    k = a.dtype.kind
    return {"b": "boolean", "i": "integer", "u": "integer", "f": "float", "c": "complex",
            "U": "string", "S": "bytes"}.get(k, a.dtype.name)


def allclose(rtol: float = 1e-6, atol: float = 1e-9, *, strict_dtype: bool = False,
             equal_nan: bool = False) -> Check:
    """Elementwise tolerance, strict shapes, matching dtype kind (float/int/bool); tuples
    and dicts of outputs are compared item by item."""
    return AllClose(rtol, atol, strict_dtype=strict_dtype, equal_nan=equal_nan)


def exact(*, strict_dtype: bool = True) -> Check:
    """Exactly equal values, strict shapes and (by default) the exact dtype."""
    return AllClose(0.0, 0.0, exact=True, strict_dtype=strict_dtype, equal_nan=True)


class Custom(Check):
    def __init__(self, fn, *, needs_expected: bool):
        self.fn = fn
        self.needs_expected = needs_expected

    def expected(self, reference, case):
        return super().expected(reference, case) if self.needs_expected else None

    def compare(self, expected, got, case, names=None):
        if self.needs_expected:
            return self.fn(got, case, expected)
        return self.fn(got, case)


def custom(fn: Callable[[Any, Case, Any], str | None]) -> Check:
    """`fn(got, case, expected)` returns None when right, else the message for the user."""
    return Custom(fn, needs_expected=True)


def invariant(fn: Callable[[Any, Case], str | None]) -> Check:
    """`fn(got, case)` checks a property of the output alone (no reference needed)."""
    return Custom(fn, needs_expected=False)


# --- gradients --------------------------------------------------------------------------


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6):
    """Central differences of a scalar function, in float64; `x` is not modified."""
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        plus = float(f(x))
        flat[i] = old - eps
        minus = float(f(x))
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * eps)
    return grad


class GradCheck(Check):
    """Compare gradients the submission returns with finite differences of a scalar objective."""

    def __init__(self, objective, wrt, outputs, eps, rtol, atol):
        self.objective, self.wrt, self.outputs = objective, tuple(wrt), outputs
        self.eps, self.rtol, self.atol = eps, rtol, atol

    def expected(self, reference, case):
        args = [np.array(a, dtype=np.float64) if isinstance(a, np.ndarray) and a.dtype.kind == "f"
                else _copy(a) for a in case.args]
        kwargs = _copy(case.kwargs)
        grads = []
        for pos in self.wrt:
            def f(value, pos=pos):
                trial = list(args)
                trial[pos] = value
                return self.objective(*trial, **kwargs)

            grads.append(numerical_gradient(f, args[pos], self.eps))
        return tuple(grads)

    def compare(self, expected, got, case, names=None):
        outputs = self.outputs if self.outputs is not None else tuple(range(len(self.wrt)))
        if isinstance(outputs, int):
            picked, idx = [got], [None]
        else:
            if not isinstance(got, tuple | list) or len(got) <= max(outputs):
                return f"expected a tuple with at least {max(outputs) + 1} values, got {_describe(got)}"
            picked, idx = [got[i] for i in outputs], list(outputs)
        inner = AllClose(self.rtol, self.atol)
        for e, g, i in zip(expected, picked, idx, strict=True):
            msg = inner.compare(e, g, case, names, i)
            if msg:
                return f"gradient check failed (vs finite differences): {msg}"
        return None


def grad_check(objective: Callable[..., float], wrt, outputs=None, *, eps: float = 1e-6,
               rtol: float = 1e-5, atol: float = 1e-7) -> Check:
    """Check returned gradients against central differences, in float64.

    objective(*case.args, **case.kwargs) -> a float (e.g. `np.sum(dout * forward(x, w))`);
    wrt: positions in case.args to differentiate; outputs: which items of the returned tuple
    hold those gradients, in the same order (an int when the function returns one array).
    """
    return GradCheck(objective, wrt, outputs, eps, rtol, atol)


def approx_equal(a: float, b: float, tol: float = 1e-9) -> bool:
    """Scalar comparison for custom checks."""
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)
