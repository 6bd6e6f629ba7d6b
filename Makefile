# Sahel Watch — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sahelwatch.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint bench clean browser

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: install
	$(BIN)/sahelwatch --db $(DB) ingest examples/articles
	@echo "Dashboard and API: http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(BIN)/sahelwatch --db $(DB) serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -p no:cacheprovider --timeout=900

lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
