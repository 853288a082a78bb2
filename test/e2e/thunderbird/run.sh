#!/usr/bin/env bash
# npm run test:e2e:thunderbird -- Bounce Doctor in real Thunderbird with real Dovecot and Postfix
# on 127.0.0.1. Skips loudly (exit 0) when a part is missing, unless REQUIRE_E2E=1 (then exit 1).
# Rewrites /etc/postfix/{main,master}.cf and /etc/thunderbird/policies/policies.json for the run and
# restores both at the end, and stops the daemons it started.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
export BD_E2E_DIR="${BD_E2E_DIR:-/tmp/bd-tb-e2e}"

skip() {
  echo
  echo "################################################################"
  echo "## SKIP Thunderbird e2e: $*"
  echo "################################################################"
  if [ "${REQUIRE_E2E:-0}" = 1 ]; then echo "REQUIRE_E2E=1: a skip is a failure"; echo "0 passed, 1 failed"; exit 1; fi
  echo "0 passed, 0 failed (skipped)"
  exit 0
}

missing=()
for c in thunderbird Xvfb dovecot doveadm postfix postconf postmap node; do command -v "$c" >/dev/null || missing+=("$c"); done
[ ${#missing[@]} -eq 0 ] || skip "missing: ${missing[*]} (Debian: thunderbird xvfb xauth dovecot-imapd dovecot-lmtpd postfix imagemagick)"
command -v import >/dev/null || echo "[tb-e2e] WARNING: imagemagick 'import' missing: no screenshots will be saved"
[ "$(id -u)" = 0 ] || skip "needs root (starts Postfix on port 25 and writes /etc/postfix, /etc/thunderbird/policies)"

XPI="$REPO/addin-thunderbird/dist/bounce-doctor-thunderbird.xpi"
if [ ! -f "$XPI" ] || [ -n "$(find "$REPO/addin-thunderbird/src" "$REPO/addin-thunderbird/static" "$REPO/shared/src" -newer "$XPI" -type f -print -quit 2>/dev/null)" ]; then
  echo "[tb-e2e] building the add-in"
  (cd "$REPO" && npm run build -w addin-thunderbird --silent) || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
fi

cleanup() {
  bash "$HERE/servers.sh" stop </dev/null >>"$BD_E2E_DIR/servers-stop.log" 2>&1 || true
  echo "[tb-e2e] daemons stopped, /etc/postfix restored"
}
trap cleanup EXIT
mkdir -p "$BD_E2E_DIR"
start=$(date +%s)
if ! bash "$HERE/servers.sh" start </dev/null >"$BD_E2E_DIR/servers.log" 2>&1; then
  tail -20 "$BD_E2E_DIR/servers.log"
  echo "server setup failed"; echo "0 passed, 1 failed"; exit 1
fi
echo "[tb-e2e] servers up in $(( $(date +%s) - start )) s (log: $BD_E2E_DIR/servers.log)"
cd "$REPO" && node "$HERE/run.mjs"
rc=$?
echo "[tb-e2e] total $(( $(date +%s) - start )) s; artifacts in $REPO/test-results/thunderbird"
exit $rc
