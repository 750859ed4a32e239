#!/bin/sh
exec python3 "$(dirname "$0")/lab.py" test "$@"  # the OS-neutral entry point: python lab.py test
