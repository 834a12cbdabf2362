#!/usr/bin/env bash
# The search benchmark (SPEC rule 13, docs/benchmarks.md): builds a database of generated chats in English, French and
# Chinese (1,000,000 posts unless --posts says otherwise) through the app's own model, serves it with the app (Release,
# Production settings), and times one- and two-word searches over HTTP.
# Usage: eng/search-bench.sh [sqlite|postgres] [--posts N] [--queries N]
# The database is kept in $SEARCH_BENCH_DIR (default /tmp/communitychat-search-bench) so a second run only measures.
# For postgres a throwaway server is started there (Debian's postgresql package, as for the tests).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
provider="${1:-sqlite}"; shift || true
posts=1000000; queries=200
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) posts="$2"; shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
dir="${SEARCH_BENCH_DIR:-/tmp/communitychat-search-bench}"
mkdir -p "$dir"
port="${LOAD_PORT:-5098}"
dotnet build src/CommunityChat.Web -c Release -v quiet -nologo >/dev/null
dotnet build tests/CommunityChat.LoadTests -c Release -v quiet -nologo >/dev/null
tool=tests/CommunityChat.LoadTests/bin/Release/net10.0/CommunityChat.LoadTests.dll

cleanup() { :; }
if [ "$provider" = postgres ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  as_pg=(); [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
  pgdata="$dir/pg"
  if [ ! -d "$pgdata" ]; then
    mkdir -p "$pgdata"; [ "$(id -u)" = 0 ] && chown postgres "$pgdata"
    "${as_pg[@]}" "$bin/initdb" -D "$pgdata" -A trust -U postgres --no-sync >/dev/null
  fi
  "${as_pg[@]}" "$bin/pg_ctl" -D "$pgdata" -o "-p 5497 -k /tmp -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" -l "$pgdata/server.log" -w start >/dev/null
  cleanup() { "${as_pg[@]}" "$bin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null; }
  psql -h 127.0.0.1 -p 5497 -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'search'" | grep -q 1 \
    || psql -h 127.0.0.1 -p 5497 -U postgres -c "CREATE DATABASE search" >/dev/null
  connection="Host=127.0.0.1;Port=5497;Username=postgres;Database=search"
  db_provider=Postgres
else
  connection="Data Source=$dir/search.db"
  db_provider=Sqlite
fi

dotnet "$tool" search-db --provider "$provider" --connection "$connection" --posts "$posts"

ASPNETCORE_ENVIRONMENT=Production \
CommunityChat__Database__Provider="$db_provider" \
ConnectionStrings__CommunityChat="$connection" \
CommunityChat__SeedDemoData=false \
CommunityChat__RateLimits__SearchesPerMinute=1000000 \
Logging__LogLevel__Default=Warning \
  dotnet src/CommunityChat.Web/bin/Release/net10.0/CommunityChat.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$root/src/CommunityChat.Web" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; cleanup' EXIT
for _ in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$port/api/communities" >/dev/null && break
  sleep 0.2
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $provider, $posts posts"
dotnet "$tool" search --url "http://127.0.0.1:$port/" --queries "$queries"
