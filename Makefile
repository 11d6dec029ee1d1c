# ppt-desk developer commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
QM := resources/translations/ppt_desk_en.qm
DATA_DIR ?=
RUN_ARGS := $(if $(DATA_DIR),--data-dir $(DATA_DIR),)

.PHONY: venv run test test-fast test-slow lint bench package package-check translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# sqlcipher3's sdist downloads OpenSSL at build time: wheels only.
	$(PY) -m pip install --quiet --only-binary=sqlcipher3 -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/ppt-desk $(RUN_ARGS)

test: $(STAMP)
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -x -m "not slow"

# The heavy reliability runs (T6: 1,000 SIGKILLs of a writing process, ~30 min on 2 cores).
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen PPT_DESK_RUN_SLOW=1 $(PY) -m pytest -q -m slow

lint: $(STAMP)
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Regenerate the English .qm from its .ts (both are committed).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -source-language id_ID -target-language en_US $$(find src/ppt_desk/gui -name '*.py' -not -path '*/generated/*') -ts resources/translations/ppt_desk_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/ppt_desk_en.ts -qm $(QM)

# One-folder build in dist/ppt-desk/ (PyInstaller; builds for the platform it runs on).
PKG_STAMP := $(VENV)/.package-stamp
PKG_BIN := dist/ppt-desk/ppt-desk
PKG_INPUTS := pyproject.toml $(shell find src migrations resources packaging -type f \
	-not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)

$(PKG_STAMP): $(STAMP) pyproject.toml
	# Editable again, so the venv keeps running the source tree.
	$(PY) -m pip install --quiet --only-binary=sqlcipher3 -e '.[package]'
	touch $(PKG_STAMP)

$(PKG_BIN): $(PKG_STAMP) $(PKG_INPUTS)
	@start=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/ppt-desk.spec && \
	echo "package: built in $$(( $$(date +%s) - start )) s, $$(du -sh dist/ppt-desk | cut -f1) in dist/ppt-desk/"
	touch $(PKG_BIN)

package: $(PKG_STAMP)
	rm -f $(PKG_BIN)
	$(MAKE) --no-print-directory $(PKG_BIN)

# Build if anything changed, then run the frozen program: demo data, verify, the GUI offscreen.
package-check: $(PKG_BIN)
	QT_QPA_PLATFORM=offscreen PPT_DESK_REQUIRE_PACKAGE=1 $(PY) -m pytest -q -p no:cacheprovider \
		tests/e2e/test_package.py

clean:
	rm -rf build dist .pytest_cache
