# Shared by the scripts that drive the real window under Xvfb: start a display, start the app,
# find its window, type into the Name field from the keyboard, and wait for files, each with
# a timeout and a message saying what did not happen. Source it from the repository root.

bin="$PWD/target/debug/career-spec"
fail() {
    echo "$script: $*" >&2
    exit 1
}

start_display() {
    # The server picks a free display itself and says which once it is ready: a number
    # picked here could be one another server is still leaving, whose end would take the
    # app's connection with it.
    local ready
    ready="$(mktemp)"
    Xvfb -displayfd 3 -screen 0 "${screen:-1400x900x24}" 3>"$ready" >/dev/null 2>&1 &
    xvfb=$!
    display=""
    for _ in $(seq 100); do
        if [ -s "$ready" ]; then
            display=":$(head -1 "$ready")"
            break
        fi
        sleep 0.1
    done
    rm -f "$ready"
    [ -n "$display" ] || fail "the virtual display did not start"
    export DISPLAY="$display"
    for _ in $(seq 50); do
        xdotool getmouselocation >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    fail "the virtual display $display did not answer"
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

# Stops the virtual display and waits until it is gone, so that the next script's server
# never meets this one still shutting down.
stop_display() {
    if [ -n "${xvfb:-}" ]; then
        kill "$xvfb" 2>/dev/null || true
        wait "$xvfb" 2>/dev/null || true
    fi
}

# Starts the app on the arguments given; sets $app to its process id and waits for its window.
# The app sometimes cannot reach a display that xdotool has just reached (seen one run in
# two, only after other X servers came and went): it then exits at once, and is started once
# more, saying so. An app that runs without a window, or exits twice, fails.
start_app() {
    local try
    for try in 1 2; do
        "$bin" "$@" &
        app=$!
        local end=$((SECONDS + 30))
        until has_window "$app"; do
            if ! kill -0 "$app" 2>/dev/null; then
                break
            fi
            [ "$SECONDS" -lt "$end" ] \
                || fail "the window of career-spec $* did not appear (waited 30s)"
            sleep 0.2
        done
        if has_window "$app"; then
            # A few frames, so that the window answers keys.
            sleep 1
            return 0
        fi
        wait "$app" 2>/dev/null || true
        [ "$try" -eq 1 ] && echo "$script: career-spec $* exited before its window appeared; starting it once more" >&2
        sleep 1
    done
    fail "career-spec $* exited twice before its window appeared"
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
# window takes them as text, and they are lost. Letters, digits, spaces and hyphens.
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

# Keys before the Name field, counted from the Spec panel with nothing focused: the four menus
# (File, Edit, View, Help), one stop egui draws no focus ring for, the eight panels of the
# navigation, then the field. If the window's chrome changes this count, the text lands in
# another field and type_into_name fails saying so, rather than passing.
tabs_to_name=14

# Whether a recovery copy holds $1 typed at the end of the name.
name_has() {
    grep -lqE "name: \"Priya Raman *$1\"" "$XDG_DATA_HOME"/career-spec/recovery/unsaved-*.ron 2>/dev/null
}

# Whether a recovery copy holds $1 anywhere at all.
copy_has() {
    grep -lq "$1" "$XDG_DATA_HOME"/career-spec/recovery/unsaved-*.ron 2>/dev/null
}

# Types $2 (capital letters) at the end of the Name field of the window of process $1, from
# the keyboard only: Ctrl+1 shows the Spec panel, Escape drops any focus, Tab walks to the
# field, End goes to the end of the text.
#
# egui moves the focus once per frame, whatever the number of Tabs that frame received, and a
# frame of the debug build on a software renderer can take longer than the pause between
# keys on a busy machine: some Tabs are then lost. So all Tabs but the last are sent paced,
# and then one Tab at a time, each followed by the text, until a recovery copy shows the text
# in the name. While the focus is still on a button, the letters do nothing; one Tab never
# moves the focus past the field.
type_into_name() {
    local pid="$1" text="$2" i
    focus_app "$pid"
    xdotool key ctrl+1
    sleep 0.5
    # Escape also takes the place of the first key after Ctrl+1, which the window can still
    # see with Ctrl held (its modifiers are updated late); a Ctrl+Tab would move nothing.
    xdotool key Escape
    sleep 0.5
    for ((i = 1; i < tabs_to_name; i++)); do
        xdotool key Tab
        sleep 0.8
    done
    for i in $(seq 12); do
        xdotool key Tab
        sleep 0.8
        # The first key a text field gets can be lost while the window sets up text input,
        # so End is pressed twice: pressing it again changes nothing. The End after the text
        # takes the place of the key the window could still see with Shift held, which would
        # make the next Tab go back.
        xdotool key End
        sleep 0.5
        xdotool key End
        sleep 0.3
        type_keys "$text"
        xdotool key End
        local end=$((SECONDS + 8))
        while [ "$SECONDS" -lt "$end" ]; do
            name_has "$text" && return 0
            copy_has "$text" \
                && fail "\"$text\" was typed into another field than the Name: did the stops before it (tabs_to_name=$tabs_to_name) change?"
            sleep 0.2
        done
    done
    fail "\"$text\" never reached the Name field through the keyboard (Ctrl+1, then $((tabs_to_name + 11)) Tabs)"
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
