"""Entry point for `quiz` and `python -m quizcli`."""

import sys

GRADING_COMMANDS = {"submit", "test"}


def main() -> None:
    """Run the command-line interface."""
    args = iter(sys.argv[1:])
    command = None
    for arg in args:
        if arg == "--bank":
            next(args, None)
        elif not arg.startswith("-"):
            command = arg
            break
    if command in GRADING_COMMANDS and "--help" not in sys.argv and "-h" not in sys.argv:
        # Start the grading child first: its Python + NumPy start-up overlaps ours.
        from quizcli.grader import sandbox

        sandbox.REAP_ALL_ORPHANS = True
        sandbox.prestart()
    from quizcli.cli import run

    run()


if __name__ == "__main__":
    main()
