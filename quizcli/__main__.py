"""Entry point for `quiz` and `python -m quizcli`."""


def main() -> None:
    """Run the command-line interface."""
    from quizcli.cli import run

    run()


if __name__ == "__main__":
    main()
