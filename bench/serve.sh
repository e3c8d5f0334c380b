#!/usr/bin/env bash
# Benchmark of antrag serve: keystroke-to-preview latency in Chromium and the server's memory over 1,000 edits.
# Uses the Native AOT binary (published to bench/out/aot unless ANTRAG_EXE names one) and Debian's Chromium
# (/usr/bin/chromium, or ANTRAG_CHROMIUM). Results go into bench/RESULTS.md by hand, with date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
exe="${ANTRAG_EXE:-bench/out/aot/antrag}"
if [ ! -x "$exe" ]; then
  dotnet publish src/Antrag.Cli -c Release -r linux-x64 -p:PublishAot=true -o bench/out/aot
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr)"
dotnet run -c Release --project bench/ServeBench -- "$exe" samples "${1:-200}"
