#!/usr/bin/env bash
# Issue 22's reading target as sib reads: the reading harness (benchmarks/SocialInvestment.Benchmarks, `read`) run with
# sib's precompiled images of SocialInvestment.Core, CsvHelper and NodaTime (a checkout's Release build of sib makes
# them) and sib's runtime settings (TieredPGO off, and the tiering settings of src/SocialInvestment.Cli's
# runtimeconfig.template.json), in PROCESSES processes of READS reads each. Each process prints CsvHelper's scan (the
# floor of the target), ReadingFloor (the least a reader of this file's shape must do) and SpellsCsv.Read.
#   usage: benchmarks/reading.sh FOLDER [PROCESSES [READS [CORES]]]    e.g. benchmarks/reading.sh /tmp/d1000000 3
# (FOLDER from `sib generate --participants 1000000 --seed 1 --danish --out /tmp/d1000000`)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
folder=$1
processes=${2:-3}
reads=${3:-4}
cores=${4:-$(nproc)}
dotnet build -c Release "$root/src/SocialInvestment.Cli" > /dev/null
dotnet build -c Release "$root/benchmarks/SocialInvestment.Benchmarks" > /dev/null
harness=$(mktemp -d)
trap 'rm -rf "$harness"' EXIT
cp -r "$root/benchmarks/SocialInvestment.Benchmarks/bin/Release/net10.0/." "$harness"
for image in SocialInvestment.Core CsvHelper NodaTime; do
  cp "$root/src/SocialInvestment.Cli/bin/Release/net10.0/$image.dll" "$harness"
done
setting() { sed -n "s/.*\"System.Runtime.TieredCompilation.$1\": *\([0-9]*\).*/\1/p" "$root/src/SocialInvestment.Cli/runtimeconfig.template.json"; }
# The runtime reads these variables' numbers as hexadecimal.
export DOTNET_TieredPGO=0 DOTNET_TC_CallCountingDelayMs=$(printf '%x' "$(setting CallCountingDelayMs)") DOTNET_TC_CallCountThreshold=$(printf '%x' "$(setting CallCountThreshold)")
for p in $(seq 1 "$processes"); do
  dotnet "$harness/SocialInvestment.Benchmarks.dll" read "$folder" "$reads" "$cores" | tail -2
done
