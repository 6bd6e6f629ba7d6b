# Sahel Watch — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sahelwatch.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint bench clean browser scale postgres postgres-server

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

# psycopg, for a PostgreSQL store (--db postgresql://user@host/dbname); optional for users, installed
# for the tests so that they run every store test on PostgreSQL too.
POSTGRES_STAMP := $(VENV)/.postgres-installed

postgres: $(POSTGRES_STAMP)

$(POSTGRES_STAMP): $(STAMP) requirements-postgres.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-postgres.lock
	touch $(POSTGRES_STAMP)

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

# The PostgreSQL tests start a throwaway server of their own from Debian's binaries (initdb, pg_ctl);
# install them once if missing. Without apt-get the tests skip and the pytest summary says why.
PG_BINARIES := $(wildcard /usr/lib/postgresql/*/bin/initdb)

postgres-server:
	@test -n "$(PG_BINARIES)" || command -v initdb >/dev/null || { \
	  if command -v apt-get >/dev/null; then echo "installing Debian's postgresql for the PostgreSQL tests"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	      --no-install-recommends postgresql >/dev/null; \
	    ls /usr/lib/postgresql/*/bin/initdb >/dev/null || { echo "error: no initdb after installing postgresql"; exit 1; }; \
	  else echo "warning: no PostgreSQL server binaries and no apt-get: the PostgreSQL tests will be skipped"; fi; }

test: install scale postgres browser postgres-server
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -p no:cacheprovider --timeout=900

lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
