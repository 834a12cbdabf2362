#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what is missing, builds once with warnings as errors, checks
# formatting, then runs every test project one after another (2 cores: no parallel projects) and prints a summary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

eng/install-prerequisites.sh

echo "== restore"
dotnet tool restore >/dev/null
dotnet restore CommunityChat.sln

echo "== build"
dotnet build CommunityChat.sln --no-restore -c Debug

echo "== format"
dotnet format CommunityChat.sln --verify-no-changes --no-restore

echo "== layers"
eng/check-layers.sh

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
passed=0
failed=0
status=0
for project in tests/CommunityChat.Core.Tests tests/CommunityChat.Web.Tests tests/CommunityChat.Browser.Tests; do
  [ -d "$project" ] || continue
  name="$(basename "$project")"
  echo "== test $name"
  log="$results/$name.log"
  if ! dotnet test "$project" --no-build -c Debug --logger "console;verbosity=normal" --results-directory "$results" 2>&1 | tee "$log"; then
    status=1
  fi
  # The runner ends with "Total tests: N / Passed: N / Failed: N" (Failed only when some did).
  p="$(grep -E '^\s+Passed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)"
  f="$(grep -E '^\s+Failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)"
  if [ -z "$p" ] && [ -z "$f" ]; then
    echo "No test summary from $name"
    status=1
    continue
  fi
  p="${p:-0}"
  f="${f:-0}"
  passed=$((passed + p))
  failed=$((failed + f))
done

# CI shows only the end of what this prints: repeat each failure, with its message and the top of its stack, here.
if [ "$failed" -ne 0 ]; then
  echo
  echo "== failures"
  for log in "$results"/*.log; do
    awk '/^  (Passed|Skipped) / { n = 0 } /^  Failed [A-Za-z]/ { n = 30 } n > 0 { print; n-- }' "$log"
  done
fi

echo
echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  status=1
fi
exit $status
