#!/usr/bin/env bash
# Fuzzes Aspire's parsers and template engine with Jazzer, one target after another.
#
#   fuzz/run.sh                      every target for 10 minutes each
#   fuzz/run.sh 2m                   every target for 2 minutes each
#   fuzz/run.sh 30m PackFuzzTest#packYaml
#
# A target is Class#method of a @FuzzTest; its module is found from TARGETS below. A new target (the
# scorer's, say) needs only a line there. Inputs that find a bug are saved as crash-* files next to the
# target's seeds (src/test/resources/<package>/<Class>Inputs/<method>/); once the bug is fixed, keep the
# file there so every build replays it. The corpus Jazzer grows goes to <module>/.cifuzz-corpus/ (ignored by git).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# module, target, and the classes Jazzer instruments for coverage. The profile targets steer through Jackson
# and SnakeYAML too; the others stay on Aspire's own code, where their bugs would be, and run much faster.
PARSERS='dev.aspire.**,com.fasterxml.jackson.**,org.yaml.snakeyaml.**'
OWN='dev.aspire.**'
TARGETS=(
    "data-module ProfileFuzzTest#profileYaml $PARSERS"
    "data-module ProfileFuzzTest#profileJson $PARSERS"
    "templates-module PackFuzzTest#packYaml $OWN"
    "templates-module PackFuzzTest#packJson $OWN"
    "templates-module TemplateFuzzTest#phrasing $OWN"
    "templates-module TemplateFuzzTest#profileValues $OWN"
    "scoring-module ScorerFuzzTest#answer $OWN"
)

duration="${1:-10m}"
shift || true
wanted=("$@")

status=0
for entry in "${TARGETS[@]}"; do
    read -r module target instrument <<< "$entry"
    if [ "${#wanted[@]}" -gt 0 ] && [[ ! " ${wanted[*]} " == *" $target "* ]]; then
        continue
    fi
    echo "fuzz: $target in $module for $duration" >&2
    if ! JAZZER_FUZZ=1 mvn -B -q -pl "$module" -am test \
            -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
            -Djazzer.max_duration="$duration" -Djazzer.instrument="$instrument"; then
        echo "fuzz: $target found a problem; see the test report above and the new crash-* file" >&2
        status=1
    fi
done
exit "$status"
