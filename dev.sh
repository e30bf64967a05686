#!/usr/bin/env bash
# ./dev.sh app          set up .venv and start the app (builds the index on first run)
# ./dev.sh test [ARGS]  set up .venv with dev deps and run pytest (ARGS passed through)
# PYTHON=python3.11 ./dev.sh ...  picks the interpreter used to create .venv
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

PYTHON="${PYTHON:-python3}"
VENV=.venv

hash_reqs() {
    # hash every requirements file involved (the dev file includes requirements.txt)
    cat requirements.txt "$@" | sha256sum | cut -d' ' -f1
}

setup() {
    local reqs="$1" stamp hash
    if [[ ! -x "$VENV/bin/python" ]]; then
        echo "dev.sh: creating $VENV with $PYTHON" >&2
        "$PYTHON" -m venv "$VENV"
    fi
    stamp="$VENV/.stamp-$(basename "$reqs")"
    hash="$(hash_reqs "$reqs")"
    if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$hash" ]]; then
        echo "dev.sh: installing $reqs" >&2
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$reqs"
        echo "$hash" > "$stamp"
    fi
}

cmd="${1:-}"
shift || true
case "$cmd" in
    app)
        setup requirements.txt
        exec "$VENV/bin/python" app.py "$@"
        ;;
    test)
        setup requirements-dev.txt
        rc=0
        "$VENV/bin/python" -m pytest -q "$@" || rc=$?
        if [[ $rc -eq 5 ]]; then
            echo "dev.sh: pytest collected no tests; treating that as a failure" >&2
            exit 1
        fi
        exit "$rc"
        ;;
    *)
        echo "usage: ./dev.sh app | ./dev.sh test [pytest args]" >&2
        exit 2
        ;;
esac
