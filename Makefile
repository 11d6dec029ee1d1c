# ppt-desk developer commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
QM := resources/translations/ppt_desk_en.qm
DATA_DIR ?=
RUN_ARGS := $(if $(DATA_DIR),--data-dir $(DATA_DIR),)

.PHONY: venv run test test-fast lint bench package translations clean

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

lint: $(STAMP)
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Regenerate the English .qm from its .ts (both are committed).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find src/ppt_desk/gui -name '*.py' -not -path '*/generated/*') -ts resources/translations/ppt_desk_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/ppt_desk_en.ts -qm $(QM)

package: $(STAMP)
	$(PY) -m pip install --quiet '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/ppt-desk.spec

clean:
	rm -rf build dist .pytest_cache
