from __future__ import annotations

import pytest

from companion import __version__
from companion.cli import parse_options
from companion.core.navigation import ALL_PAGES


def test_defaults() -> None:
    options = parse_options([])
    assert options.page == "home" and options.screenshot is None and options.data_dir is None


def test_screenshot_and_page() -> None:
    options = parse_options(["--screenshot", "out.png", "--page", "about", "--data-dir", "d"])
    assert (options.screenshot, options.page, options.data_dir) == ("out.png", "about", "d")


def test_unknown_option_exits_2_with_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_options(["--frobnicate"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --frobnicate" in capsys.readouterr().err


def test_unknown_page_lists_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_options(["--page", "nowhere"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert all(name in err for name in ALL_PAGES)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_options(["--version"])
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out
