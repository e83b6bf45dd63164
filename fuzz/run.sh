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

TARGETS=(
    "data-module ProfileFuzzTest#profileYaml"
    "data-module ProfileFuzzTest#profileJson"
    "templates-module PackFuzzTest#packYaml"
    "templates-module PackFuzzTest#packJson"
    "templates-module TemplateFuzzTest#phrasing"
    "templates-module TemplateFuzzTest#profileValues"
)

duration="${1:-10m}"
shift || true
wanted=("$@")

status=0
for entry in "${TARGETS[@]}"; do
    module="${entry%% *}"
    target="${entry##* }"
    if [ "${#wanted[@]}" -gt 0 ] && [[ ! " ${wanted[*]} " == *" $target "* ]]; then
        continue
    fi
    echo "fuzz: $target in $module for $duration" >&2
    # Jackson and SnakeYAML are instrumented too, so the fuzzer can steer through the parsers it feeds.
    if ! JAZZER_FUZZ=1 mvn -B -q -pl "$module" -am test \
            -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
            -Djazzer.max_duration="$duration" \
            -Djazzer.instrument='dev.aspire.**,com.fasterxml.jackson.**,org.yaml.snakeyaml.**'; then
        echo "fuzz: $target found a problem; see the test report above and the new crash-* file" >&2
        status=1
    fi
done
exit "$status"
