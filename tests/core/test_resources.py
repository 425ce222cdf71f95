from __future__ import annotations

import pytest

from companion.resources import ResourceNameError, resource_path, resources_root


def test_finds_bundled_files() -> None:
    assert (resources_root() / "checklist" / "talk.toml").is_file()
    assert resource_path("icons/parent-companion.svg").is_file()


@pytest.mark.parametrize("name", ["/etc/passwd", "../pyproject.toml", "pages/../../x", "", "a\\b"])
def test_refuses_names_outside_the_bundle(name: str) -> None:
    with pytest.raises(ResourceNameError):
        resource_path(name)
