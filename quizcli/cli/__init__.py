"""The `quiz` command line: parses options, calls the core, hands results to the renderer.

One module per group of commands; importing them registers their commands on `app`.
"""

from __future__ import annotations

import sqlite3
import sys

from quizcli import render
from quizcli.cli import browse, coding, study  # noqa: F401  (registers the commands)
from quizcli.cli.common import app
from quizcli.errors import QuizError

__all__ = ["app", "run"]


def run() -> None:
    """Run the app; QuizError becomes `error: message` and its exit code, never a traceback."""
    try:
        app(prog_name="quiz")
    except QuizError as exc:
        render.err(f"error: {exc.message}")
        sys.exit(exc.exit_code)
    except sqlite3.Error as exc:  # e.g. a disk that filled up under the progress database
        render.err(f"error: the progress database failed: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        render.err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)

