# Shared by the scripts in this folder: where things are, and how to run as root.
PURSER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PURSER_ROOT

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
