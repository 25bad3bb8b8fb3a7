#!/usr/bin/env bash
# Shared by .ci/faults.sh and scripts/faults/*.sh: a real PostgreSQL server on a loopback port (Debian's
# postgresql, a cluster of our own under a temporary folder) and Newsline nodes (the built jar) using it.
# Source it; set FL_WORK first (a fresh folder: "$(fl_workdir)" after sourcing, under $FAULTS_TMP or /tmp). Every process started here is stopped by fl_cleanup.

FL_TOOLS="${FL_TOOLS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/shared/tools/security}"
# The server's port follows FAULTS_PORT (55186 for the default 8186), so runs on other ports do not collide.
FL_PGPORT="${FL_PGPORT:-$((47000 + ${FAULTS_PORT:-8186}))}"
FL_ADMIN_EMAIL="faults-admin@newsline.test"
FL_ADMIN_PASSWORD="faults-admin-password-1"
# The admin signs in with two-factor codes (scripts/totp-code): every node is started with this secret, the
# first enrols the admin with it. fl_token keeps the last code's step in $FL_WORK, so tokens taken within
# 30 s of each other use the next step (Newsline refuses a step an account already used).
FL_ADMIN_TOTP_SECRET="${FL_ADMIN_TOTP_SECRET:-$("$(dirname "${BASH_SOURCE[0]}")/../totp-code" --new-secret)}"
. "$(dirname "${BASH_SOURCE[0]}")/../staff-auth.sh"
FL_PIDS=()
FL_FAILED=0

fl_log() { echo "[faults $(date +%H:%M:%S)] $*" >&2; }

fl_install() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v psql >/dev/null || need+=(postgresql-client)
  command -v iptables >/dev/null || need+=(iptables)
  command -v curl >/dev/null || need+=(curl)
  for tool in "$@"; do command -v "$tool" >/dev/null || need+=("$tool"); done
  if [ ${#need[@]} -gt 0 ]; then
    fl_log "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

# The server runs as an ordinary user: postgres refuses root. Under root that is Debian's "postgres" user.
fl_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

fl_pg_start() {
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  export PG_CTL="$bin/pg_ctl" PGDATA="$FL_WORK/pg" PGHOST=127.0.0.1 PGPORT="$FL_PGPORT" PGUSER=postgres
  mkdir -p "$PGDATA"; chmod 700 "$PGDATA"
  [ "$(id -u)" = 0 ] && chown postgres "$FL_WORK" "$PGDATA"
  fl_as_pg "$bin/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$FL_WORK/initdb.log" 2>&1 \
    || { cat "$FL_WORK/initdb.log" >&2; return 1; }
  fl_as_pg "$PG_CTL" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $FL_PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA -c max_connections=200" start >/dev/null
  psql -X -q -c "CREATE ROLE newsline LOGIN PASSWORD 'newsline'" -c "CREATE DATABASE newsline OWNER newsline"
  fl_log "PostgreSQL on 127.0.0.1:$FL_PGPORT, data in $PGDATA"
}

fl_sql() { psql -X -q -t -A -d newsline -c "$1"; }

# fl_app_start NAME PORT [extra --args...]: a node on the test database; waits until it serves.
# FL_JAVA_OPTS: more JVM options (crash-safety.sh's nodes start C1-only: they carry no load).
fl_app_start() {
  local name="$1" port="$2"; shift 2
  NEWSLINE_DB_URL="jdbc:postgresql://127.0.0.1:$FL_PGPORT/newsline" NEWSLINE_DB_USER=newsline \
  NEWSLINE_DB_PASSWORD=newsline NEWSLINE_PORT="$port" NEWSLINE_HOME="$FL_WORK/home-$name" \
  NEWSLINE_NODE_NAME="$name" NEWSLINE_DEMO="${FL_DEMO:-true}" \
  NEWSLINE_ADMIN_EMAIL="$FL_ADMIN_EMAIL" NEWSLINE_ADMIN_PASSWORD="$FL_ADMIN_PASSWORD" \
  NEWSLINE_ADMIN_TOTP_SECRET="$FL_ADMIN_TOTP_SECRET" \
    java -Xmx512m ${FL_JAVA_OPTS:-} -jar "$FL_WORK/newsline.jar" --newsline.wire.allow-private-targets=true "$@" \
    >"$FL_WORK/$name.log" 2>&1 &
  local pid=$!; FL_PIDS+=("$pid"); echo "$pid" >"$FL_WORK/$name.pid"
  local deadline=$(( $(date +%s) + ${FL_START_TIMEOUT:-300} ))
  until curl -sf -m 2 "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      fl_log "node $name did not start"; tail -40 "$FL_WORK/$name.log" >&2; return 1; fi
    sleep 1
  done
  fl_log "node $name (pid $pid) serves on :$port"
}

fl_token() { # an admin's API token on the node at $1 (fails if none)
  [ -s "$FL_WORK/admin.secret" ] || echo "$FL_ADMIN_TOTP_SECRET" >"$FL_WORK/admin.secret"
  local token
  token="$(staff_token "$1" "$FL_ADMIN_EMAIL" "$FL_ADMIN_PASSWORD" "$FL_WORK/admin.secret" faults)"
  [ -n "$token" ] && echo "$token"
}

fl_story() { # fl_story BASE TOKEN HEADLINE -> id of a new draft
  curl -sf -X POST -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"language\":\"en\",\"headline\":\"$3\",\"standfirst\":\"Fault test.\",\"body\":\"Fault test body.\",\"category\":\"politics\",\"urgency\":\"normal\",\"datelinePlace\":\"Baku\"}" \
    "$1/api/v1/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

fl_publish() { # fl_publish BASE TOKEN HEADLINE -> the public path of a new published story
  local id; id="$(fl_story "$1" "$2" "$3")" || return 1
  curl -sf -X POST -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d '{}' \
    "$1/api/v1/articles/$id/publish" | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])'
}

fl_results_begin() { # fl_results_begin FIRST_COLUMN: the report table's head, with the date and the machine's load
  { echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores shared with other work; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo; echo "| $1 | what happened | recovery | lost |"; echo "|---|---|---|---|"; } >"$FL_WORK/results.md"
}

fl_result() { # fl_result TEST WHAT RECOVERY LOST: one row of the report table
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" | tee -a "$FL_WORK/results.md" >&2
}

fl_fail() { FL_FAILED=1; fl_log "FAIL: $*"; }

# fl_watch_start URL...: polls the URLs every 0.3 s in the background, one "epoch url status" per line.
fl_watch_start() {
  : >"$FL_WORK/watch.log"
  # Each watcher stops on its own file, so a late watcher never sees the stop meant for an earlier one.
  ( while [ ! -e "$FL_WORK/watch.stop.$BASHPID" ]; do
      for u in "$@"; do echo "$(date +%s) $u $(curl -s -o /dev/null -m 5 -w '%{http_code}' "$u")" >>"$FL_WORK/watch.log"; done
      sleep 0.3
    done ) & FL_WATCH_PID=$!
}
# fl_watch_stop: sets FL_SEEN to "code:count,..." and fails the run on any 5xx other than 503 (never a 500).
# Call it directly, not in a command substitution: a subshell would lose the failure and could not wait.
fl_watch_stop() {
  touch "$FL_WORK/watch.stop.$FL_WATCH_PID"; wait "$FL_WATCH_PID" 2>/dev/null
  cp "$FL_WORK/watch.log" "$FL_WORK/watch.$FL_WATCH_PID.log"; FL_WATCH_PID=   # kept: the next watch starts afresh
  local bad
  FL_SEEN="$(awk '{print $3}' "$FL_WORK/watch.log" | sort | uniq -c | awk '{printf "%s%s:%s", (NR>1?",":""), $2, $1}')"
  bad="$(awk '$3 ~ /^5/ && $3 != "503"' "$FL_WORK/watch.log" | head -3)"
  [ -z "$bad" ] || fl_fail "answers other than 503 during a fault: $bad"
}

fl_load() { # fl_load LABEL URL SECONDS CONNECTIONS P99_MS: wrk on one page; any error or a slow p99 fails the run
  local v; v="$("$FL_TOOLS/load-check.sh" "$2" "$3" "$4" "$5" 2>>"$FL_WORK/load.err" | tail -1)"
  case "$v" in "LOAD PASS"*) ;; *) fl_fail "$1: $v";; esac
  # Other builds share the two cores: the load average says whether a figure was starved.
  fl_result "$1" "${v#LOAD }; load average $(cut -d' ' -f1-3 /proc/loadavg)" "-" "-"
}

# fl_slowloris LABEL URL SECONDS CONNECTIONS READER_URL...: slowloris (slow headers) on URL while a normal
# reader polls the READER_URLs; fails the run if the service looks down or the reader gets anything but 200.
fl_slowloris() {
  local label="$1" url="$2" secs="$3" conns="$4"; shift 4
  fl_watch_start "$@"
  local v; v="$("$FL_TOOLS/slowloris-check.sh" "$url" "$secs" "$conns" headers 2>>"$FL_WORK/slowloris.err" | tail -1)"
  fl_watch_stop
  local non200; non200="$(awk '$3 != 200' "$FL_WORK/watch.log" | wc -l)"
  case "$v" in "SLOWLORIS PASS"*) ;; *) fl_fail "$label: $v";; esac
  [ "$non200" = 0 ] || fl_fail "$label: a normal reader got $non200 answers other than 200"
  fl_result "$label" "${v#SLOWLORIS }; normal reader: $FL_SEEN; load average $(cut -d' ' -f1-3 /proc/loadavg)" "-" \
    "$([ "$non200" = 0 ] && echo nothing || echo "$non200 reads failed")"
}

fl_cleanup() {
  local pid
  [ -n "${FL_WATCH_PID:-}" ] && kill "$FL_WATCH_PID" 2>/dev/null
  for pid in "${FL_PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null; done
  for pid in "${FL_PIDS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null; done
  [ -n "${PGDATA:-}" ] && [ -e "$PGDATA/postmaster.pid" ] && fl_as_pg "$PG_CTL" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
  return 0
}
