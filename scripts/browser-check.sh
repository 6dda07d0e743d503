#!/usr/bin/env bash
# Browser check of the web app: starts `muster demo` (public to read) on a free port with a
# fresh ledger, renders the overview, an actor page and the review queue in headless
# Chromium, asserts on the rendered DOM, then signs in as the demo's reviewer account with a
# cookie jar (the sign-in form's CSRF token included), accepts one claim through the review
# form with the session's CSRF token (a plain POST, as the browser sends it), checks that the
# same POST without the token is refused, and checks through the JSON API that the ledger
# changed and names the signed-in account.
#
# Installs nothing: the caller provides `chromium` (Debian package) and a built `muster`
# (MUSTER=path/to/muster, default .build/debug/muster). Exits non-zero with a message on
# the first failure.
#
# Usage: scripts/browser-check.sh [--screenshots DIR]
set -euo pipefail

MUSTER="${MUSTER:-.build/debug/muster}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
SHOTS=""
if [[ "${1:-}" == "--screenshots" ]]; then SHOTS="${2:?--screenshots needs a directory}"; fi

fail() { echo "browser-check: FAIL: $*" >&2; exit 1; }
[[ -x "$MUSTER" ]] || fail "no muster binary at $MUSTER (build it first: swift build)"
[[ -n "$CHROMIUM" ]] || fail "chromium is not installed (apt-get install -y chromium)"
command -v curl >/dev/null || fail "curl is not installed"

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# A free port: bind port 0 and read what the kernel gave.
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"

"$MUSTER" demo --port "$PORT" --database "$WORK/demo.sqlite" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  if curl -fsS "$BASE/healthz" >/dev/null 2>&1; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; fail "muster demo exited before serving"; }
  sleep 0.2
done
curl -fsS "$BASE/healthz" >/dev/null || { cat "$WORK/server.log" >&2; fail "/healthz did not answer within 20 s"; }
echo "browser-check: muster demo is up at $BASE"

render() { # URL OUT: the DOM after Chromium has loaded and laid out the page
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --user-data-dir="$WORK/profile" --dump-dom "$1" >"$2" 2>"$WORK/chromium.log" \
    || { tail -5 "$WORK/chromium.log" >&2; fail "chromium could not load $1"; }
}
expect() { # FILE WHAT PATTERN
  grep -q -- "$3" "$1" || fail "$2: expected to find '$3' in the rendered page"
}

render "$BASE/" "$WORK/overview.html"
expect "$WORK/overview.html" "overview" "<h1>Overview</h1>"
expect "$WORK/overview.html" "overview" "Coalition of the willing: 34 members"
expect "$WORK/overview.html" "overview" 'href="/actors/DE">DE</a>'
expect "$WORK/overview.html" "overview" "<svg class=\"chart\""
expect "$WORK/overview.html" "overview" "Latest changes"

render "$BASE/actors/DE" "$WORK/actor.html"
expect "$WORK/actor.html" "actor page" "<h1>Actor DE</h1>"
expect "$WORK/actor.html" "actor page" "IRIS-T"

render "$BASE/review" "$WORK/review.html"
expect "$WORK/review.html" "review queue" "<h1>Review queue</h1>"
expect "$WORK/review.html" "review queue (anonymous)" "as a reviewer to decide claims"
expect "$WORK/review.html" "review queue order" "extractor's confidence <span class=\"confidence\">"
if grep -q 'action="/review/[0-9]*/accept"' "$WORK/review.html"; then
  fail "review queue: an anonymous visitor was shown decision forms"
fi

# Sign in as the demo's reviewer, whose password `muster demo` printed.
ACCOUNT="demo-reviewer"
PASSWORD="$(sed -n 's/^  reviewer account: demo-reviewer (password \(.*\))$/\1/p' "$WORK/server.log" | head -1)"
[[ -n "$PASSWORD" ]] || fail "muster demo did not print the reviewer account's password"
JAR="$WORK/cookies.txt"
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$2" | head -1 | sed 's/.*value="\(.*\)"/\1/'; }
curl -fsS -c "$JAR" -b "$JAR" "$BASE/login" >"$WORK/login.html"
LOGIN_CSRF="$(field csrf "$WORK/login.html")"
[[ -n "$LOGIN_CSRF" ]] || fail "sign-in form: no CSRF token"
STATUS="$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "csrf=$LOGIN_CSRF" \
  --data-urlencode "name=$ACCOUNT" --data-urlencode "password=$PASSWORD" --data-urlencode "next=/review" "$BASE/login")"
[[ "$STATUS" == "303" ]] || fail "sign-in: expected a 303 redirect, got $STATUS"
curl -fsS -b "$JAR" "$BASE/review" >"$WORK/review-signed-in.html"
expect "$WORK/review-signed-in.html" "review queue (signed in)" "Signed in as <strong>$ACCOUNT</strong>"
CLAIM="$(grep -o 'action="/review/[0-9]*/accept"' "$WORK/review-signed-in.html" | head -1 | grep -o '[0-9][0-9]*')"
[[ -n "$CLAIM" ]] || fail "review queue: no pending claim with an accept form for the signed-in reviewer"
CSRF="$(field csrf "$WORK/review-signed-in.html")"
[[ -n "$CSRF" ]] || fail "review queue: the forms carry no CSRF token"
echo "browser-check: pages render; signed in as $ACCOUNT; accepting claim $CLAIM through the form"

state() { curl -fsS "$BASE/api/v1/claims/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])'; }
[[ "$(state "$CLAIM")" == "pending" ]] || fail "claim $CLAIM is not pending before the form is sent"
STATUS="$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR" -X POST "$BASE/review/$CLAIM/accept")"
[[ "$STATUS" == "403" ]] || fail "accept form without its CSRF token: expected 403, got $STATUS"
STATUS="$(curl -sS -o /dev/null -w '%{http_code}' -X POST --data-urlencode "csrf=$CSRF" "$BASE/review/$CLAIM/accept")"
[[ "$STATUS" == "401" ]] || fail "accept form without a session: expected 401, got $STATUS"
[[ "$(state "$CLAIM")" == "pending" ]] || fail "claim $CLAIM changed although the forms were refused"
STATUS="$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR" -X POST --data-urlencode "csrf=$CSRF" "$BASE/review/$CLAIM/accept")"
[[ "$STATUS" == "303" ]] || fail "accept form: expected a 303 redirect, got $STATUS"
[[ "$(state "$CLAIM")" == "accepted" ]] || fail "claim $CLAIM is not accepted after the form was sent"
REVIEWER="$(curl -fsS "$BASE/api/v1/claims/$CLAIM" | python3 -c 'import json,sys; print(json.load(sys.stdin)["reviewer"])')"
[[ "$REVIEWER" == "$ACCOUNT" ]] || fail "claim $CLAIM was accepted by '$REVIEWER', not $ACCOUNT"
curl -fsS -b "$JAR" "$BASE/review" >"$WORK/review-after.html"
if grep -q "action=\"/review/$CLAIM/accept\"" "$WORK/review-after.html"; then
  fail "claim $CLAIM is still in the review queue after being accepted"
fi

if [[ -n "$SHOTS" ]]; then
  mkdir -p "$SHOTS"
  COMMITMENT="$(curl -fsS "$BASE/api/v1/commitments?actor=DE&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')"
  for page in "overview:/" "actor:/actors/DE" "commitment:/commitments/$COMMITMENT" "review:/review"; do
    name="${page%%:*}"; path="${page#*:}"
    timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
      --user-data-dir="$WORK/profile" --window-size=1280,900 --screenshot="$SHOTS/$name.png" "$BASE$path" \
      >/dev/null 2>>"$WORK/chromium.log" || fail "screenshot of $path failed"
  done
  echo "browser-check: screenshots in $SHOTS"
fi

echo "browser-check: OK, every check passed"
