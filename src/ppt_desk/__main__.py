"""Entry point: ``ppt-desk`` starts the GUI; subcommands do headless work (see cli.py)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
