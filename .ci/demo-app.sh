# Sourced by the .ci scripts that need a running site (validate-*, attack, launcher): starts the built jar with
# demo content on a fresh temporary NEWSLINE_HOME and stops it when the script exits. Expects JAR, PORT and
# BASE to be set; STARTUP_SECONDS (180) is how long to wait for a healthy application on a busy machine. With
# LAUNCHER set (a path), the application is started through it (with NEWSLINE_JAR=$JAR) instead of `java -jar`.
# usage: start_demo_app [NAME=VALUE ...]   extra environment for the application
HOME_DIR="$(mktemp -d)"
LOG="$HOME_DIR/app.log"
APP_PID=""
stop_running_app() {  # stops the application and keeps its NEWSLINE_HOME
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
  fi
  APP_PID=""
}
stop_app() {
  stop_running_app
  rm -rf "$HOME_DIR"
}
trap stop_app EXIT

start_demo_app() {
  echo "starting $JAR on port $PORT with demo content (NEWSLINE_HOME=$HOME_DIR)"
  local command=(java -Xmx512m -jar "$JAR")
  [ -n "${LAUNCHER:-}" ] && command=(env NEWSLINE_JAR="$JAR" "$LAUNCHER")
  env NEWSLINE_HOME="$HOME_DIR" NEWSLINE_PORT="$PORT" NEWSLINE_DEMO=true NEWSLINE_BASE_URL="$BASE" "$@" \
    "${command[@]}" >"$LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 "${STARTUP_SECONDS:-180}"); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; its log:"; tail -40 "$LOG"; exit 1; }
    sleep 1
  done
  echo "no healthy application after ${STARTUP_SECONDS:-180} s; its log:"; tail -40 "$LOG"; exit 1
}
