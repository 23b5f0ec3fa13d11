#!/usr/bin/env bash
# npm pack, install the tarball into a fresh consumer project with its peers
# (from the npm cache), compile the consumer's TypeScript and synthesize it.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
exec npx jest -c scripts/jest.e2e.config.js test/package
