"""`quiz validate`: every record well-formed, every problem package complete and honest.

Beyond the schema checks done while loading, for each coding problem: the solution folder
holds reference.py and tests.py, the suite builds enough cases, each example's `expected`
equals the reference output, the reference is accepted, and the starter and every file
under mistakes/ are rejected. Grading runs in parallel over all cores.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from quizcli.bank import Bank
from quizcli.records import Problem, Record

MIN_HIDDEN_CASES = 8
MIN_MISTAKES = 3


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    records: int = 0
    concept: int = 0
    coding: int = 0
    zh_complete: int = 0
    graded: int = 0
    missing_zh: list[str] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        lines = [
            f"{self.records} records ({self.concept} concept, {self.coding} coding); "
            f"zh complete in {self.zh_complete}/{self.records}",
        ]
        if self.missing_zh:
            shown = ", ".join(self.missing_zh[:8]) + (" ..." if len(self.missing_zh) > 8 else "")
            lines.append(f"not yet translated to zh: {shown}")
        if self.graded:
            lines.append(f"graded {self.graded} files (references, starters, mistakes)")
        lines.append("ok: no problems found" if not self.problems
                     else f"{len(self.problems)} problem(s) found")
        return lines


def _portable_yaml(bank: Bank) -> list[Problem]:
    """Records must read the same with PyYAML's pure-Python parser as with libyaml (which the
    loader uses when it is there): the two disagree on some unquoted flow scalars."""
    import yaml

    out = []
    for rec in bank.records.values():
        try:
            data = yaml.load((bank.root / rec.path).read_text(encoding="utf-8"),
                             Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark else 1
            out.append(Problem(rec.path, line, f"YAML that only libyaml accepts: {exc.problem}; "
                               "quote the value"))
            continue
        except (OSError, yaml.YAMLError):
            continue
        if data != bank.data(rec):
            out.append(Problem(rec.path, 1, "the pure-Python YAML parser reads this record "
                               "differently from libyaml; quote ambiguous values"))
    return out


def _yaml_line(bank: Bank, rec: Record, path: list) -> int:
    from quizcli.yamlsource import Document

    try:
        doc = Document((bank.root / rec.path).read_text(encoding="utf-8"))
        return doc.line_of(path)
    except Exception:
        return 1


def check_bank(bank: Bank, *, grade: bool = True, jobs: int | None = None,
               only: list[str] | None = None) -> Report:
    report = Report(problems=list(bank.problems))
    for rec in bank.records.values():
        report.records += 1
        report.concept += rec.kind == "concept"
        report.coding += rec.kind == "coding"
        if "zh" in rec.languages:
            report.zh_complete += 1
        else:
            report.missing_zh.append(rec.id)
    report.missing_zh.sort()
    report.problems.extend(_portable_yaml(bank))
    coding = [r for r in bank.ordered() if r.kind == "coding"]
    if only:
        for qid in only:
            bank.get(qid)
        coding = [r for r in coding if r.id in only]
    tasks = []
    for rec in coding:
        problems, rec_tasks = _check_package(bank, rec, grade)
        report.problems.extend(problems)
        tasks.extend(rec_tasks)
    if tasks:
        workers = jobs or os.cpu_count() or 1
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for problems in pool.map(lambda t: t(), tasks):
                report.problems.extend(problems)
        report.graded = len(tasks)
    report.problems.sort(key=lambda p: (p.path, p.line, p.message))
    return report


def _rel(bank: Bank, path: Path) -> str:
    try:
        return str(path.relative_to(bank.root))
    except ValueError:
        return str(path)


def _check_package(bank: Bank, rec: Record, grade: bool):
    """Static checks now; grading checks returned as tasks to run in parallel."""
    from quizcli.grader.problem import Package, PackageError

    folder = bank.solution_dir(rec)
    rel_folder = _rel(bank, folder)
    problems: list[Problem] = []
    if not folder.is_dir():
        return [Problem(rec.path, 1, f"missing solution folder {rel_folder}/ (reference.py, "
                        "tests.py, mistakes/)")], []
    for name in ("reference.py", "tests.py"):
        if not (folder / name).is_file():
            problems.append(Problem(f"{rel_folder}/{name}", 1, f"missing {name}"))
    if problems:
        return problems, []
    pkg = Package(rec, bank.data(rec), folder)
    mistakes = pkg.mistakes()
    if len(mistakes) < MIN_MISTAKES:
        problems.append(Problem(f"{rel_folder}/mistakes", 1, f"needs at least {MIN_MISTAKES} "
                                f"wrong solutions under mistakes/ (found {len(mistakes)})"))
    try:
        pkg.load()
        hidden = pkg.suite.build()
        gcs = pkg.grading_cases()
    except PackageError as exc:
        return problems + [Problem(_rel(bank, pkg.tests_path), 1, exc.message)], []
    n_hidden = sum(not c.public for c in hidden)
    if n_hidden < MIN_HIDDEN_CASES:
        problems.append(Problem(_rel(bank, pkg.tests_path), 1, f"the suite builds {n_hidden} "
                                f"hidden cases; at least {MIN_HIDDEN_CASES} are needed"))
    has_perf = any(c.perf for c in hidden)
    if not has_perf and not pkg.suite.no_perf_reason:
        problems.append(Problem(_rel(bank, pkg.tests_path), 1, "the suite has no @suite.perf case; "
                                "add one, or pass Suite(no_perf_reason=...) saying why none is needed"))
    problems.extend(_check_examples(bank, rec, pkg, gcs))
    if not grade:
        return problems, []

    def expect(path: Path, label: str, accepted: bool, line_path: str, line: int = 1):
        def task() -> list[Problem]:
            from quizcli.grader.grade import grade_file

            res = grade_file(pkg, path)
            if res.accepted == accepted:
                return []
            if accepted:
                bad = next((c for c in res.cases if c.verdict not in ("accepted", "not_run")),
                           None)
                detail = f" on case '{bad.name}': {bad.message}" if bad else f": {res.message}"
                return [Problem(line_path, line, f"{label} is not accepted ({res.verdict})"
                                f"{detail}")]
            return [Problem(line_path, line, f"{label} is accepted by the suite; the suite must "
                            "reject it")]
        return task

    tasks = [expect(pkg.reference_path, "the reference solution", True,
                    _rel(bank, pkg.reference_path))]
    for m in mistakes:
        tasks.append(expect(m, f"mistake {m.name}", False, _rel(bank, m)))
    starter_dir = Path(tempfile.mkdtemp(prefix="quiz-starter-"))
    starter = starter_dir / f"{rec.id.replace('-', '_')}.py"
    starter.write_text(bank.data(rec)["starter"], encoding="utf-8")
    tasks.append(expect(starter, "the starter", False, rec.path,
                        _yaml_line(bank, rec, ["starter"])))
    return problems, tasks


def _plain(value):
    import numpy as np

    if isinstance(value, np.ndarray | np.generic):
        return value.tolist()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _same_value(shown, ref) -> bool:
    """Whether an example's displayed `expected` equals the reference output (to 1e-6)."""
    import numpy as np

    from quizcli.grader.problem import example_value

    if isinstance(ref, tuple | list):
        return (isinstance(shown, list) and len(shown) == len(ref)
                and all(_same_value(s, r) for s, r in zip(shown, ref, strict=True)))
    if isinstance(ref, dict):
        return (isinstance(shown, dict) and set(shown) == set(ref)
                and all(_same_value(shown[k], ref[k]) for k in ref))
    if isinstance(shown, dict) and "array" not in shown:
        return False
    if isinstance(shown, dict) and "array" in shown:
        shown = example_value(shown)
    try:
        a = np.asarray(shown, dtype=float)
        b = np.asarray(ref, dtype=float)
    except (TypeError, ValueError):
        return shown == ref
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-6, atol=1e-9, equal_nan=True))


def _check_examples(bank: Bank, rec: Record, pkg, gcs) -> list[Problem]:
    from quizcli.grader.grade import expected_value

    out = []
    examples = bank.data(rec).get("examples", ())
    public = [g for g in gcs if g.case.public]
    for i, (ex, gc) in enumerate(zip(examples, public, strict=False)):
        if "expected" not in ex:
            continue
        expected = expected_value(gc)[1]
        if not _same_value(ex["expected"], expected):
            try:
                shown = repr(_plain(expected))
            except Exception:
                shown = "?"
            out.append(Problem(rec.path, _yaml_line(bank, rec, ["examples", i, "expected"]),
                               f"field 'examples[{i}].expected' differs from the reference "
                               f"output {shown[:200]}"))
    return out
