#!/usr/bin/env bash
# bench/jmh/run.sh [N] [JMH OPTIONS...]: JMH microbenchmarks (not part of ./mvnw verify): the article page
# template, Markdown rendering with sanitising, and the News Line query against the embedded PostgreSQL of
# an N-story corpus (default 100000, built once by bench/corpus under $NEWSLINE_HOME, default
# /tmp/newsline-bench-N). Extra arguments go to JMH, e.g. `bench/jmh/run.sh 100000 BodyRenderer`.
# Stop any Newsline using that NEWSLINE_HOME first: its database is opened by one process at a time.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N="${1:-100000}"
shift || true
export NEWSLINE_HOME="${NEWSLINE_HOME:-/tmp/newsline-bench-$N}"
"$ROOT/bench/corpus" "$N"
cd "$ROOT"
./mvnw -B -q -Pjmh -Dspotless.check.skip=true test-compile exec:exec \
  -Dnewsline.jmh.home="$NEWSLINE_HOME" -Djmh.args="-f 1 -rf text -rff target/jmh-results.txt $*"
