# make run   - set up .venv, install the app and start it
# make test  - set up .venv with the test tools, check system packages, lint and run every test
PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python

.PHONY: run test lint clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/python
	$(VPY) -m pip install --quiet --editable .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(VPY) -m pip install --quiet --editable '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	sh packaging/ensure-system-packages.sh
	$(VPY) -m companion

lint: $(VENV)/.installed-test
	$(VPY) -m ruff check companion tests
	$(VPY) -m ruff format --check companion tests
	$(VPY) -m mypy

test: $(VENV)/.installed-test
	sh packaging/ensure-system-packages.sh
	$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
