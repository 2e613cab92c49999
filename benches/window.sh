#!/usr/bin/env bash
# The app's window against a bare eframe window of the same version and renderer
# (examples/bare_window.rs), both release builds, under one Xvfb with software GL:
#   - start, three frames, a screenshot written, exit: wall and CPU seconds and peak memory
#     of each run, the two programs in turn, and the medians;
#   - CPU per repaint while the pointer moves over the window (xdotool, one move a frame);
#   - CPU while idle for ten seconds.
# Public tools only: Xvfb, xdotool, /usr/bin/time. Run from the repository root after
#   cargo build --release --bin career-spec --example bare_window
# usage: bash benches/window.sh [RUNS]
set -euo pipefail
runs="${1:-15}"
app="${APP:-target/release/career-spec}"
bare="${BARE:-target/release/examples/bare_window}"
work="$(mktemp -d)"
ready="$work/ready"
Xvfb -displayfd 3 -screen 0 1400x900x24 3>"$ready" >/dev/null 2>&1 &
xvfb=$!
trap 'kill ${pid:-} $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$ready" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$ready")"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Startup: wall s, user+system s, peak KiB, one line per run.
for i in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -a -o "$work/bare" "$bare" "$work/bare.png" >/dev/null 2>&1
    /usr/bin/time -f '%e %U %S %M' -a -o "$work/app" "$app" --screenshot "$work/app.png" \
        assets/sample.ron >/dev/null 2>&1
done
for who in bare app; do
    wall=$(awk '{print $1}' "$work/$who" | median)
    cpu=$(awk '{print $2 + $3}' "$work/$who" | median)
    peak=$(awk '{print $4 / 1024}' "$work/$who" | median)
    echo "$who: start to screenshot, median of $runs: wall $wall s, CPU $cpu s, peak $peak MiB"
done

# CPU seconds (user + system) the process has used so far.
cpu_of() { awk '{printf "%.2f\n", ($14 + $15) / 100}' "/proc/$1/stat"; }

# Repaints and idling: the window open on the sample (the bare one empty), left to settle,
# then 200 pointer moves a frame apart, then ten seconds of nothing.
for who in bare app; do
    if [ "$who" = bare ]; then "$bare" --stay & else "$app" assets/sample.ron & fi
    pid=$!
    window=""
    for _ in $(seq 150); do
        window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.2
    done
    [ -n "$window" ] || { echo "$who: no window" >&2; exit 1; }
    sleep 3
    before=$(cpu_of "$pid")
    for i in $(seq 200); do
        xdotool mousemove --window "$window" $((300 + (i % 40) * 15)) $((300 + (i % 7) * 20))
        sleep 0.05
    done
    moved=$(cpu_of "$pid")
    sleep 10
    idle=$(cpu_of "$pid")
    awk -v who="$who" -v b="$before" -v m="$moved" -v i="$idle" 'BEGIN {
        printf "%s: CPU per pointer move %.1f ms, idle %.1f ms a second\n", who, (m - b) * 1000 / 200, (i - m) * 1000 / 10
    }'
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=""
done
ls -l "$app" "$bare" | awk '{printf "%s: %.1f MB\n", $NF, $5 / 1e6}'
