#!/usr/bin/env bash
# Long hostile-input run (not part of CI): .ci/attack.sh with sqlmap at level 3 / risk 2 (cookies, headers,
# more payloads, up to 10 minutes a target) and wapiti crawling and attacking for up to 15 minutes a site.
# usage: scripts/attack-long.sh   (after ./mvnw package; takes 30-90 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
LONG=1 exec .ci/attack.sh "$@"
