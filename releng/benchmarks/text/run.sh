#!/usr/bin/env bash
# Co-word pipeline benchmark: full pipeline (read + detect encoding + HanLP segmentation with the domain dictionary,
# traditional->simplified, filtering, counting, top-1000 co-occurrence, association strength, Leiden, VOS layout)
# versus plain single-thread HanLP standard segmentation of the same text, in the same run.
# Usage: releng/benchmarks/text/run.sh [--mb 10] [--rounds 3] [--level document|sentence]
# Needs: the reactor built once (./mvnw -o verify -pl bundles/org.steward.text -am), ~/.m2 with hanlp and networkanalysis.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
source "$ROOT/releng/scripts/java-home.sh"
M2=${M2_REPO:-$HOME/.m2/repository}
TEXT_JAR=$(ls "$ROOT"/bundles/org.steward.text/target/org.steward.text-*.jar | head -1)
CP="$TEXT_JAR:$M2/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar:$M2/nl/cwts/networkanalysis/1.3.0/networkanalysis-1.3.0.jar"
OUT="$HERE/target"
mkdir -p "$OUT/classes" "$OUT/benchmark"
"$JAVA_HOME/bin/javac" -d "$OUT/classes" -cp "$CP" $(find "$HERE/src" -name '*.java')
cd "$HERE"
# Chinese sources: the company documents in /work/shared/domain (BRIEF.md is English and left out) and the demo transcripts.
D=/work/shared/domain
SOURCES="${BENCH_SOURCES:-$D/customer-overview-zh.md $D/industry-article-zh.txt $D/rd-strategy-zh.txt $ROOT/bundles/org.steward.customer/examples/transcripts}"
exec "$JAVA_HOME/bin/java" -Xmx1g -Djava.awt.headless=true -cp "$OUT/classes:$CP" \
  org.steward.benchmarks.text.CowordBenchmark $SOURCES --out "$OUT/benchmark" "$@"
