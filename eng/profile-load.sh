#!/usr/bin/env bash
# Profiles the app under a load (issue 8): runs eng/load.sh with the arguments given in the background, and once the
# load tool connects, samples the app's threads with dotnet-trace for PROFILE_SECONDS (default 6) and converts the
# trace to Speedscope JSON (open it at https://www.speedscope.app or read it with a script).
# Example: eng/profile-load.sh --participants 200 --posts 25 --readers 10 --posters-only-send
# Output: $PROFILE_OUT.nettrace and $PROFILE_OUT.speedscope.json (default /tmp/communitychat-profile).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${PROFILE_OUT:-/tmp/communitychat-profile}"
seconds="${PROFILE_SECONDS:-6}"
# PROFILE_KIND=gc-verbose records allocations (a tick every ~100 KB, with its type and stack) instead of CPU samples.
kind="${PROFILE_KIND:-dotnet-sampled-thread-time}"
trace="$HOME/.dotnet/tools/dotnet-trace"
[ -x "$trace" ] || dotnet tool install --global dotnet-trace >/dev/null
log="$(mktemp)"
bash "$root/eng/load.sh" "$@" >"$log" 2>&1 &
load=$!
for _ in $(seq 1 300); do grep -q connecting "$log" && break; sleep 0.3; done
sleep 1
pid="$(pgrep -f 'CommunityChat.Web.dll' | head -1)"
"$trace" collect -p "$pid" --profile "$kind" --duration "00:00:00:$(printf %02d "$seconds")" -o "$out.nettrace" >/dev/null
wait "$load" || true
grep -vE '^\s|warn:|migration' "$log" | tail -6
[ "$kind" = gc-verbose ] || "$trace" convert --format Speedscope "$out.nettrace" -o "$out.json" >/dev/null
ls "$out".*
