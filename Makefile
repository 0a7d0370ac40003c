# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= levers.db

.PHONY: demo test install bench clean

$(BIN)/levers: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/levers

install: $(BIN)/levers

## demo: install, ingest the sample corpus into $(DB), and show what is known about one company
demo: install
	$(BIN)/levers ingest samples/ --db $(DB)
	$(BIN)/levers show Gazprom --db $(DB)

## test: install and run the whole test suite
test: install
	$(BIN)/python -m pytest

## bench: extraction throughput against bare spaCy on the same texts
bench: install
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
