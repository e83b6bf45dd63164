#!/usr/bin/env bash
# Measures Aspire against baselines run side by side on this machine and prints each ratio and whether it
# meets its target (see "Performance" in README.md). Only ratios are judged: on a shared machine absolute
# times drift from minute to minute, but a command and its baseline timed in alternation drift together.
#
# Usage: bench/run.sh [--quick]
#   --quick   fewer runs, a 10,000-answer corpus and short JMH runs: a smoke test of the script itself
# Environment (defaults in brackets):
#   ANSWERS [100000]  answers in the batch corpus      RUNS [21]  timed runs per start-up command
#   SEED [42]         corpus seed                      JMH_OPTS   options for the JMH runs
#   PHRASES_CMD       prints the scorer's phrase list, one per line [./aspire score --phrases]
# Exit status: 0 when every target that could be measured is met, 1 when one is missed, 2 on a usage error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/target"
aspire="$root/aspire"
bench_jar="$root/benchmarks/target/benchmarks.jar"

quick=false
case "${1:-}" in
    "") ;;
    --quick) quick=true ;;
    *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac
if $quick; then
    answers="${ANSWERS:-10000}" runs="${RUNS:-7}" jmh_opts="${JMH_OPTS:--wi 1 -i 2 -w 1 -r 1 -f 1}"
else
    answers="${ANSWERS:-100000}" runs="${RUNS:-21}" jmh_opts="${JMH_OPTS:--wi 3 -i 5 -w 2 -r 2 -f 1}"
fi
seed="${SEED:-42}"
phrases_cmd="${PHRASES_CMD:-$aspire score --phrases}"
mkdir -p "$out"

# Targets (issue 6).
startup_max=4      # one score <= 4x a hello world
batch_max=3        # batch <= 3x grep over the same answers
per_core_min=100000  # answers per second per core, in process
linear_max=2       # time per KB at 1 MB <= 2x the time per KB at 10 KB
one_mb_max_ms=500  # a 1 MB answer "well under a second", in process
rss_max_kib=131072 # one score under 128 MiB
flat_max=1.5       # batch peak memory on the whole corpus <= 1.5x on a tenth of it

summary=()
missed=0
say() { echo "$*" | tee -a "$out/results.txt"; }
verdict() { # verdict NAME met|missed|skipped DETAIL
    summary+=("$(printf '  %-40s %-8s %s' "$1" "$2" "$3")")
    [ "$2" = missed ] && missed=1
    return 0
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

# Installs a missing tool from Debian's packages when we can (root with apt-get); otherwise that part is skipped.
ensure_tool() { # ensure_tool COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: installing $2 with apt-get..." >&2
        { apt-get install -y -qq "$2" || { apt-get update -qq && apt-get install -y -qq "$2"; }; } >/dev/null 2>&1 || true
    fi
    command -v "$1" >/dev/null 2>&1
}

now_us() {
    if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME/[.,]/}"; else echo $(($(date +%s%N) / 1000)); fi
}

# Times commands in alternation, round after round, so that a burst of load from a neighbour hits them all
# alike, and prints the median wall time of each in milliseconds, one per line, in the order given.
# Each command is one string, split on spaces; stdout and stderr go to /dev/null.
interleaved_medians() { # interleaved_medians WARMUP ROUNDS CMD...
    local warmup="$1" rounds="$2" i c start end
    shift 2
    local -a times
    for ((i = 0; i < warmup + rounds; i++)); do
        for ((c = 1; c <= $#; c++)); do
            start="$(now_us)"
            # shellcheck disable=SC2086 # each command is deliberately split into words
            ${!c} >/dev/null 2>&1 </dev/null || true
            end="$(now_us)"
            if ((i >= warmup)); then times[c]+="$((end - start))"$'\n'; fi
        done
    done
    for ((c = 1; c <= $#; c++)); do
        printf '%s' "${times[c]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int((NR + 1) / 2)] / 1000 }'
    done
}

max_rss_kib() { # max_rss_kib CMD... : the peak resident memory of the command, in KiB
    /usr/bin/time -f '%M' -o "$out/rss.txt" "$@" >/dev/null 2>&1 </dev/null || true
    tail -n 1 "$out/rss.txt"
}

: >"$out/results.txt"
say "Aspire benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) cores, $(uname -sm); $(java -version 2>&1 | head -n 1)"
say "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

# ---- build and inputs ------------------------------------------------------------------------------------
echo "bench: building the aspire and benchmarks jars..." >&2
if ! mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -DskipTests -pl cli-module,benchmarks -am package 2>&1 \
    | sed -e $'s/\033\\[[0-9;]*m//g' -e '/^[[:space:]]*$/d' >&2; then
    echo "bench: the build failed; see the Maven output above" >&2
    exit 1
fi
"$aspire" --version >/dev/null # makes the launcher record its class-data-sharing archive before any timing

mkdir -p "$out/hello"
cat >"$out/hello/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
javac -d "$out/hello" "$out/hello/Hello.java"
printf 'Main-Class: Hello\n' >"$out/hello/manifest.txt"
jar cfm "$out/hello/hello.jar" "$out/hello/manifest.txt" -C "$out/hello" Hello.class

corpus="$out/corpus-$answers-$seed.jsonl"
tenth="$out/corpus-$((answers / 10))-$seed.jsonl"
generate() { java -cp "$bench_jar" dev.aspire.benchmarks.CorpusGenerator --seed "$seed" "$@"; }
[ -s "$corpus" ] || generate --answers "$answers" --out "$corpus"
[ -s "$tenth" ] || head -n $((answers / 10)) "$corpus" >"$tenth"
generate --bytes 1 --out "$out/answer.txt"         # one answer of about 150 words
generate --bytes 1048576 --out "$out/answer-1mb.txt"

scorer=false
# Picocli answers "--help" even after an unknown verb, so the usage line tells whether the verb exists.
if "$aspire" score --help 2>/dev/null | grep -q '^Usage: aspire score'; then scorer=true; fi
no_scorer="skipped: scorer not built (./aspire score --help shows no score verb)"

# ---- 1. start-up -------------------------------------------------------------------------------------------
say ""
say "== 1. start-up: median wall time of $runs runs each, timed in alternation"
hello="java -jar $out/hello/hello.jar"
hello_flags="java -XX:TieredStopAtLevel=1 -XX:+UseG1GC -Xmx2g -XX:-UsePerfData -jar $out/hello/hello.jar"
# The plain java -jar run shows what the launcher's archive and flags are worth.
commands=("$hello" "$hello_flags" "$aspire list archetypes" "$aspire explain hiring-manager"
    "java -jar $root/cli-module/target/aspire.jar list archetypes")
labels=("hello world (java -jar)" "hello world, launcher's JVM flags" "./aspire list archetypes"
    "./aspire explain hiring-manager" "java -jar aspire.jar list archetypes")
if $scorer; then
    commands+=("$aspire score $out/answer.txt")
    labels+=("./aspire score ANSWER (150 words)")
fi
mapfile -t medians < <(interleaved_medians 2 "$runs" "${commands[@]}")
for i in "${!commands[@]}"; do
    say "$(printf '  %-36s %8s ms  %6sx hello world' "${labels[i]}" "${medians[i]}" "$(ratio "${medians[i]}" "${medians[0]}")")"
done
if $scorer; then
    r="$(ratio "${medians[5]}" "${medians[0]}")"
    if at_most "$r" "$startup_max"; then verdict "start-up (<= ${startup_max}x)" met "${r}x"; else verdict "start-up (<= ${startup_max}x)" missed "${r}x"; fi
else
    verdict "start-up (<= ${startup_max}x)" pending "scorer not built; list archetypes is $(ratio "${medians[2]}" "${medians[0]}")x"
fi

# ---- 2. batch against grep ---------------------------------------------------------------------------------
say ""
say "== 2. batch: $answers answers, end to end, against LC_ALL=C grep -o -i -F -f PHRASES"
if ! $scorer; then
    say "  $no_scorer"
    verdict "batch (<= ${batch_max}x grep)" pending "scorer not built"
elif ! $phrases_cmd >"$out/phrases.txt" 2>/dev/null || [ ! -s "$out/phrases.txt" ]; then
    say "  skipped: '$phrases_cmd' printed no phrase list"
    verdict "batch (<= ${batch_max}x grep)" pending "the scorer does not print its phrases"
else
    say "  phrases: $(wc -l <"$out/phrases.txt") from '$phrases_cmd'"
    grep_cmd="$out/grep-phrases.sh"
    # The hits go to a file, as Aspire's results do: GNU grep that sees its output is /dev/null stops at the
    # first match, which would time nothing.
    printf '#!/bin/sh\nLC_ALL=C exec grep -o -i -F -f "%s" "%s" >"%s"\n' "$out/phrases.txt" "$corpus" "$out/grep.out" >"$grep_cmd"
    chmod +x "$grep_cmd"
    batch_runs=$($quick && echo 1 || echo 3)
    aspire_batch="$out/aspire-batch.sh"
    printf '#!/bin/sh\nexec "%s" score --batch "%s" >"%s"\n' "$aspire" "$corpus" "$out/batch.out" >"$aspire_batch"
    chmod +x "$aspire_batch"
    mapfile -t medians < <(interleaved_medians 1 "$batch_runs" "$grep_cmd" "$aspire_batch")
    r="$(ratio "${medians[1]}" "${medians[0]}")"
    say "$(printf '  %-36s %8s ms' "grep (every hit, nothing more)" "${medians[0]}")"
    say "$(printf '  %-36s %8s ms  %6sx grep' "./aspire score --batch" "${medians[1]}" "$r")"
    if at_most "$r" "$batch_max"; then verdict "batch (<= ${batch_max}x grep)" met "${r}x"; else verdict "batch (<= ${batch_max}x grep)" missed "${r}x"; fi

    # Every core, but the same output in the same order as one thread.
    "$aspire" score --batch "$corpus" >"$out/batch-all-cores.out" 2>/dev/null || true
    ASPIRE_JAVA_OPTS="${ASPIRE_JAVA_OPTS:-} -XX:ActiveProcessorCount=1" \
        "$aspire" score --batch "$corpus" >"$out/batch-one-core.out" 2>/dev/null || true
    if [ -s "$out/batch-all-cores.out" ] && cmp -s "$out/batch-all-cores.out" "$out/batch-one-core.out"; then
        verdict "batch output = one thread's" met "identical, $(wc -l <"$out/batch-all-cores.out") lines"
    else
        verdict "batch output = one thread's" missed "outputs differ or are empty (bench/target/batch-*.out)"
    fi
fi

# ---- 3. in process: throughput and scaling (JMH) -----------------------------------------------------------
say ""
say "== 3. in process (JMH $jmh_opts)"
if ! $scorer; then
    say "  $no_scorer"
    verdict "throughput (>= $per_core_min/s/core)" pending "scorer not built"
    verdict "scaling (linear, 1 MB < ${one_mb_max_ms} ms)" pending "scorer not built"
else
    # shellcheck disable=SC2086 # JMH options are several words
    java -jar "$bench_jar" ScoringThroughputBenchmark -t 1 $jmh_opts -rf csv -rff "$out/throughput.csv" >"$out/throughput.log" 2>&1 || true
    per_core="$(awk -F, 'NR == 2 { gsub(/"/, "", $5); printf "%.0f", $5 }' "$out/throughput.csv" 2>/dev/null || true)"
    if [ -n "$per_core" ]; then
        say "  one thread: $per_core answers/s"
        if at_most "$per_core_min" "$per_core"; then verdict "throughput (>= $per_core_min/s/core)" met "$per_core/s"; else verdict "throughput (>= $per_core_min/s/core)" missed "$per_core/s"; fi
    else
        verdict "throughput (>= $per_core_min/s/core)" missed "JMH failed; see bench/target/throughput.log"
    fi

    # shellcheck disable=SC2086
    java -jar "$bench_jar" ScoringScalingBenchmark $jmh_opts -rf csv -rff "$out/scaling.csv" >"$out/scaling.log" 2>&1 || true
    # JMH ends its CSV lines with CR LF; the CR would cling to the last column (the size) and spoil it.
    [ -f "$out/scaling.csv" ] && sed -i 's/\r$//' "$out/scaling.csv"
    # Columns: Benchmark, Mode, Threads, Samples, Score (us), Error, Unit, Param: bytes.
    if awk -F, 'NR > 1 { n++ } END { exit n != 4 }' "$out/scaling.csv" 2>/dev/null; then
        awk -F, 'NR > 1 { gsub(/"/, ""); printf "  %8d bytes  %12.1f us  %8.3f us per KB\n", $8, $5, $5 / ($8 / 1024) }' \
            "$out/scaling.csv" | tee -a "$out/results.txt"
        per_kb_10k="$(awk -F, 'NR > 1 { gsub(/"/, "") } $8 == 10240 { print $5 / 10 }' "$out/scaling.csv")"
        per_kb_1m="$(awk -F, 'NR > 1 { gsub(/"/, "") } $8 == 1048576 { print $5 / 1024 }' "$out/scaling.csv")"
        one_mb_ms="$(awk -F, 'NR > 1 { gsub(/"/, "") } $8 == 1048576 { printf "%.1f", $5 / 1000 }' "$out/scaling.csv")"
        growth="$(ratio "$per_kb_1m" "$per_kb_10k")"
        if at_most "$growth" "$linear_max" && at_most "$one_mb_ms" "$one_mb_max_ms"; then
            verdict "scaling (linear, 1 MB < ${one_mb_max_ms} ms)" met "per KB at 1 MB = ${growth}x at 10 KB; 1 MB in $one_mb_ms ms"
        else
            verdict "scaling (linear, 1 MB < ${one_mb_max_ms} ms)" missed "per KB at 1 MB = ${growth}x at 10 KB; 1 MB in $one_mb_ms ms"
        fi
        mapfile -t medians < <(interleaved_medians 1 3 "$aspire score $out/answer-1mb.txt")
        say "  end to end, ./aspire score of the 1 MB answer: ${medians[0]} ms (JVM start included)"
    else
        verdict "scaling (linear, 1 MB < ${one_mb_max_ms} ms)" missed "JMH failed; see bench/target/scaling.log"
    fi
fi

# ---- 4. peak memory ---------------------------------------------------------------------------------------
say ""
say "== 4. peak memory (maximum resident set size)"
if ! ensure_tool /usr/bin/time time; then
    say "  skipped: /usr/bin/time is not installed and could not be installed"
    verdict "memory" pending "no /usr/bin/time"
else
    say "  ./aspire list archetypes: $(($(max_rss_kib "$aspire" list archetypes) / 1024)) MiB"
    if ! $scorer; then
        say "  $no_scorer"
        verdict "memory (one score < 128 MiB)" pending "scorer not built"
        verdict "memory (batch flat)" pending "scorer not built"
    else
        one="$(max_rss_kib "$aspire" score "$out/answer.txt")"
        say "  ./aspire score ANSWER: $((one / 1024)) MiB"
        if [ "$one" -lt "$rss_max_kib" ]; then verdict "memory (one score < 128 MiB)" met "$((one / 1024)) MiB"; else verdict "memory (one score < 128 MiB)" missed "$((one / 1024)) MiB"; fi
        small="$(max_rss_kib "$aspire" score --batch "$tenth")"
        large="$(max_rss_kib "$aspire" score --batch "$corpus")"
        r="$(ratio "$large" "$small")"
        say "  ./aspire score --batch: $((small / 1024)) MiB for $((answers / 10)) answers, $((large / 1024)) MiB for $answers"
        if at_most "$r" "$flat_max"; then verdict "memory (batch flat)" met "${r}x for 10x the answers"; else verdict "memory (batch flat)" missed "${r}x for 10x the answers"; fi
    fi
fi

say ""
say "== targets"
for line in "${summary[@]}"; do say "$line"; done
say "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
say "(results also in bench/target/results.txt)"
exit "$missed"
