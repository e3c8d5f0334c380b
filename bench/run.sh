#!/usr/bin/env bash
# Benchmark of antrag: cold renders of the reference motion (JIT and Native AOT), a build of N generated motions
# (first build and a no-change rebuild) and peak memory. Prints medians over repeated runs and the machine.
#   bench/run.sh [N=1000] [RUNS=10]
# Needs: the .NET SDK, GNU time (/usr/bin/time) for peak memory. Writes only below bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
runs="${2:-10}"
work="$(pwd)/bench/out"
rm -rf "$work"
mkdir -p "$work"

case "$(uname -m)" in aarch64|arm64) arch=arm64 ;; *) arch=x64 ;; esac
rid="linux-$arch"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), dotnet $(dotnet --version)"

dotnet build src/Antrag.Cli -c Release -o "$work/jit" -v q >/dev/null
dotnet publish src/Antrag.Cli -c Release -r "$rid" -p:PublishAot=true -o "$work/aot" -v q >/dev/null
dotnet run bench/GenerateCorpus.cs -- "$n" "$work/corpus" >/dev/null
cp -r samples/krefeld "$work/reference"

jit=(dotnet "$work/jit/antrag.dll")
aot=("$work/aot/antrag")

# Milliseconds of one run of the command.
ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# The median of the numbers on stdin.
median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

repeat() {
  local times="$1"; shift
  for _ in $(seq "$times"); do ms "$@"; done | median
}

# Peak resident memory in MB of one run.
peak() {
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ print int($1 / 1024) }'
}

ref="$work/reference/antrag-4493-23-A.yaml"
echo "cold render of the reference, JIT:  $(repeat "$runs" "${jit[@]}" render "$ref") ms (median of $runs)"
echo "cold render of the reference, AOT:  $(repeat "$runs" "${aot[@]}" render "$ref") ms (median of $runs)"
echo "peak memory, AOT render:            $(peak "${aot[@]}" render "$ref") MB"

# watch: from saving the motion to the new PDF in place (the PDF is replaced whole, so its time stamp changes once).
cp -r samples/krefeld "$work/watch"
"${aot[@]}" watch "$work/watch/antrag-4493-23-A.yaml" >/dev/null 2>&1 &
watcher=$!
until [ -f "$work/watch/antrag-4493-23-A.pdf" ]; do sleep 0.05; done
sleep 0.3
latencies=()
for i in $(seq "$runs"); do
  before=$(stat -c %y "$work/watch/antrag-4493-23-A.pdf")
  start=$(date +%s%N)
  echo "# Änderung $i" >> "$work/watch/antrag-4493-23-A.yaml"
  while [ "$(stat -c %y "$work/watch/antrag-4493-23-A.pdf")" = "$before" ]; do sleep 0.002; done
  end=$(date +%s%N)
  latencies+=($(( (end - start) / 1000000 )))
  sleep 0.2
done
kill "$watcher" 2>/dev/null || true
echo "watch, save to new PDF, AOT:        $(printf '%s\n' "${latencies[@]}" | median) ms (median of $runs)"

if "${aot[@]}" build --help >/dev/null 2>&1; then
  builds=$(( runs < 5 ? runs : 5 ))
  # Each first build writes into a new folder, and the folders are deleted only after all of them: deleting the last
  # build's 2,000 files just before the next build made it slower than a first build in CI ever is (on ext4 without a
  # journal the kernel skips inodes freed in the last 30 s and searches on: 4.6-5.1 s instead of 3.7-4.1 s, same binary).
  echo "build of $n motions, AOT, first:    $(for i in $(seq "$builds"); do ms "${aot[@]}" build "$work/corpus" -o "$work/first-aot-$i"; done | median) ms (median of $builds)"
  echo "build of $n motions, JIT, first:    $(for i in $(seq "$builds"); do ms "${jit[@]}" build "$work/corpus" -o "$work/first-jit-$i"; done | median) ms (median of $builds)"
  rm -rf "$work"/first-*
  rm -rf "$work/site"; "${aot[@]}" build "$work/corpus" -o "$work/site" >/dev/null 2>&1 || true
  echo "build of $n motions, no change:     $(repeat "$runs" "${aot[@]}" build "$work/corpus" -o "$work/site") ms (median of $runs)"
  rm -rf "$work/site"
  echo "peak memory, AOT build of $n:       $(peak "${aot[@]}" build "$work/corpus" -o "$work/site") MB"
else
  echo "antrag build is not available in this version; build figures skipped"
fi
