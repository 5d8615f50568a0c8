# newsfuse: `make demo` runs the main job on the example corpus; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.test-installed

.PHONY: setup demo test test-deps bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

demo: setup
	$(BIN)/newsfuse brief examples/corpus -o out --format json,md,html
	@echo "dossier written to out/ (open out/*.html in a browser)"

test-deps: $(TSTAMP)

$(TSTAMP): $(STAMP) pyproject.toml scripts/install-test-deps.sh
	$(BIN)/python -m pip install --quiet -e '.[test]'
	bash scripts/install-test-deps.sh
	touch $@

test: test-deps
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/throughput.py examples/corpus

clean:
	rm -rf $(VENV) out .pytest_cache
