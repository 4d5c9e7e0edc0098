#!/usr/bin/env bash
# Installs bpmn.io's own BPMN reader (npm `bpmn-moddle` under node) for tests/interop/test_bpmn.py.
set -euo pipefail
cd "$(dirname "$0")/bpmn-check"
npm ci --no-audit --no-fund --loglevel=error
