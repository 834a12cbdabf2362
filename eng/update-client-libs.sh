#!/usr/bin/env bash
# Restores the pinned browser libraries (eng/client-libs/package.json + lockfile) and copies the files the pages load
# into src/CommunityChat.Web/wwwroot/lib. The copies are checked in, so `dotnet run` needs no npm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/eng/client-libs"
npm ci --no-audit --no-fund
dest="$root/src/CommunityChat.Web/wwwroot/lib/signalr"
mkdir -p "$dest"
cp node_modules/@microsoft/signalr/dist/browser/signalr.min.js "$dest/"
cp node_modules/@microsoft/signalr/dist/browser/signalr.min.js.map "$dest/"
cat > "$dest/LICENSE.txt" <<'LICENSE'
@microsoft/signalr is Copyright (c) .NET Foundation and Contributors, licensed under the MIT License:
https://github.com/dotnet/aspnetcore/blob/main/LICENSE.txt
LICENSE
echo "Copied @microsoft/signalr $(node -p "require('@microsoft/signalr/package.json').version") to $dest"
