#!/bin/sh
exec python3 "$(dirname "$0")/lab.py" "$@"  # the OS-neutral entry point: python lab.py
