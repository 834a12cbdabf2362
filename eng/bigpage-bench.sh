#!/usr/bin/env bash
# The big-page benchmark (issue 8, "Big pages"; docs/benchmarks.md): serves a live chat of N posts (seeded once through
# the API into $BIGPAGE_BENCH_DIR) with the app (Release, Production settings) and opens it in Debian's Chromium as a
# late joiner, timing it with the browser's performance API (eng/bigpage-bench.mjs).
# Usage: eng/bigpage-bench.sh [--posts 5000] [--runs 2] [--app <root of a checkout>] [--transcript | --permalink]
# --app measures another build (say an older commit exported with git archive) on the same database.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root"; posts=5000; runs=2; mode=
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) posts="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --app) app="$(cd "$2" && pwd)"; shift 2 ;;
    --transcript|--permalink) mode="$1"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
dir="${BIGPAGE_BENCH_DIR:-/tmp/communitychat-bigpage-bench}"
mkdir -p "$dir"
port="${BIGPAGE_PORT:-5097}"
dotnet build "$app/src/CommunityChat.Web" -c Release -v quiet -nologo -m:1 >/dev/null

ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__CommunityChat="Data Source=$dir/bigpage.db" \
CommunityChat__SeedDemoData=false \
CommunityChat__RateLimits__WritesPerMinute=1000000 \
CommunityChat__RateLimits__AccountsPerMinute=1000000 \
CommunityChat__Posting__Burst=1000000 \
Logging__LogLevel__Default=Warning \
  dotnet "$app/src/CommunityChat.Web/bin/Release/net10.0/CommunityChat.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$app/src/CommunityChat.Web" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$port/api/communities" >/dev/null && break
  sleep 0.2
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(/usr/bin/chromium --version 2>/dev/null | head -1); $posts posts; app $(git -C "$app" rev-parse --short HEAD 2>/dev/null || basename "$app")"
node --experimental-websocket --no-warnings "$root/eng/bigpage-bench.mjs" "http://127.0.0.1:$port" "$dir/state-$posts.json" --posts "$posts" --runs "$runs" $mode
