#!/usr/bin/env bash
# Keeps the arrows of src/CommunityChat.Web pointing one way (docs/architecture.md, "Layers"):
#   Data, Infrastructure  <-  Base  <-  Features/*        (Pages/Shared, the shared views, stand with Base)
# Base and the shared views use no feature; a feature uses another feature only where ALLOWED below names the arrow.
# A reference is a namespace (using, @model, qualified name) or a view path naming a feature folder; comments are skipped.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
web="$root/src/CommunityChat.Web"

# "From -> To": the only arrows between features. Keep the list short and acyclic; each one is a decision.
ALLOWED=(
  "Moderation -> Recaps"   # the console holds the recap editor (SPEC rule 10)
  "Reports -> Moderation"  # the report queue hides posts and bans through the one moderation path (SPEC rule 8)
  "Moderation -> Polls"    # the console holds the "Open poll" form (SPEC rule 9), one partial
)

failures=0
fail() { echo "layers: $*"; failures=$((failures + 1)); }

sources() { find "$@" -type f \( -name '*.cs' -o -name '*.cshtml' \) -not -path '*/obj/*' -not -path '*/bin/*' -not -path '*/Migrations/*'; }

strip_comments() { grep -vE '^\s*(//|///|@\*|\*)' "$1" || true; }

check_none() { # area, folders...
  local area=$1; shift
  while IFS= read -r file; do
    if strip_comments "$file" | grep -qE '(CommunityChat\.Web\.Features\.|/Features/[A-Z])'; then
      fail "$area must not use a feature: ${file#"$root"/}"
    fi
  done < <(sources "$@")
}

check_none "Base" "$web/Base"
check_none "Pages/Shared" "$web/Pages"
while IFS= read -r file; do
  if strip_comments "$file" | grep -qE 'CommunityChat\.Web\.(Base|Features)\b'; then
    fail "Data and Infrastructure must not use Base or a feature: ${file#"$root"/}"
  fi
done < <(sources "$web/Data" "$web/Infrastructure")

edges=()
for dir in "$web"/Features/*/; do
  from="$(basename "$dir")"
  while IFS= read -r file; do
    for to in $(strip_comments "$file" | grep -oE '(CommunityChat\.Web\.Features\.|/Features/)[A-Z][A-Za-z]+' | sed -E 's#.*[./]##' | sort -u); do
      [ "$to" = "$from" ] && continue
      edge="$from -> $to"
      allowed=false
      for a in "${ALLOWED[@]}"; do [ "$a" = "$edge" ] && allowed=true; done
      $allowed || fail "$edge is not an allowed arrow (${file#"$root"/}); move what both need into Base, or add the arrow to eng/check-layers.sh with its reason"
      edges+=("$edge")
    done
  done < <(sources "$dir")
done

if [ "$failures" -ne 0 ]; then
  echo "layers: $failures problem(s); see docs/architecture.md"
  exit 1
fi
printf 'layers: one way. Feature arrows: %s\n' "$(printf '%s\n' "${edges[@]:-none}" | sort -u | paste -sd, -)"
