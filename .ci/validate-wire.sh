#!/usr/bin/env bash
# Validates the wire's real output with ../shared/tools/validate: starts the built jar with demo content on a
# fresh NEWSLINE_HOME, creates an admin (NEWSLINE_ADMIN_EMAIL/PASSWORD), a staff token, a subscriber entitled
# to everything and a pull key through the admin API, pulls demo stories as ninjs 2.1, ninjs 3.1 and
# NewsML-G2 2.35 and checks each against the IPTC schemas. Stops the application. Non-zero on any failure.
# usage: .ci/validate-wire.sh   (after ./mvnw package or verify)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VALIDATE="$ROOT/../shared/tools/validate"
JAR="$ROOT/target/newsline.jar"
PORT="${NEWSLINE_WIRE_VALIDATE_PORT:-18081}"
BASE="http://localhost:$PORT"
EMAIL="wire-ci@newsline.example"
PASSWORD="wire-ci-$(date +%s)-password"

[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 2; }
[ -d "$VALIDATE" ] || { echo "missing $VALIDATE (the shared folder beside the repository)" >&2; exit 2; }
if curl -s -o /dev/null "$BASE/"; then
  echo "port $PORT is already in use; set NEWSLINE_WIRE_VALIDATE_PORT to a free port" >&2; exit 2
fi

. "$ROOT/.ci/demo-app.sh"
OUT="$HOME_DIR/out"
mkdir -p "$OUT"
# The admin is enrolled in two-factor sign-in with a secret of this script's own; its token needs a code.
. "$ROOT/scripts/staff-auth.sh"
"$ROOT/scripts/totp-code" --new-secret >"$HOME_DIR/admin.secret"
start_demo_app NEWSLINE_ADMIN_EMAIL="$EMAIL" NEWSLINE_ADMIN_PASSWORD="$PASSWORD" \
  NEWSLINE_ADMIN_TOTP_SECRET="$(cat "$HOME_DIR/admin.secret")"

json_field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | sed "s/^\"$1\":\"//; s/\"\$//"; }

TOKEN="$(staff_token "$BASE" "$EMAIL" "$PASSWORD" "$HOME_DIR/admin.secret" validate-wire)"
[ -n "$TOKEN" ] || { echo "FAIL: no staff token"; exit 1; }
SUBSCRIBER="$(curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
  -d '{"name":"CI subscriber","products":[{}]}' "$BASE/api/v1/subscribers" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
[ -n "$SUBSCRIBER" ] || { echo "FAIL: could not create a subscriber"; exit 1; }
KEY="$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/subscribers/$SUBSCRIBER/keys" | json_field key)"
[ -n "$KEY" ] || { echo "FAIL: could not create a pull key"; exit 1; }

pull() { curl -sf -H "Authorization: Bearer $KEY" "$BASE$1"; }

pull "/wire/v1/items?limit=20" >"$OUT/page.json" || { echo "FAIL: pull answered an error"; exit 1; }
pull "/wire/v1/items?limit=20&format=newsml" >"$OUT/page.xml" || { echo "FAIL: NewsML pull answered an error"; exit 1; }
# Stories with photos, bylines and tags come first in the demo; take the first eight items of the page.
GUIDS="$(grep -o '"uri":"tag:[^"]*:article-[0-9]*"' "$OUT/page.json" | sed 's/^"uri":"//; s/"$//' | sort -u | head -8)"
[ -n "$GUIDS" ] || { echo "FAIL: no items in the pull page"; cat "$OUT/page.json" | head -c 500; exit 1; }

FAILED=0
check() {
  echo "== $*"
  if ! "$@"; then FAILED=$((FAILED + 1)); fi
}
check "$VALIDATE/validate-newsml.sh" "$OUT/page.xml"
N=0
for GUID in $GUIDS; do
  N=$((N + 1))
  pull "/wire/v1/items/$GUID" >"$OUT/item-$N.ninjs21.json" || { echo "FAIL: $GUID"; FAILED=$((FAILED + 1)); continue; }
  pull "/wire/v1/items/$GUID?format=ninjs3" >"$OUT/item-$N.ninjs31.json" || { FAILED=$((FAILED + 1)); continue; }
  pull "/wire/v1/items/$GUID?format=newsml" >"$OUT/item-$N.newsml.xml" || { FAILED=$((FAILED + 1)); continue; }
  check "$VALIDATE/validate-ninjs.sh" --version 2.1 "$OUT/item-$N.ninjs21.json"
  check "$VALIDATE/validate-ninjs.sh" --version 3.1 "$OUT/item-$N.ninjs31.json"
  check "$VALIDATE/validate-newsml.sh" "$OUT/item-$N.newsml.xml"
done

if [ "$FAILED" -gt 0 ]; then
  echo "FAIL: $FAILED wire check(s) failed"; exit 1
fi
echo "PASS: wire output of $N demo stories is valid ninjs 2.1, ninjs 3.1 and NewsML-G2 2.35"
