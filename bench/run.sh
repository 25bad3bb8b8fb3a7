#!/usr/bin/env bash
# bench/run.sh [N]: measures Newsline's public pages with wrk on loopback against the ceiling of this
# machine: nginx serving saved copies of the same pages as static files, in the same run.
# Writes a Markdown table to bench/results-N.md. Needs root for apt-get (wrk, nginx) on first use.
# Environment: BENCH_SECONDS (default 15), BENCH_CONNECTIONS (default 32), BENCH_WARMUP (seconds before each
# row, default 5), BENCH_JIT_WARMUP (seconds per hot page before the first row, default 8), NEWSLINE_CACHE
# (default true; false writes bench/results-N-uncached.md),
# BENCH_PORT / BENCH_NGINX_PORT (default 18180 / 18181), BENCH_ONLY (a regular expression: measure only the
# pages whose name matches, e.g. 'article|search', while iterating).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-100000}"
SECONDS_EACH="${BENCH_SECONDS:-15}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
PORT="${BENCH_PORT:-18180}"
NGINX_PORT="${BENCH_NGINX_PORT:-18181}"
ONLY="${BENCH_ONLY:-.}"
ADMIN=bench-admin@bench.newsline ADMIN_PASSWORD=bench-only-password-42
export NEWSLINE_HOME="${NEWSLINE_HOME:-/tmp/newsline-bench-$N}" NEWSLINE_DEMO=false NEWSLINE_PORT=$PORT
export NEWSLINE_ADMIN_EMAIL=$ADMIN NEWSLINE_ADMIN_PASSWORD=$ADMIN_PASSWORD
# The admin signs in with two-factor codes: enrolled on start with a secret kept beside the reused data
# (the first secret stays in force); one token is taken, so no code is used twice.
mkdir -p "$NEWSLINE_HOME"
[ -s "$NEWSLINE_HOME/bench-admin.totp" ] || "$ROOT/scripts/totp-code" --new-secret >"$NEWSLINE_HOME/bench-admin.totp"
export NEWSLINE_ADMIN_TOTP_SECRET="$(cat "$NEWSLINE_HOME/bench-admin.totp")"

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null; }
done
"$ROOT/bench/corpus" "$N"
[ -f "$ROOT/target/newsline.jar" ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
JAR=$(mktemp --suffix=.jar); cp "$ROOT/target/newsline.jar" "$JAR"

java -Xmx512m -jar "$JAR" >"$NEWSLINE_HOME/bench-app.log" 2>&1 &
APP=$!
WORK=$(mktemp -d)
cleanup() { kill "$APP" 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; rm -f "$JAR"; }
trap cleanup EXIT
printf 'starting Newsline on %s stories' "$N" >&2
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break
  printf . >&2; sleep 1
done
echo >&2

base="http://127.0.0.1:$PORT"
# A fresh corpus has no search index yet: the first start builds it in the background (search answers 503
# meanwhile), and measuring then would time the "rebuilding" page, not a search.
printf 'waiting for the search index' >&2
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$base/api/v1/search?q=budget" && break
  printf . >&2; sleep 2
done
echo >&2
curl -fs -o /dev/null "$base/api/v1/search?q=budget" || { echo "the search index was not ready after 20 minutes" >&2; exit 1; }
article=$(curl -fs "$base/en/news-line" | grep -o 'href="/en/[0-9]\{4\}/[^"]*"' | head -1 | cut -d'"' -f2)
author=$(curl -fs "$base$article" | grep -o 'href="/en/author/[^"]*"' | head -1 | cut -d'"' -f2)
deep="/en/news-line"
for _ in $(seq 1 499); do  # page 500 of 30 stories: a deep page
  deep=$(curl -fs "$base$deep" | grep -o 'href="/en/news-line?[^"]*before=[^"]*"' | tail -1 | cut -d'"' -f2 | sed 's/&amp;/\&/g')
done
# A wire subscriber entitled to everything, with a rate limit the benchmark cannot reach, and its pull key.
json() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" | head -1 | sed 's/^[^:]*:"\{0,1\}//'; }
token=$(curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$ADMIN\",\"password\":\"$ADMIN_PASSWORD\",\"code\":\"$("$ROOT/scripts/totp-code" "$NEWSLINE_ADMIN_TOTP_SECRET")\"}" \
  "$base/api/v1/tokens" | json token)
subscriber=$(curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark","products":[{}],"requestsPerMinute":1000000000}' "$base/api/v1/subscribers" | json id)
wire_key=$(curl -fs -X POST -H "Authorization: Bearer $token" "$base/api/v1/subscribers/$subscriber/keys" | json key)
sitemap=$(curl -fs "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -n 2p | sed 's/<[^>]*>//g; s#^https\?://[^/]*##')

# The ceiling: nginx serving the same bytes as static files.
mkdir -p "$WORK/www"
curl -fs "$base$article" >"$WORK/www/article.html"
curl -fs "$base/en/" >"$WORK/www/home.html"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; default_type text/html; }
}
CONF
nginx -c "$WORK/nginx.conf"

# Searches no reader made before: three words drawn from 200 of the corpus vocabulary (8 million triples), so
# almost every request misses both the page cache and the search answers kept for a few seconds.
cat >"$WORK/random-search.lua" <<'LUA'
local words = {}
for w in ([[government minister president year percent country talks meeting economic oil gas price market bank
budget growth trade export import region security border agreement official parliament election law draft project
company investment energy water transport railway road port city capital people workers schools hospital health
education culture festival team match championship tournament football chess week month today reported statement
visit delegation cooperation development plan programme ministry foreign deputy support increase billion million
dollars manat inflation rate central reform court decision case police emergency weather rain snow farmers harvest
wheat cotton tourism tourists airport flights capacity construction bridge station pipeline corridor summit forum
conference negotiations peace process Baku Ganja Sumgait Shusha Karabakh Tbilisi Ankara Moscow Brussels Geneva
Lankaran Nakhchivan Aliyev Mammadov Hasanov Bayramov Karimova Guliyev Huseynov Ismayilova Jafarov Safarli]]):gmatch("%S+") do
  words[#words + 1] = w
end
math.randomseed(os.time())
request = function()
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)] .. "+" .. words[math.random(#words)]
  return wrk.format("GET", "/en/search?q=" .. q)
end
LUA

measure() {  # name url [header|lua:script] -> "req/s p50 p99"
  local header=(); [ -n "${3:-}" ] && header=(-H "$3")
  [[ "${3:-}" == lua:* ]] && header=(-s "${3#lua:}")
  wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-5}s" "${header[@]}" "$2" >/dev/null 2>&1 || true
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "${header[@]}" "$2" | awk '
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$5}
    END {printf "%s %s %s %s\n", rps, p50, p99, (bad==""?0:bad)}'
}

SUFFIX=""; [ "${NEWSLINE_CACHE:-true}" = false ] && SUFFIX=-uncached
OUT="$ROOT/bench/results-$N$SUFFIX.md"
# The JIT compiles the hot paths first (half a minute on the pages readers use most), so that the first rows
# measured are not the slowest for want of it.
for path in "$article" /en/news-line /en/ "/en/search?q=budget+minister"; do
  wrk -t2 -c"$CONNECTIONS" -d"${BENCH_JIT_WARMUP:-8}s" "$base$path" >/dev/null 2>&1 || true
done
{
  echo "# Newsline benchmark: $N stories, wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Page cache: ${NEWSLINE_CACHE:-true}. The nginx rows serve saved copies of the same pages from disk (the machine's ceiling)."
  echo
  echo "| page | req/s | p50 | p99 | non-2xx | vs nginx |"
  echo "|---|---|---|---|---|---|"
  read -r ng_art_rps ng_art_p50 ng_art_p99 _ < <(measure nginx "http://127.0.0.1:$NGINX_PORT/article.html")
  read -r ng_home_rps ng_home_p50 ng_home_p99 _ < <(measure nginx "http://127.0.0.1:$NGINX_PORT/home.html")
  echo "| nginx: article (static) | $ng_art_rps | $ng_art_p50 | $ng_art_p99 | 0 | 100% |"
  echo "| nginx: home (static) | $ng_home_rps | $ng_home_p50 | $ng_home_p99 | 0 | 100% |"
  for row in "home|/en/|$ng_home_rps" "article|$article|$ng_art_rps" "News Line, first page|/en/news-line|$ng_art_rps" \
             "News Line, page 500|$deep|$ng_art_rps" "category|/en/politics/|$ng_art_rps" \
             "correspondent|$author|$ng_art_rps" "search, two words|/en/search?q=budget+minister|$ng_art_rps" \
             "search, random three words|/en/search|$ng_art_rps|lua:$WORK/random-search.lua" \
             "RSS|/en/feed.rss|$ng_art_rps" "sitemap month|$sitemap|$ng_art_rps" \
             "wire pull API, 50 items|/wire/v1/items?limit=50|$ng_art_rps|Authorization: Bearer $wire_key"; do
    IFS='|' read -r name path ceiling header <<<"$row"
    [[ "$name" =~ $ONLY ]] || continue
    echo "measuring $name" >&2
    read -r rps p50 p99 bad < <(measure newsline "$base$path" "$header")
    ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }')
    echo "| $name | $rps | $p50 | $p99 | $bad | $ratio |"
  done
  echo
  echo "Peak resident memory of Newsline: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$APP/status)"
} | tee "$OUT"
echo "written to $OUT" >&2
