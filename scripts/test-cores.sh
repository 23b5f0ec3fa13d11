#!/usr/bin/env bash
# The same Terraform on cdktf and CDK Terrain: synthesizes the example app and
# a five-datacentre app here and in flavours/cdktn (which must be installed:
# (cd flavours/cdktn && npm ci)) and compares them.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
exec npx jest -c scripts/jest.e2e.config.js test/cores
