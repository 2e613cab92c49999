# Shared by .ci/run: each step is one line, `step NAME COMMAND...`, timed and named; a compile
# that takes minutes can run beside the steps that mostly wait (`beside`, then `finish`).
# At the end, or at the first failure, every step's time is listed.

timings=()
current=""
side_pid=""
side_name=""

step() { # step NAME COMMAND...: runs the command (a script, not a shell function) and times it
    local name="$1" start=$SECONDS
    shift
    echo "::: $name"
    current="$name"
    "$@"
    current=""
    timings+=("$(printf '%5d s  %s' $((SECONDS - start)) "$name")")
}

beside() { # beside NAME COMMAND...: starts the command in the background, its output kept
    side_name="$1"
    shift
    side_log="$(mktemp)"
    side_start=$SECONDS
    echo "::: $side_name (beside the next steps)"
    "$@" >"$side_log" 2>&1 &
    side_pid=$!
}

finish() { # finish: waits for what `beside` started, shows its output, fails with it
    local status=0
    echo "::: waiting for $side_name"
    wait "$side_pid" || status=$?
    side_pid=""
    cat "$side_log"
    rm -f "$side_log"
    timings+=("$(printf '%5d s  %s (beside the steps before)' $((SECONDS - side_start)) "$side_name")")
    if [ "$status" -ne 0 ]; then
        echo "$side_name failed" >&2
        exit "$status"
    fi
}

steps_summary() {
    local status=$?
    if [ -n "$side_pid" ]; then
        kill "$side_pid" 2>/dev/null || true
        wait "$side_pid" 2>/dev/null || true
    fi
    echo "::: step times"
    printf '%s\n' "${timings[@]}"
    if [ -n "$current" ]; then
        echo "   failed  $current"
    fi
    echo "$(printf '%5d s' "$SECONDS")  in all"
    return "$status"
}
trap steps_summary EXIT
