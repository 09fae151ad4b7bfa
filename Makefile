# Two commands do all the set-up on a fresh machine:
#   make chat   installs, ingests the bundled corpus, starts the chat on http://127.0.0.1:7860
#   make test   installs (with test extras, Debian's chromium and LibreOffice Writer), runs the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# pip without its own byte-compiling, then compileall on all cores (fresh venv: 66 s + 55 s; pip compiling: 167 s).
# Where PYTHONDONTWRITEBYTECODE is set, an uncompiled venv would compile torch, gradio and chromadb from source in
# every process (~9 s more per start). A few files compile only on newer Pythons (torch's py312 test helper): never
# imported here, so compileall's complaint about them is dropped.
PIP    := $(PY) -m pip install -q --no-compile -c constraints.txt
COMPILE := $(PY) -m compileall -q -j0 $(VENV)/lib/python3*/site-packages >/dev/null 2>&1 || true
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: install install-test debian chat serve loadtest test test-fast ingest eval eval-local bench scale browser office clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# The stamps re-run pip when pyproject.toml or constraints.txt change.
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml constraints.txt
	$(PIP) -e '.[local-model]'
	$(COMPILE)
	touch $@

# One pip run for everything the tests need: a second run resolved and checked the whole set again.
$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml constraints.txt
	$(PIP) -e '.[local-model,st,test]'
	$(COMPILE)
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

# pip (CPU) and apt (network and disk) side by side: make -j2 runs the two prerequisites at once.
install-test:
	$(MAKE) --no-print-directory -j2 $(VENV)/.installed-test debian

# Debian's chromium for the browser tests (Playwright's own browser download does not work here) and LibreOffice
# Writer (no GUI, without its recommends) for the test that opens the Word memos: one apt update for what is missing.
debian:
	@chromium=$$(command -v chromium >/dev/null 2>&1 || echo chromium); \
	office=$$(command -v soffice >/dev/null 2>&1 || echo libreoffice-writer-nogui); \
	[ -z "$$chromium$$office" ] || { \
	  echo "installing Debian's $$chromium $$office for the browser and Word memo tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  APT="$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get"; \
	  $$APT update -qq && \
	  { [ -z "$$chromium" ] || $$APT install -y -qq chromium >/dev/null; } && \
	  { [ -z "$$office" ] || $$APT install -y -qq --no-install-recommends $$office >/dev/null; }; }

browser office: debian

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
