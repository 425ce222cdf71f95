"""The command line, parsed without Qt so ``--help`` and ``--version`` stay instant."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass

from companion import APP_ID, APP_NAME, __version__
from companion.core.navigation import ALL_PAGES, PLATFORM_PAGE_PREFIX
from companion.paths import DATA_DIR_ENV


@dataclass(frozen=True)
class Options:
    data_dir: str | None
    screenshot: str | None
    page: str
    check_policy: str | None = None  # a path, or "" for the installed policy file
    self_test: bool = False
    exit_when_ready: bool = False


def page_name(value: str) -> str:
    """A known page, or a platform walkthrough (checked against the content later)."""
    if value in ALL_PAGES or re.fullmatch(rf"{PLATFORM_PAGE_PREFIX}[a-z0-9-]+", value):
        return value
    raise argparse.ArgumentTypeError(
        f"unknown page {value!r}; choose from {', '.join(ALL_PAGES)} or platforms/<id>"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: an offline guide for parents and carers on keeping "
        "children safer from online grooming, coercion and sextortion.",
        epilog=f"The data folder can also be set with the {DATA_DIR_ENV} environment variable.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="keep progress in this folder instead of the usual per-user data folder",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="draw the window offscreen at 1280x800, save it as a PNG at PATH and exit",
    )
    parser.add_argument(
        "--page",
        type=page_name,
        default="home",
        metavar="NAME",
        help="the page to open (with --screenshot: the page to draw): "
        f"{', '.join(ALL_PAGES)}, or platforms/<id> such as platforms/roblox; default: home",
    )
    parser.add_argument(
        "--check-policy",
        nargs="?",
        const="",
        metavar="PATH",
        help="check an administrator's policy file (default: the installed one), list every "
        "problem with its line, and exit: 0 if it is fine, 1 if not",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this copy works (load all content, use a throw-away data folder, draw "
        "every page offscreen, write a PDF), print a summary and exit 0 if all is well",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the window is shown and ready for input (for start-up timing)",
    )
    return parser


def parse_options(argv: Sequence[str]) -> Options:
    """Parse ``argv`` (without the program name). Exits 2 with a message on a bad option."""
    parser = build_parser()
    namespace = parser.parse_args(list(argv))
    return Options(
        data_dir=namespace.data_dir,
        screenshot=namespace.screenshot,
        page=namespace.page,
        check_policy=namespace.check_policy,
        self_test=namespace.self_test,
        exit_when_ready=namespace.exit_when_ready,
    )
