# Two set-up commands for a fresh machine: `make serve` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SITE_URL ?= http://127.0.0.1:8000/handboek/
export SITE_URL
export NO_MKDOCS_2_WARNING := 1
PIP := $(PY) -m pip install --quiet --disable-pip-version-check

.PHONY: serve build test test-fast lint benchmark deps deps-test browser clean

## Build packages (requirements.txt) and the calculators package itself, in .venv
$(VENV)/.build: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) -r requirements.txt
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

## Test packages on top (requirements-test.txt): pytest, hypothesis, Playwright, ruff, mypy
$(VENV)/.test: $(VENV)/.build requirements-test.txt
	$(PIP) -r requirements-test.txt
	touch $@

## Pyodide from the npm registry (exact version from package-lock.json); the tests add axe-core
node_modules/.build: package.json package-lock.json
	npm ci --omit=dev --no-audit --no-fund --loglevel=error
	touch $@

node_modules/.test: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch node_modules/.build $@

deps: $(VENV)/.build node_modules/.build
deps-test: $(VENV)/.test node_modules/.test

## Debian's Chromium for the browser tests (only `make test` needs it; `make build` does not)
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

build: deps
	$(VENV)/bin/mkdocs build --strict

serve: deps
	$(VENV)/bin/mkdocs serve --strict --dirty --dev-addr 127.0.0.1:8000

lint: deps-test
	$(PY) -m ruff check .
	$(PY) -m mypy

## Two pytest processes at once: the browser tests (one Chromium, one test after the other, as they
## need) and all the other tests, whose report follows; each builds the site once. About 9.5 minutes
## instead of 12 on two cores: the browser tests spend much of their time waiting. The browser tests
## with a build of their own (own_build: the offline tests) run in the second process, which is done
## long before the first.
test: deps-test browser lint
	@mkdir -p build; \
	$(PY) -m pytest -q -p no:cacheprovider -m "not browser or own_build" > build/test-andere.log 2>&1 & other=$$!; \
	$(PY) -m pytest -q -m "browser and not own_build"; browser=$$?; \
	wait $$other; other=$$?; \
	echo "--- de andere tests (niet in de browser, plus de offlinetests met hun eigen build):"; cat build/test-andere.log; \
	test $$browser -eq 0 -a $$other -eq 0

## Unit, data and template tests and the doctests (no site build, no browser)
test-fast: deps-test
	$(PY) -m pytest -q -m "not browser and not pyodide" tests/unit tests/render calculators macros

## Lighthouse 12 from the npm registry, only for the benchmark (not a project dependency)
.benchmark/node_modules/.installed:
	npm install --prefix .benchmark --no-save --no-audit --no-fund --loglevel=error lighthouse@12.8.2
	touch $@

benchmark: deps-test browser .benchmark/node_modules/.installed
	$(PY) -m scripts.benchmark

clean:
	rm -rf site build dist *.egg-info
