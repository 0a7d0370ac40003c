# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= levers.db

.PHONY: demo test install serve bench quality clean

$(BIN)/levers: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/levers

# The web page's graph library (cytoscape.js), pinned in package.json and
# package-lock.json, from the npm registry into node_modules/ (never into git).
node_modules/cytoscape/package.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/levers node_modules/cytoscape/package.json

## demo: install, ingest the sample corpus into $(DB), and show what is known about one company
demo: install
	$(BIN)/levers ingest samples/ --db $(DB)
	$(BIN)/levers show Gazprom --db $(DB)

## test: install and run the whole test suite
test: install
	$(BIN)/python -m pytest

## serve: the API and web page on http://127.0.0.1:8000 over $(DB) (writes need LEVERS_TOKEN)
serve: install
	$(BIN)/levers serve --db $(DB)

## bench: extraction throughput against bare spaCy on the same texts
bench: install
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache node_modules out/screenshots

## quality: score the project's gold, the seed gold and Re-DocRED dev with the shared scripts, one table
quality: install
	$(BIN)/python eval/quality.py
