# Shared by the scripts that try Career Spec on a minimal Debian (debootstrap --variant=minbase),
# as a newcomer's machine would be: make the root, mount what a chroot needs, and take it all
# down on exit. Needs root. Source it from the repository root; set `script` first.

if [ "$(id -u)" -ne 0 ]; then
    echo "$script: needs root (debootstrap and chroot)" >&2
    exit 1
fi
command -v debootstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

root="$(mktemp -d)"
mounts=()
cleanup() {
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
bind() { # bind SOURCE TARGET [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounts+=("$2")
    if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}

echo "$script: a minimal Debian root"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$root.log" 2>&1 || {
    tail -20 "$root.log" >&2
    echo "$script: debootstrap failed" >&2
    exit 1
}
rm -f "$root.log"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A network behind a proxy with its own certificate authority: the fresh root trusts what this
# machine trusts, once an install step brings in ca-certificates.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
mount -t proc proc "$root/proc"
mounts+=("$root/proc")
bind /dev "$root/dev"
