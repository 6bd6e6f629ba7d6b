# Sahel Watch — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sahelwatch.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint bench clean browser scale

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Ray, for `--backend ray` (the scale stage); optional for users, installed for the tests.
SCALE_STAMP := $(VENV)/.scale-installed

scale: $(SCALE_STAMP)

$(SCALE_STAMP): $(STAMP) requirements-scale.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-scale.lock
	touch $(SCALE_STAMP)

run: install
	$(BIN)/sahelwatch --db $(DB) ingest examples/articles
	@echo "Dashboard and API: http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(BIN)/sahelwatch --db $(DB) serve --host $(HOST) --port $(PORT)

# Browser tests drive Debian's Chromium (never a downloaded browser); install it once if missing.
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser:
	@test -x $(CHROMIUM) || { echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }
	@test -x $(CHROMIUM) || { echo "error: $(CHROMIUM) is still missing"; exit 1; }

test: install scale browser
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -p no:cacheprovider --timeout=900

lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
