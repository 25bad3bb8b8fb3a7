#!/usr/bin/env bash
# Measures the time and peak memory of streaming one sitemap of 1,000,000 URLs (not part of the tests).
# Starts target/newsline.jar on a scratch NEWSLINE_HOME with a 256 MB heap and one sitemap file per month
# of any size, fills its embedded PostgreSQL with generate.sql, fetches /sitemaps/2026-10.xml while
# sampling the JVM, and prints milliseconds, bytes, URLs, peak RSS and peak heap. Needs psql and jstat.
# usage: bench/sitemap/run.sh   (after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR="${JAR:-target/newsline.jar}"
PORT="${PORT:-18090}"
BASE="http://localhost:$PORT"
WORK="$(mktemp -d)"
APP=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

cp "$JAR" "$WORK/newsline.jar"
NEWSLINE_HOME="$WORK/home" NEWSLINE_PORT="$PORT" NEWSLINE_DEMO=false \
  java -Xmx256m -jar "$WORK/newsline.jar" --newsline.feed.sitemap-urls-per-file=1000000 >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
DB_PORT="$(sed -n 4p "$WORK/home/pg/postmaster.pid")"
echo "filling the database (port $DB_PORT) with 1,000,000 stories..."
START=$(date +%s%N)
psql -q -h localhost -p "$DB_PORT" -U postgres -d postgres -f bench/sitemap/generate.sql
echo "generated in $(( ($(date +%s%N) - START) / 1000000 )) ms"

# Heap in use (KB) sampled every 100 ms while the sitemap streams; RSS peak reset just before.
echo 5 > "/proc/$APP/clear_refs" 2>/dev/null || true
BEFORE_HWM=$(awk '/VmHWM/ {print $2}' "/proc/$APP/status")
jstat -gc "$APP" 100 >"$WORK/jstat.log" &
JSTAT=$!
curl -s -o "$WORK/sitemap.xml" -w '%{http_code} %{time_total} %{size_download}\n' "$BASE/sitemaps/2026-10.xml" \
  >"$WORK/curl.txt"
kill "$JSTAT"
read -r CODE TOTAL BYTES <"$WORK/curl.txt"
URLS=$(grep -o '<url>' "$WORK/sitemap.xml" | wc -l)
PEAK_HEAP_KB=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {used = $3 + $4 + $6 + $8; if (used > max) max = used} END {printf "%d", max}' "$WORK/jstat.log")
PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP/status")
echo "status $CODE; $URLS URLs; $BYTES bytes; $(awk -v s="$TOTAL" "BEGIN {printf \"%d\", s * 1000}") ms (curl time_total $TOTAL s)"
echo "peak heap in use while streaming: $((PEAK_HEAP_KB / 1024)) MB (of -Xmx256m)"
echo "peak RSS of the JVM: $((PEAK_RSS_KB / 1024)) MB (before the request: $((BEFORE_HWM / 1024)) MB)"
