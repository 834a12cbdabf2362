#!/usr/bin/env bash
# Measures a live room under load: starts the app (Release, a throwaway SQLite file, limits raised for the load
# accounts) on 127.0.0.1, runs tests/CommunityChat.LoadTests against it with the arguments given, then stops the app.
# Example: eng/load.sh --participants 20 --posts 25 --readers 50
# Fan-out against the stack's limit (issue 8): eng/load.sh fanout --listeners 1000 --rate 20 --seconds 10 runs the same
# scenario first against a bare SignalR hub (the tool's `bare-hub`, no database, no rules), then against the app, both
# as their own processes with the same GC mode (DOTNET_gcServer, default 1 as ASP.NET Core's), and prints both.
# A flood from one address (issue 9): eng/load.sh --flood 300 --posts 200 keeps the hub's limits at their defaults.
# The writes scenarios against the stack's limit: eng/load.sh compare --participants 100 --posts 20 --readers 10 runs the
# same load against the bare hub first (the tool's --bare), then against the app.
# LOAD_APP=<checkout> runs the app built (Release) in another checkout under the same tool: a before/after comparison.
# LOAD_SKIP_BARE=1 runs fanout and compare against the app alone (eng/profile-load.sh profiles the app only).
# LOAD_DB=postgres runs the app on a throwaway PostgreSQL server (Debian's package, as for the tests) instead of SQLite.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
port="${LOAD_PORT:-5099}"
data="$(mktemp -d)"
app_root="${LOAD_APP:-$root}"
[ -n "${LOAD_APP:-}" ] || dotnet build src/CommunityChat.Web -c Release -v quiet -nologo >/dev/null
dotnet build tests/CommunityChat.LoadTests -c Release -v quiet -nologo >/dev/null
export DOTNET_gcServer="${DOTNET_gcServer:-1}"
tool=tests/CommunityChat.LoadTests/bin/Release/net10.0/CommunityChat.LoadTests.dll
wait_for() {
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$1/api/communities" >/dev/null && return 0
    sleep 0.2
  done
  return 1
}

if { [ "${1:-}" = fanout ] || [ "${1:-}" = compare ]; } && [ -z "${LOAD_SKIP_BARE:-}" ]; then
  bare_port=$((port + 1))
  dotnet "$tool" bare-hub --urls "http://127.0.0.1:$bare_port" &
  bare=$!
  wait_for "$bare_port"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), DOTNET_gcServer=$DOTNET_gcServer"
  if [ "$1" = fanout ]; then
    dotnet "$tool" "$@" --bare --url "http://127.0.0.1:$bare_port" --server-pid "$bare" || true
  else
    dotnet "$tool" "${@:2}" --bare --url "http://127.0.0.1:$bare_port" || true
  fi
  kill "$bare"; wait "$bare" 2>/dev/null || true
fi

# The load accounts all come from 127.0.0.1, so the hub's limits are raised, except for --flood, which measures them.
hub_limits=(CommunityChat__RateLimits__HubConnectionsPerAddress=100000 CommunityChat__RateLimits__HubCallsPerSecond=100000
  CommunityChat__RateLimits__HubCallsPerSecondPerAddress=100000)
case " $* " in *" --flood "*) hub_limits=() ;; esac

provider=Sqlite
connection="Data Source=$data/load.db"
stop_db() { :; }
if [ "${LOAD_DB:-sqlite}" = postgres ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  as_pg=(); [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
  mkdir -p "$data/pg"; [ "$(id -u)" = 0 ] && chown postgres "$data" "$data/pg"
  "${as_pg[@]}" "$bin/initdb" -D "$data/pg" -A trust -U postgres >/dev/null
  "${as_pg[@]}" "$bin/pg_ctl" -D "$data/pg" -o "-p 5496 -k /tmp -c listen_addresses=127.0.0.1" -l "$data/pg/server.log" -w start >/dev/null
  stop_db() { "${as_pg[@]}" "$bin/pg_ctl" -D "$data/pg" -m fast stop >/dev/null; }
  psql -h 127.0.0.1 -p 5496 -U postgres -c "CREATE DATABASE load" >/dev/null
  provider=Postgres
  connection="Host=127.0.0.1;Port=5496;Username=postgres;Database=load"
fi

ASPNETCORE_ENVIRONMENT=Production \
CommunityChat__Database__Provider="$provider" \
ConnectionStrings__CommunityChat="$connection" \
CommunityChat__SeedDemoData=false \
CommunityChat__Posting__Burst=100000 CommunityChat__Posting__PerSecond=100000 \
CommunityChat__RateLimits__AccountsPerMinute=100000 CommunityChat__RateLimits__WritesPerMinute=100000 \
Logging__LogLevel__Default=Warning \
  env "${hub_limits[@]}" dotnet "$app_root/src/CommunityChat.Web/bin/Release/net10.0/CommunityChat.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$app_root/src/CommunityChat.Web" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; stop_db; rm -rf "$data"' EXIT

wait_for "$port"

if [ "${1:-}" = fanout ]; then
  dotnet "$tool" "$@" --url "http://127.0.0.1:$port" --server-pid "$server"
else
  [ "${1:-}" = compare ] && shift
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), database: $provider"
  dotnet "$tool" --url "http://127.0.0.1:$port" "$@"
fi
