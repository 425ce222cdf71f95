# make run   - set up .venv, install the app and start it
# make test  - set up .venv with the test tools, check system packages, lint and run every test
# make translations - refresh the interface's .ts files from the source, and compile them
PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python

VERSION := $(shell $(PYTHON) -c "import re;print(re.search(r'__version__ = \"(.+)\"', open('companion/__init__.py').read()).group(1))")

.PHONY: run test lint bench clean translations qm bundle deb check-packaging windows windows-bundle windows-signed-test windows-bundle-sizes windows-screenshot icons bundle-sizes

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/python
	$(VPY) -m pip install --quiet --editable .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(VPY) -m pip install --quiet --editable '.[test]'
	touch $@ $(VENV)/.installed-app

# The interface's translations: .ts (committed, refreshed by lupdate) -> .qm (built).
translations: $(VENV)/.installed-app
	$(VPY) packaging/translations.py update
	$(MAKE) --no-print-directory qm

qm: $(VENV)/.installed-app
	$(VPY) packaging/translations.py compile

run: $(VENV)/.installed-app qm
	sh packaging/ensure-system-packages.sh
	$(VPY) -m companion

lint: $(VENV)/.installed-test
	$(VPY) -m ruff check companion tests bench
	$(VPY) -m ruff format --check companion tests bench
	$(VPY) -m mypy

test: $(VENV)/.installed-test qm
	sh packaging/ensure-system-packages.sh
	$(MAKE) --no-print-directory lint
	@echo "The core's tests, with PySide6 unimportable:"
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -q -p tests.block_qt -p no:pytest-qt \
	    -W ignore::pytest.PytestConfigWarning tests/core
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
bundle: $(VENV)/.installed-bundle qm
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

# Validate the desktop entry, AppStream metainfo and the .deb (lintian, no errors).
check-packaging: deb
	desktop-file-validate packaging/linux/*.desktop
	appstreamcli validate --no-net packaging/linux/*.metainfo.xml
	lintian --fail-on error build/deb/*.deb
	dpkg-deb --info build/deb/*.deb
	dpkg-deb --contents build/deb/*.deb | grep -v '/opt/parent-companion/_internal/' 

# Our SVG icon as .ico (Windows exe, installers) and .icns (macOS app) in build/icons.
icons: $(VENV)/.installed-app
	QT_QPA_PLATFORM=offscreen $(VPY) packaging/pyinstaller/make_icons.py build/icons

# The Windows build, on Debian, under Wine (see docs/packaging.md): a verified Windows
# CPython, a one-folder bundle with its --self-test, then both installers, each installed,
# checked and removed again in a fresh Wine prefix. Everything stays in build/windows.
# SIGN_CERT=cert.pem SIGN_KEY=key.pem sign the exe and the installers (osslsigncode);
# VERIFY_CA=cert.pem checks those signatures (CI uses a throw-away certificate).
WIN := build/windows
windows-bundle: icons qm
	sh packaging/ensure-system-packages.sh packaging/windows-build-packages.txt
	bash packaging/windows/build-bundle.sh $(WIN) build/icons

windows: windows-bundle
	bash packaging/windows/build-installers.sh $(WIN) $(VERSION) build/icons $(WIN)/out
	bash packaging/windows/test-installers.sh $(WIN) $(VERSION) $(WIN)/out
	@du -sh --apparent-size $(WIN)/dist/parent-companion $(WIN)/out/*

# CI: `make windows` signed with a throw-away certificate, every signature checked.
TEST_CERT := $(CURDIR)/$(WIN)/test-cert
windows-signed-test:
	sh packaging/ensure-system-packages.sh packaging/windows-build-packages.txt
	sh packaging/windows/test-certificate.sh $(TEST_CERT)
	$(MAKE) --no-print-directory windows SIGN_CERT=$(TEST_CERT)/cert.pem \
		SIGN_KEY=$(TEST_CERT)/key.pem VERIFY_CA=$(TEST_CERT)/cert.pem

# The Windows bundle's size next to a bare PySide6 window bundled the same way.
windows-bundle-sizes:
	bash packaging/windows/hello-bundle.sh $(WIN)

# The app's Windows build drawn by Qt's real `windows` platform under Xvfb (after make windows).
windows-screenshot:
	bash packaging/windows/screenshot.sh $(WIN) build/windows/screenshot.png

# Size of the bundle next to a bare PySide6 window bundled the same way.
bundle-sizes: bundle
	$(VPY) -m PyInstaller --noconfirm --log-level ERROR --distpath build/hello-dist \
		--workpath build/hello-work packaging/pyinstaller/hello.spec
	du -sh dist/parent-companion build/hello-dist/hello

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache resources/translations/*.qm
