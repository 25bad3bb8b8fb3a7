# Sourced by scripts that sign in to a running Newsline as staff (.ci, bench, scripts/faults). Editors and
# admins sign in with a two-factor code (scripts/totp-code). An account's Base32 secret is kept in a
# SECRET_FILE; SECRET_FILE.step remembers the last 30-second step used, because Newsline refuses a code of
# a step the account already used (so two sign-ins within 30 s use the next step's code, a third waits).
STAFF_AUTH_TOTP="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/totp-code"

# staff_code SECRET_FILE: a code Newsline has not seen from this account yet.
staff_code() { "$STAFF_AUTH_TOTP" --state "$1.step" "$(cat "$1")"; }

_staff_csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# staff_sign_in BASE EMAIL PASSWORD COOKIE_JAR SECRET_FILE: a newsroom session in COOKIE_JAR. An editor or
# admin not enrolled yet enrols on the enrolment screen, as a person would (the secret it shows is written
# to SECRET_FILE); one enrolled sends a code from SECRET_FILE. Fails unless the dashboard opens.
staff_sign_in() {
  local base="$1" email="$2" password="$3" jar="$4" secrets="$5" csrf next page
  csrf="$(curl -s -c "$jar" -b "$jar" "$base/newsroom/login" | _staff_csrf)"
  next="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$email" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/newsroom/login")"
  case "$next" in
    */newsroom/two-factor)
      page="$(curl -s -c "$jar" -b "$jar" "$base/newsroom/two-factor")"
      echo "$page" | grep -o 'id="secret">[^<]*' | sed 's/.*>//; s/ //g' >"$secrets"
      [ -s "$secrets" ] || { echo "no two-factor secret on the enrolment screen for $email" >&2; return 1; }
      curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(staff_code "$secrets")" \
        --data-urlencode "_csrf=$(echo "$page" | _staff_csrf)" "$base/newsroom/two-factor" ;;
    */newsroom/login/code)
      [ -s "$secrets" ] || { echo "$email asks for a two-factor code but $secrets has no secret" >&2; return 1; }
      csrf="$(curl -s -c "$jar" -b "$jar" "$base/newsroom/login/code" | _staff_csrf)"
      curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(staff_code "$secrets")" \
        --data-urlencode "_csrf=$csrf" "$base/newsroom/login/code" ;;
  esac
  [ "$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/newsroom")" = 200 ] \
    || { echo "could not sign in to the newsroom as $email" >&2; return 1; }
}

# staff_token BASE EMAIL PASSWORD [SECRET_FILE] [NAME]: prints a new API token; sends a code when
# SECRET_FILE holds a secret (an enrolled editor or admin must).
staff_token() {
  local base="$1" email="$2" password="$3" secrets="${4:-}" name="${5:-script}" code=""
  [ -n "$secrets" ] && [ -s "$secrets" ] && code=",\"code\":\"$(staff_code "$secrets")\""
  curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\",\"name\":\"$name\"$code}" "$base/api/v1/tokens" \
    | grep -o '"token":"[^"]*"' | head -1 | sed 's/"token":"//; s/"$//'
}
