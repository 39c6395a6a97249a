# Two commands on a fresh machine: `make demo` and `make test`.  Both create the
# virtualenv when needed, install, and are safe to run again.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STAMP  := $(VENV)/.installed-stamp
DEMO   ?= out/demo

.PHONY: install browser demo test test-fast lint bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium and the Playwright Python package, for the browser tests.
browser: install
	bash scripts/setup-browser.sh $(PY)

demo: install
	$(KG) build examples/000_aed75dd07c0e9222.txt --store $(DEMO)/store
	$(KG) viz --store $(DEMO)/store -o $(DEMO)/graph.html
	@echo "Interactive graph: $(DEMO)/graph.html"
	@for q in queries/demo/*.rq; do \
	  echo; echo "== $$q"; sed -n 's/^# \{0,1\}//p' $$q | head -n 1; \
	  $(KG) query -f $$q --store $(DEMO)/store || exit 1; \
	done
	$(KG) eval eval/sample/000_aed75dd07c0e9222.json --store $(DEMO)/store

test: browser
	$(PY) -m pytest

# Everything but the slow tests (crash, Dask, notebook, browser, wheel, whole-corpus): for each change.
test-fast: install
	$(PY) -m pytest -m "not slow"

lint: install
	$(VENV)/bin/ruff check kg tests benchmarks
	$(VENV)/bin/mypy kg

bench: install
	$(PY) benchmarks/run.py

clean:
	rm -rf out kg-store .pytest_cache .mypy_cache .ruff_cache
