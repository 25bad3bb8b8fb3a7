#!/usr/bin/env bash
# Checks scripts/newsline, the fast start: on a fresh NEWSLINE_HOME the first start unpacks the jar and serves
# the demo site; stopping it writes the class-data-sharing archive; the second start maps that archive (seen in
# /proc/PID/maps) and serves again; a command passes through, and a new jar is unpacked beside the last one
# used while older unpackings go. Non-zero on any failure.
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

# A new jar: unpacked beside the last one used, which stays; an older unpacking goes.
served_dir=$(dirname "$archive")
mkdir -p "$HOME_DIR/runtime/older" && touch -d '2 days ago' "$HOME_DIR/runtime/older"
cp "$JAR" "$HOME_DIR/newer.jar" && touch -d '+1 minute' "$HOME_DIR/newer.jar"
NEWSLINE_HOME="$HOME_DIR" NEWSLINE_JAR="$HOME_DIR/newer.jar" "$LAUNCHER" --help >"$HOME_DIR/help.txt" 2>&1 \
  || fail "scripts/newsline --help failed: $(cat "$HOME_DIR/help.txt")"
grep -q "reindex" "$HOME_DIR/help.txt" || fail "scripts/newsline --help did not list the commands"
[ -d "$served_dir" ] || fail "the last used unpacking was removed"
[ -d "$HOME_DIR/runtime/older" ] && fail "an older unpacking was kept"
[ "$(ls -d "$HOME_DIR"/runtime/*/ | wc -l)" = 2 ] || fail "expected two unpackings: $(ls "$HOME_DIR/runtime")"
echo "launcher: PASS (archive $(du -h "$archive" | cut -f1), second start mapped it)"
