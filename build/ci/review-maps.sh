#!/usr/bin/env bash
# Reviews the journey maps a pull request changes: for each *.journey.json added, changed or
# renamed since BASE it runs `validate --strict`, `format --check` and `diff`, and renders the
# visual compare (BASE's version → this one) as PNG and PDF into OUT_DIR, with the change list
# in OUT_DIR/summary.md. Exit 1 when a map is invalid or not in canonical form, else 0.
#
#   build/ci/review-maps.sh BASE_COMMIT OUT_DIR
#
# JOURNEY_STUDIO names the command (default: journey-studio). Used by journey-maps.yml.
set -uo pipefail

base="${1:?usage: review-maps.sh BASE_COMMIT OUT_DIR}"
out="${2:?usage: review-maps.sh BASE_COMMIT OUT_DIR}"
read -r -a js <<<"${JOURNEY_STUDIO:-journey-studio}"
mkdir -p "$out"
summary="$out/summary.md"
: >"$summary"
failed=0

mapfile -t maps < <(git diff --name-only --diff-filter=AMR "$base" HEAD -- '*.journey.json')
if [ "${#maps[@]}" -eq 0 ]; then
  echo "No journey maps changed." | tee -a "$summary"
  exit 0
fi

old_dir="$(mktemp -d)"
trap 'rm -rf "$old_dir"' EXIT

for map in "${maps[@]}"; do
  name="$(basename "$map" .journey.json)"
  echo "## $map" >>"$summary"
  "${js[@]}" validate --strict "$map" || failed=1
  "${js[@]}" format --check "$map" || failed=1

  # The version at BASE, or none (/dev/null) for a map the pull request adds.
  old=/dev/null
  if git cat-file -e "$base:$map" 2>/dev/null; then
    old="$old_dir/$name.journey.json"
    git show "$base:$map" >"$old"
  fi
  "${js[@]}" diff "$old" "$map" >"$old_dir/changes.txt"
  # diff exits 1 when the maps differ; only 2 (trouble) is a failure.
  if [ $? -ge 2 ]; then failed=1; fi
  {
    echo '```diff'
    cat "$old_dir/changes.txt"
    echo '```'
  } >>"$summary"

  for format in png pdf; do
    "${js[@]}" export "$map" --compare "$old" --out "$out/$name.compare.$format" || failed=1
  done
done
exit "$failed"
