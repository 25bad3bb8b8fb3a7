#!/usr/bin/env bash
# Validates the site's real output with the third-party checkers in ../shared/tools/validate: starts the
# built jar (target/newsline.jar) with demo content on a fresh temporary NEWSLINE_HOME, checks feeds,
# sitemaps, structured data and HTML of a running demo site, and stops it. Exits non-zero on any failure.
# usage: .ci/validate-output.sh   (after ./mvnw package or verify)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VALIDATE="$ROOT/../shared/tools/validate"
JAR="$ROOT/target/newsline.jar"
PORT="${NEWSLINE_VALIDATE_PORT:-18080}"
BASE="http://localhost:$PORT"

[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 2; }
[ -d "$VALIDATE" ] || { echo "missing $VALIDATE (the shared folder beside the repository)" >&2; exit 2; }
if curl -s -o /dev/null "$BASE/"; then
  echo "port $PORT is already in use; set NEWSLINE_VALIDATE_PORT to a free port" >&2; exit 2
fi

. "$ROOT/.ci/demo-app.sh"
start_demo_app

# An article from the feed (with a photo, byline and translations in the demo) and the current month.
ARTICLE="$(curl -sf "$BASE/en/feed.rss" | grep -o '<link>[^<]*/en/[0-9]\{4\}/[^<]*</link>' | head -1 | sed 's#</\?link>##g')"
MONTH="$(curl -sf "$BASE/sitemap.xml" | grep -o "$BASE/sitemaps/[0-9]\{4\}-[0-9]\{2\}\.xml" | head -1)"
[ -n "$ARTICLE" ] || { echo "FAIL: no article link in $BASE/en/feed.rss"; exit 1; }
[ -n "$MONTH" ] || { echo "FAIL: no monthly sitemap in $BASE/sitemap.xml"; exit 1; }

FAILED=0
check() {
  echo "== $*"
  if ! "$@"; then FAILED=$((FAILED + 1)); fi
}
check "$VALIDATE/validate-feed.sh" "$BASE/en/feed.rss"
check "$VALIDATE/validate-feed.sh" "$BASE/ru/feed.atom"
check "$VALIDATE/validate-feed.sh" "$BASE/az/politics/feed.rss"
check "$VALIDATE/validate-sitemap.sh" "$BASE/sitemap.xml"
check "$VALIDATE/validate-sitemap.sh" "$MONTH"
check "$VALIDATE/validate-sitemap.sh" "$BASE/sitemaps/news-en.xml"
check "$VALIDATE/validate-jsonld.sh" "$ARTICLE"
check "$VALIDATE/validate-jsonld.sh" "$BASE/en/"
check "$VALIDATE/validate-html.sh" "$ARTICLE"
check "$VALIDATE/validate-html.sh" "$BASE/en/"

if [ "$FAILED" -ne 0 ]; then
  echo "FAIL validate-output: $FAILED check(s) failed"
  exit 1
fi
echo "PASS validate-output: feeds, sitemaps, structured data and HTML of the demo site"
