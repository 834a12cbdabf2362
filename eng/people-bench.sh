#!/usr/bin/env bash
# The people benchmark (SPEC rule 32, docs/benchmarks.md): builds a community of 200 ended chats and 20,000 people on
# SQLite through the app's own model, serves it with the app (Release, Production settings), and times
# GET /api/communities/bench/people and /c/bench/people over HTTP.
# Usage: eng/people-bench.sh [--chats N] [--people N] [--requests N]
# The database is kept in $PEOPLE_BENCH_DIR (default /tmp/communitychat-people-bench) so a second run only measures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
chats=200; people=20000; requests=50
while [ $# -gt 0 ]; do
  case "$1" in
    --chats) chats="$2"; shift 2 ;;
    --people) people="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
dir="${PEOPLE_BENCH_DIR:-/tmp/communitychat-people-bench}"
mkdir -p "$dir"
port="${LOAD_PORT:-5097}"
dotnet build src/CommunityChat.Web -c Release -v quiet -nologo >/dev/null
dotnet build tests/CommunityChat.LoadTests -c Release -v quiet -nologo >/dev/null
tool=tests/CommunityChat.LoadTests/bin/Release/net10.0/CommunityChat.LoadTests.dll
connection="Data Source=$dir/people.db"

dotnet "$tool" people-db --connection "$connection" --chats "$chats" --people "$people"

ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__CommunityChat="$connection" \
CommunityChat__SeedDemoData=false \
Logging__LogLevel__Default=Warning \
  dotnet src/CommunityChat.Web/bin/Release/net10.0/CommunityChat.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$root/src/CommunityChat.Web" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$port/api/communities" >/dev/null && break
  sleep 0.2
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); sqlite, $chats chats, $people people"
dotnet "$tool" people --url "http://127.0.0.1:$port/" --requests "$requests"
