#!/usr/bin/env bash
# The cdktf CLI end to end (synth, synth --hcl, list) with no Terraform on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
exec npx jest -c scripts/jest.e2e.config.js test/cli
