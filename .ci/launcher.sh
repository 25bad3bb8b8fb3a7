#!/usr/bin/env bash
# Checks scripts/newsline, the fast start: on a fresh NEWSLINE_HOME the first start unpacks the jar and serves
# the demo site; stopping it writes the class-data-sharing archive; the second start maps that archive (seen in
# /proc/PID/maps) and serves again; a command passes through. Non-zero on any failure.
# usage: .ci/launcher.sh   (after ./mvnw package or verify)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
JAR="$ROOT/target/newsline.jar"
PORT="${NEWSLINE_LAUNCHER_PORT:-18083}"
BASE="http://localhost:$PORT"
LAUNCHER="$ROOT/scripts/newsline"
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 2; }
if curl -s -o /dev/null "$BASE/"; then
  echo "port $PORT is already in use; set NEWSLINE_LAUNCHER_PORT to a free port" >&2; exit 2
fi
. "$ROOT/.ci/demo-app.sh"
fail() { echo "launcher: FAIL: $*"; tail -20 "$LOG"; exit 1; }

start_demo_app
curl -sf -o /dev/null "$BASE/en/" || fail "first start: /en/ did not answer"
stop_running_app
archive=$(ls "$HOME_DIR"/runtime/*/classes.jsa 2>/dev/null | head -1)
[ -s "$archive" ] || fail "no class archive under $HOME_DIR/runtime after the first start stopped"
ls "$HOME_DIR"/runtime/*/classes.jsa.* >/dev/null 2>&1 && fail "a partial archive was left behind"

start_demo_app
curl -sf -o /dev/null "$BASE/en/" || fail "second start: /en/ did not answer"
grep -q "classes.jsa" "/proc/$APP_PID/maps" || fail "the second start did not map $archive"
stop_running_app

NEWSLINE_HOME="$HOME_DIR" NEWSLINE_JAR="$JAR" "$LAUNCHER" --help >"$HOME_DIR/help.txt" 2>&1 \
  || fail "scripts/newsline --help failed: $(cat "$HOME_DIR/help.txt")"
grep -q "reindex" "$HOME_DIR/help.txt" || fail "scripts/newsline --help did not list the commands"
echo "launcher: PASS (archive $(du -h "$archive" | cut -f1), second start mapped it)"
