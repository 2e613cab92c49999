# Shared by the scripts that drive the real window under Xvfb: start a display, start the app,
# find its window, type into the Name field from the keyboard, and wait for files, each with
# a timeout and a message saying what did not happen. Source it from the repository root.

bin="$PWD/target/debug/career-spec"
fail() {
    echo "$script: $*" >&2
    exit 1
}

start_display() {
    display=":$((100 + RANDOM % 400))"
    Xvfb "$display" -screen 0 "${screen:-1400x900x24}" >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY="$display"
    for _ in $(seq 50); do
        xdotool getmouselocation >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    fail "the virtual display $display did not start"
}

# Runs until the condition given holds, for at most $1 seconds; fails with $2 if it never does.
wait_until() {
    local seconds="$1" message="$2"
    shift 2
    local end=$((SECONDS + seconds))
    until "$@"; do
        [ "$SECONDS" -lt "$end" ] || fail "$message (waited ${seconds}s)"
        sleep 0.2
    done
}

# The id of the window of the process $1, once it is mapped.
window_of() {
    xdotool search --all --onlyvisible --pid "$1" --name "Career Spec" 2>/dev/null | head -1
}

has_window() {
    [ -n "$(window_of "$1")" ]
}

# Starts the app on the arguments given; sets $app to its process id and waits for its window.
start_app() {
    "$bin" "$@" &
    app=$!
    wait_until 30 "the window of career-spec $* did not appear" has_window "$app"
    # A few frames, so that the window answers keys.
    sleep 1
}

# Gives the window of process $1 the keyboard focus; with no window manager it is given
# directly, and --sync waits (within bounds) until the server says so.
focused() {
    local window
    window="$(window_of "$1")"
    [ -n "$window" ] && timeout 5 xdotool windowfocus --sync "$window" 2>/dev/null
}

focus_app() {
    wait_until 10 "could not focus the window of process $1" focused "$1"
}

# Types text one key at a time, a frame apart: `xdotool type` sends keys faster than the
# window takes them as text, and they are lost. Even so the first key can be lost, so callers
# begin with spaces they do not rely on. Letters, digits, spaces and hyphens.
type_keys() {
    local text="$1" c i
    for ((i = 0; i < ${#text}; i++)); do
        c="${text:i:1}"
        case "$c" in
            " ") xdotool key space ;;
            "-") xdotool key minus ;;
            [A-Z]) xdotool key "shift+$(echo "$c" | tr 'A-Z' 'a-z')" ;;
            *) xdotool key "$c" ;;
        esac
        sleep 0.15
    done
}

# Types $2 at the end of the Name field of the window of process $1: the Spec panel from the
# keyboard (Ctrl+1), then a click on the field, at a known place in the window. (Tab from the menus does not reliably reach the field in the real window:
# early Tabs are lost.)
type_into_name() {
    focus_app "$1"
    xdotool key ctrl+1
    sleep 0.3
    xdotool mousemove --window "$(window_of "$1")" 600 81 click 1
    sleep 0.3
    xdotool key End
    sleep 0.5
    type_keys "$2"
}

# Keys for the window of process $1.
keys() {
    local pid="$1"
    shift
    focus_app "$pid"
    xdotool key --delay 100 "$@"
}

running() {
    kill -0 "$1" 2>/dev/null
}

stopped() {
    ! running "$1"
}

# Waits for the process $1 to exit on its own, for at most $2 seconds.
wait_exit() {
    wait_until "$2" "career-spec (process $1) did not exit" stopped "$1"
    wait "$1" 2>/dev/null || true
}

crash() {
    kill -9 "$1"
    wait "$1" 2>/dev/null || true
}

# How many recovery copies there are in the data folder.
copies() {
    find "$XDG_DATA_HOME/career-spec/recovery" -name 'unsaved-*.ron' 2>/dev/null | wc -l
}

copies_are() {
    [ "$(copies)" -eq "$1" ]
}

# Presses key $3 in the window of process $1 until the condition after it holds, for at most
# $2 seconds: a key pressed while the window is still settling can be lost.
press_until() {
    local pid="$1" seconds="$2" key="$3"
    shift 3
    local end=$((SECONDS + seconds))
    while :; do
        # The window may be gone already when the key was quitting it.
        if focused "$pid"; then
            xdotool key "$key"
        fi
        for _ in $(seq 10); do
            "$@" && return 0
            sleep 0.2
        done
        [ "$SECONDS" -lt "$end" ] || fail "pressing $key did not lead to: $* (waited ${seconds}s)"
    done
}

# The recovery copies there are now, one name a line.
copy_names() {
    find "$XDG_DATA_HOME/career-spec/recovery" -name 'unsaved-*.ron' -printf '%f\n' 2>/dev/null | sort
}

# Whether none of the copies named in file $1 is there any more.
copies_gone() {
    [ -z "$(copy_names | comm -12 "$1" -)" ]
}

# Whether exactly $2 of the copies named in file $1 are still there.
remaining_are() {
    [ "$(copy_names | comm -12 "$1" - | wc -l)" -eq "$2" ]
}
