#!/usr/bin/env bash
# Measures what a user (or a CI job) gets and waits for: the size of the tool packages and release archives, the time of
# `dotnet tool install` from a local feed, and the time from a bare machine with the .NET SDK to the PDFs of all samples
# (install + `antrag build samples`). Each install starts with an empty NuGet cache and an empty tool folder, as on a new
# CI runner. Prints the figures with their targets and exits 1 if a target is missed.
#   bench/install.sh [RELEASE] [RUNS=5]
# RELEASE: the folder release/build.sh wrote (default: build one into bench/out/release). Writes only below bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
release="${1:-}"
runs="${2:-5}"
work="$(pwd)/bench/out/install"
rm -rf "$work"
mkdir -p "$work"
if [ -z "$release" ]; then
  release="$(pwd)/bench/out/release"
  bash release/build.sh "$release" >/dev/null
fi
release="$(realpath "$release")"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  *) rid=any ;;
esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missed=0
# target NAME VALUE LIMIT UNIT: prints a row and remembers a miss.
target() {
  local verdict=met
  if [ "$(awk -v v="$2" -v l="$3" 'BEGIN { print (v <= l) ? 1 : 0 }')" != 1 ]; then
    verdict=MISSED
    missed=1
  fi
  printf '%-58s %10s %-3s (target <= %s %s: %s)\n' "$1" "$2" "$4" "$3" "$4" "$verdict"
}

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1000000 }'; }

# Seconds (two decimals) of one run of the command.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "error: $* failed" >&2; return 1; }
  end=$(date +%s%N)
  awk -v ns="$((end - start))" 'BEGIN { printf "%.2f\n", ns / 1e9 }'
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

echo "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version), antrag $version, platform $rid"
echo
echo "sizes:"
for f in "$release"/packages/*.nupkg "$release"/antrag-*.tar.gz "$release"/antrag-*.zip; do
  printf '  %-44s %6s MB\n' "$(basename "$f")" "$(mb "$f")"
done
target "tool package antrag.$rid.$version.nupkg" "$(mb "$release/packages/antrag.$rid.$version.nupkg")" 25 MB
echo

# One install on a new runner: empty NuGet cache, empty tool folder, only the local feed.
install() {
  local n="$1"
  rm -rf "$work/nuget-$n" "$work/tool-$n"
  NUGET_PACKAGES="$work/nuget-$n" dotnet tool install antrag --version "$version" --tool-path "$work/tool-$n" --add-source "$release/packages"
}

# From nothing to the PDFs: install, then build every sample folder.
install_and_build() {
  local n="$1"
  install "b$n" && rm -rf "$work/out-$n" && (cd "$work" && "$work/tool-b$n/antrag" build "$OLDPWD/samples" -o "$work/out-$n" --state "$work/state-$n.json")
}

install 0 >/dev/null 2>&1 || { echo "error: dotnet tool install from $release/packages failed" >&2; exit 1; }
for i in $(seq "$runs"); do seconds install "$i"; done | median > "$work/install.txt"
target "dotnet tool install from a local feed (median of $runs)" "$(cat "$work/install.txt")" 10 s

install_and_build 0 >/dev/null 2>&1 || { echo "error: install and build of the samples failed" >&2; exit 1; }
pdfs=$(find "$work/out-0" -name '*.pdf' | wc -l)
for i in $(seq "$runs"); do seconds install_and_build "$i"; done | median > "$work/all.txt"
target "bare machine to the PDFs of all samples ($pdfs PDFs, median of $runs)" "$(cat "$work/all.txt")" 20 s

exit $missed
