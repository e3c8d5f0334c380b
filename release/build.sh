#!/usr/bin/env bash
# Builds what a release of antrag publishes, reproducibly, into OUT (default artifacts/release):
#   packages/  the .NET tool packages: antrag.VERSION.nupkg (points to the package for the machine's platform),
#              antrag.RID.VERSION.nupkg for linux-x64, linux-arm64, osx-arm64, win-x64 (each with only its own native
#              libraries) and antrag.any.VERSION.nupkg (the fallback for other platforms: every native library);
#   antrag-VERSION-RID.tar.gz (.zip for Windows): the program, its two native libraries, LICENSE, THIRD-PARTY-NOTICES.md
#              and the licences of the font and the hyphenation patterns;
#   SHA256SUMS of all of them.
# linux-x64 is a Native AOT binary when this script runs on linux-x64 (Native AOT compiles only for the machine's own
# operating system); the other platforms are framework-dependent (they need the .NET 10 runtime, which every SDK has).
# Same commit -> same archives: file times are the commit's time, entries sorted, owners and gzip names left out.
#   release/build.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-artifacts/release}")"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)"
rids=(linux-x64 linux-arm64 osx-arm64 win-x64)
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
export TZ=UTC
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$out"
mkdir -p "$out/packages"

# The top-level package, the framework-dependent platform packages and the fallback, in one pack.
dotnet pack src/Antrag.Cli -c Release -o "$out/packages" -v q

host="$(uname -s)-$(uname -m)"
if [ "$host" = "Linux-x86_64" ]; then
  # The linux-x64 package again, as a Native AOT binary (replaces the framework-dependent one). RuntimeIdentifiers is
  # narrowed to the one platform: Native AOT restores its compiler for every listed platform otherwise.
  dotnet pack src/Antrag.Cli -c Release -r linux-x64 -p:PublishAot=true -p:RuntimeIdentifiers=linux-x64 -o "$out/packages" -v q
fi

# Archives from the packages' tools folders, so the archive holds exactly what the tool installs.
stage="$out/stage"
for rid in "${rids[@]}"; do
  dir="$stage/antrag-$version-$rid"
  mkdir -p "$dir/licenses"
  unzip -q "$out/packages/antrag.$rid.$version.nupkg" "tools/*" -d "$stage/$rid"
  cp -r "$stage/$rid"/tools/*/"$rid"/. "$dir/"
  rm -f "$dir/DotnetToolSettings.xml"
  cp LICENSE THIRD-PARTY-NOTICES.md "$dir/"
  cp fonts/carlito/OFL.txt "$dir/licenses/OFL.txt"
  cp hyphenation/LICENSE.txt "$dir/licenses/hyphenation-LICENSE.txt"
  chmod -R u=rwX,go=rX "$dir"
  [ -f "$dir/antrag" ] && chmod 755 "$dir/antrag"
  find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  if [ "${rid%%-*}" = win ]; then
    (cd "$stage" && find "antrag-$version-$rid" | LC_ALL=C sort | zip -q -X -D -@ "$out/antrag-$version-$rid.zip")
  else
    tar -C "$stage" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner --format=gnu \
      -cf - "antrag-$version-$rid" | gzip -n -9 > "$out/antrag-$version-$rid.tar.gz"
  fi
done
rm -rf "$stage"

(cd "$out" && sha256sum antrag-*.tar.gz antrag-*.zip packages/*.nupkg > SHA256SUMS)
echo "release $version in $out:"
(cd "$out" && ls -l antrag-* packages/ SHA256SUMS)
