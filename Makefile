# Two set-up commands for a fresh machine: `make serve` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SITE_URL ?= http://127.0.0.1:8000/handboek/
export SITE_URL
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-fast benchmark deps browser clean

## Python packages (pinned in requirements.txt) and the calculators package itself, in .venv
$(VENV)/.installed: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

## Pyodide and axe-core from the npm registry, exact versions from package-lock.json
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV)/.installed node_modules/.installed

## Debian's Chromium for the browser tests (only `make test` needs it; `make build` does not)
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

build: deps
	$(VENV)/bin/mkdocs build --strict

serve: deps
	$(VENV)/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000

test: deps browser
	$(PY) -m pytest -q

## Unit, data and template tests only (no site build, no browser)
test-fast: deps
	$(PY) -m pytest -q -m "not browser and not pyodide" tests/unit tests/render

benchmark: deps browser
	$(PY) scripts/benchmark.py

clean:
	rm -rf site build dist *.egg-info
