# make run   - set up .venv, install the app and start it
# make test  - set up .venv with the test tools, check system packages, lint and run every test
PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python

VERSION := $(shell $(PYTHON) -c "import re;print(re.search(r'__version__ = \"(.+)\"', open('companion/__init__.py').read()).group(1))")

.PHONY: run test lint bench clean bundle deb check-packaging windows-installer-dry-run bundle-sizes

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
	$(VPY) -m ruff check companion tests bench
	$(VPY) -m ruff format --check companion tests bench
	$(VPY) -m mypy

test: $(VENV)/.installed-test
	sh packaging/ensure-system-packages.sh
	$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest

$(VENV)/.installed-bundle: pyproject.toml | $(VENV)/bin/python
	$(VPY) -m pip install --quiet --editable '.[bundle]'
	touch $@

# Benchmarks: figures, not pass/fail tests (see docs/performance.md).
bench: $(VENV)/.installed-test
	sh packaging/ensure-system-packages.sh
	QT_QPA_PLATFORM=offscreen $(VPY) bench/bench_app.py
	QT_QPA_PLATFORM=offscreen $(VPY) bench/bench_search.py

# A one-folder frozen build in dist/parent-companion, checked with its own --self-test.
bundle: $(VENV)/.installed-bundle
	sh packaging/ensure-system-packages.sh
	rm -rf dist/parent-companion
	$(VPY) -m PyInstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/parent-companion.spec
	QT_QPA_PLATFORM=offscreen dist/parent-companion/parent-companion --self-test

# The .deb around the bundle (in build/deb).
deb: bundle
	sh packaging/ensure-system-packages.sh packaging/build-packages.txt
	rm -rf build/icons build/deb
	QT_QPA_PLATFORM=offscreen $(VPY) packaging/linux/render_icons.py build/icons
	sh packaging/deb/build-deb.sh $(VERSION) build/icons build/deb

# Validate the desktop entry, AppStream metainfo, .deb (lintian, no errors) and the NSIS script.
check-packaging: deb windows-installer-dry-run
	desktop-file-validate packaging/linux/*.desktop
	appstreamcli validate --no-net packaging/linux/*.metainfo.xml
	lintian --fail-on error build/deb/*.deb
	dpkg-deb --info build/deb/*.deb
	dpkg-deb --contents build/deb/*.deb | grep -v '/opt/parent-companion/_internal/' 

# Compile the Windows installer script around the Linux bundle: proves the script is valid.
windows-installer-dry-run: bundle
	sh packaging/ensure-system-packages.sh packaging/build-packages.txt
	mkdir -p build/windows
	makensis -V2 -DVERSION=$(VERSION) -DSOURCE=$(CURDIR)/dist/parent-companion \
		-DOUTFILE=$(CURDIR)/build/windows/ParentCompanion-$(VERSION)-setup-dry-run.exe \
		packaging/windows/parent-companion.nsi

# Size of the bundle next to a bare PySide6 window bundled the same way.
bundle-sizes: bundle
	$(VPY) -m PyInstaller --noconfirm --log-level ERROR --distpath build/hello-dist \
		--workpath build/hello-work packaging/pyinstaller/hello.spec
	du -sh dist/parent-companion build/hello-dist/hello

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
