#!/usr/bin/env bash
# Measures a live room under load: starts the app (Release, a throwaway SQLite file, limits raised for the load
# accounts) on 127.0.0.1, runs tests/CommunityChat.LoadTests against it with the arguments given, then stops the app.
# Example: eng/load.sh --participants 20 --posts 25 --readers 50
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
port="${LOAD_PORT:-5099}"
data="$(mktemp -d)"
dotnet build src/CommunityChat.Web -c Release -v quiet -nologo >/dev/null
dotnet build tests/CommunityChat.LoadTests -c Release -v quiet -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__CommunityChat="Data Source=$data/load.db" \
CommunityChat__SeedDemoData=false \
CommunityChat__Posting__Burst=100000 CommunityChat__Posting__PerSecond=100000 \
CommunityChat__RateLimits__AccountsPerMinute=100000 CommunityChat__RateLimits__WritesPerMinute=100000 \
Logging__LogLevel__Default=Warning \
  dotnet src/CommunityChat.Web/bin/Release/net10.0/CommunityChat.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$root/src/CommunityChat.Web" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/api/communities" >/dev/null && break
  sleep 0.2
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
dotnet tests/CommunityChat.LoadTests/bin/Release/net10.0/CommunityChat.LoadTests.dll --url "http://127.0.0.1:$port" "$@"
