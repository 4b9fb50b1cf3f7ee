#!/usr/bin/env bash
# Runs CI as it runs on a submission, N times in a row: each run clones the committed branch (main by default) into a
# new folder and runs `CI=true bash .ci/run` there with no terminal, then prints passed/failed and the time of each
# run. With --load, one core is kept busy beside every run (a shell busy loop, or `stress-ng --cpu 1` when Debian's
# stress-ng is installed), as a developer's machine is while CI runs on it. A flaky test shows as a failed run.
#
#   scripts/ci-repeat.sh N [--load] [--ref BRANCH] [--keep]
#
# Logs go to a folder it prints (one file per run); the clones are removed unless --keep is given.
set -euo pipefail

usage() {
  echo "usage: scripts/ci-repeat.sh N [--load] [--ref BRANCH] [--keep]" >&2
  exit 2
}

[ $# -ge 1 ] || usage
runs="$1"
shift
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || usage
load=false
ref=main
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
  --load) load=true ;;
  --ref)
    [ $# -ge 2 ] || usage
    ref="$2"
    shift
    ;;
  --keep) keep=true ;;
  *) usage ;;
  esac
  shift
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/ecokg-ci-repeat-XXXXXX")"
echo "ci-repeat: $runs run(s) of $ref from $repo$($load && echo ', one core kept busy beside each'); logs in $work"

burner=""
stop_burner() {
  if [ -n "$burner" ]; then
    kill "$burner" 2>/dev/null || true
    wait "$burner" 2>/dev/null || true
    burner=""
  fi
}
trap stop_burner EXIT
start_burner() {
  if command -v stress-ng >/dev/null 2>&1; then
    stress-ng --cpu 1 --quiet &
  else
    (while :; do :; done) &
  fi
  burner=$!
}

passed=0
for run in $(seq 1 "$runs"); do
  clone="$work/clone-$run"
  log="$work/run-$run.log"
  git clone --quiet --branch "$ref" "$repo" "$clone"
  commit="$(git -C "$clone" rev-parse --short HEAD)"
  $load && start_burner
  started=$(date +%s)
  # No terminal, as in CI: stdin from /dev/null, output to the log only.
  if (cd "$clone" && CI=true bash .ci/run </dev/null >"$log" 2>&1); then
    result=passed
    passed=$((passed + 1))
  else
    result=FAILED
  fi
  seconds=$(($(date +%s) - started))
  stop_burner
  echo "run $run/$runs at $commit: $result in $seconds s$($load && echo ' (one core busy)')$([ "$result" = FAILED ] && echo "; see $log")"
  if [ "$result" = FAILED ]; then
    # The failed tests' lines (vitest marks them FAIL and ×), without colour codes.
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *(FAIL|×) ' | head -5 | sed 's/^ */    /' || true
  fi
  $keep || rm -rf "$clone"
done
echo "ci-repeat: $passed of $runs passed"
[ "$passed" -eq "$runs" ]
