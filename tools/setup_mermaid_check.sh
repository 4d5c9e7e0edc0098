#!/usr/bin/env bash
# Installs Mermaid's own parser (npm `mermaid` under node, with jsdom) for tests/interop/test_mermaid.py.
set -euo pipefail
cd "$(dirname "$0")/mermaid-check"
npm ci --no-audit --no-fund --loglevel=error
