#!/usr/bin/env bash
# Wire benchmark (not part of the tests): starts target/newsline.jar with demo content on a scratch
# NEWSLINE_HOME (webhooks to loopback allowed), then WireBench.java measures publish -> accepted push on
# loopback (median and p99 over N publishes, default 100) and pull throughput in items per second.
# usage: bench/wire/run.sh [PUBLISHES]   (after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR="${JAR:-target/newsline.jar}"
PORT="${PORT:-18091}"
BASE="http://localhost:$PORT"
WORK="$(mktemp -d)"
APP=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

cp "$JAR" "$WORK/newsline.jar"
# The admin signs in with two-factor codes: enrolled with this secret on start; WireBench takes one token.
SECRET="$(scripts/totp-code --new-secret)"
NEWSLINE_HOME="$WORK/home" NEWSLINE_PORT="$PORT" NEWSLINE_DEMO=true NEWSLINE_BASE_URL="$BASE" \
  NEWSLINE_ADMIN_EMAIL=bench@newsline.example NEWSLINE_ADMIN_PASSWORD=bench-password-1234 \
  NEWSLINE_ADMIN_TOTP_SECRET="$SECRET" \
  java -Xmx512m -jar "$WORK/newsline.jar" --newsline.wire.allow-private-targets=true >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 180); do curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$BASE/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
NEWSLINE_TOTP_CODE="$(scripts/totp-code "$SECRET")" \
  java bench/wire/WireBench.java "$BASE" bench@newsline.example bench-password-1234 "${1:-100}"
