#!/usr/bin/env bash
# Lays out the partner SDK folder from the pieces the reactor has built. Called by this module's pom
# (prepare-package); arguments: <repository root> <sdk folder> <javadoc executable> <file with extra class path>.
# What the folder holds and why: docs/partner-sdk.md.
set -euo pipefail
root=$1 sdk=$2 javadoc=$3 extra_classpath=$(cat "$4")
here=$(cd "$(dirname "$0")/../../.." && pwd)

rm -rf "$sdk" && mkdir -p "$sdk"

# 1. the p2 repository of the Steward bundles and their sources (built by releng/org.steward.sdk)
cp -r "$root/releng/org.steward.sdk/target/repository" "$sdk/repository"

# 2. the target definition partners build against: Steward's own pinned Maven Central locations plus the SDK
#    repository, found through -Dsteward.sdk=<this folder> (Tycho resolves ${system_property:…} in targets)
units=$(sed -n 's/.*<bundle id="\(org\.steward\.[a-z.]*\)">.*/\1/p' "$root/releng/org.steward.sdk/category.xml" \
        | sed 's/.*/        <unit id="&" version="0.0.0"\/>/')
location="    <location type=\"InstallableUnit\" includeMode=\"slicer\" includeAllPlatforms=\"false\" includeSource=\"true\" includeConfigurePhase=\"false\">
      <repository location=\"file:\${system_property:steward.sdk}/repository\"/>
$units
    </location>"
awk -v loc="$location" '/<\/locations>/ { print loc } { print }' "$root/target-platform/steward.target" \
    | sed 's/<target name="steward"/<target name="steward-sdk"/' > "$sdk/steward-sdk.target"

# 3. extension-point schemas with their documentation
mkdir -p "$sdk/schema" && cp "$root"/bundles/org.steward.workbench/schema/*.exsd "$sdk/schema/"

# 4. the template project, with the Maven wrapper so that it builds with one command
cp -r "$here/src/main/sdk/template" "$sdk/template"
cp "$root/mvnw" "$sdk/template/" && chmod 755 "$sdk/template/mvnw"
mkdir -p "$sdk/template/.mvn/wrapper" && cp "$root/.mvn/wrapper/maven-wrapper.properties" "$sdk/template/.mvn/wrapper/"

# 5. the guide
cp "$root/docs/partner-sdk.md" "$sdk/GUIDE.md"
cp "$here/src/main/sdk/README.md" "$sdk/README.md"

# 6. Javadoc of the exported, non-internal packages of the SDK bundles
sources=() packages=()
for bundle in $(sed -n 's/.*<bundle id="\(org\.steward\.[a-z.]*\)">.*/\1/p' "$root/releng/org.steward.sdk/category.xml" | grep -v '\.source$'); do
    dir="$root/bundles/$bundle"
    [ -d "$dir/src" ] || continue
    sources+=("$dir/src")
    # Export-Package entries, continuation lines joined; keep those without x-internal
    exports=$(awk '/^Export-Package:/{on=1; sub(/^Export-Package:/,""); print; next} on && /^ /{print; next} {on=0}' \
              "$dir/META-INF/MANIFEST.MF" | tr -d '\n' | sed 's/ //g')
    for entry in $(echo "$exports" | sed 's/,\([a-z]\)/\n\1/g'); do
        case "$entry" in *x-internal*|*x-friends*) continue ;; esac
        packages+=("${entry%%;*}")
    done
done
cp_jars="$root/releng/org.steward.workbench.product/target/repository/plugins/*:$extra_classpath"
"$javadoc" -quiet -Xdoclint:none -encoding UTF-8 -charset UTF-8 -d "$sdk/javadoc" \
    -doctitle "Steward partner API" -windowtitle "Steward partner API" \
    -sourcepath "$(IFS=:; echo "${sources[*]}")" -classpath "$cp_jars" "${packages[@]}" 2>&1 \
    | grep -v '^Loading\|^Constructing\|warning' || true
[ -f "$sdk/javadoc/index.html" ] || { echo "javadoc was not generated" >&2; exit 1; }
echo "SDK laid out in $sdk: ${#packages[@]} API packages documented"
