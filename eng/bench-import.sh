#!/usr/bin/env bash
# Times an import of a generated tweet archive (classic API form, 8 questions, N answers each, 400 people) against the
# app in Release on 127.0.0.1 with a throwaway SQLite file: three previews, the import, a repeated import (refused),
# the imported transcript page and a recap draft. Figures go to docs/benchmarks.md.
# Usage: eng/bench-import.sh [answers-per-question, default 1250]   (needs python3 and curl)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
per="${1:-1250}"
work="$(mktemp -d)"
port=5099
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$per" "$work/tweets.json" <<'PY'
import json, random, sys, datetime
per, path = int(sys.argv[1]), sys.argv[2]
random.seed(1)
t0 = datetime.datetime(2019, 6, 6, 17, 0, 0)
people = [(f"user{i}", f"User {i} 🌸") for i in range(400)]
tweets, n = [], 0
def at(d): return (t0 + d).strftime("%a %b %d %H:%M:%S +0000 %Y")
for q in range(1, 9):
    n += 1
    tweets.append({"id_str": str(n), "created_at": at(datetime.timedelta(minutes=q * 7)),
                   "full_text": f"Q{q} What do you think about topic {q}? #TwitterSmarter",
                   "user": {"screen_name": "MadalynSklar", "name": "Madalyn Sklar"}})
    for k in range(per):
        n += 1
        handle, name = random.choice(people)
        tweets.append({"id_str": str(n), "created_at": at(datetime.timedelta(minutes=q * 7, seconds=k % 400)),
                       "full_text": f"A{q} answer number {k} with some words &amp; a link https://example.org/{k} #TwitterSmarter",
                       "user": {"screen_name": handle, "name": name}})
json.dump(tweets, open(path, "w"))
print(f"{len(tweets)} tweets")
PY
ls -l "$work/tweets.json" | awk '{print $5 " bytes"}'

dotnet build "$root/src/CommunityChat.Web" -c Release >/dev/null
(cd "$root/src/CommunityChat.Web" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CommunityChat="Data Source=$work/bench.db" \
  CommunityChat__SeedDemoData=true dotnet run -c Release --no-build --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app=$!
base="http://127.0.0.1:$port"
for _ in $(seq 60); do curl -sf -o /dev/null "$base/" && break; sleep 1; done
curl -sf -X POST "$base/api/accounts" -H 'Content-Type: application/json' \
  -d '{"handle":"admin","displayName":"Ada Admin","password":"correct horse battery"}' >/dev/null
token=$(curl -sf -X POST "$base/api/tokens" -H 'Content-Type: application/json' \
  -d '{"handle":"admin","password":"correct horse battery","name":"bench"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
post() { curl -s -o /dev/null -w "$1 %{http_code} %{time_total}s\n" -X POST "$base/api/communities/demo/imports$2" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @"$work/tweets.json"; }
for i in 1 2 3; do post "preview" "?preview=true"; done
post "import" ""
post "import again" ""
id=$(curl -sf "$base/api/communities/demo/chats" | python3 -c 'import json,sys;print(max(c["id"] for c in json.load(sys.stdin)))')
url=$(curl -sf "$base/api/chats/$id" | python3 -c 'import json,sys;print(json.load(sys.stdin)["url"])')
for i in 1 2 3; do curl -s -o /dev/null -w "transcript page %{http_code} %{time_total}s %{size_download} bytes\n" "$base$url"; done
for i in 1 2; do curl -s -o /dev/null -w "recap draft %{http_code} %{time_total}s\n" -X POST "$base/api/chats/$id/recap/draft" -H "Authorization: Bearer $token"; done
