#!/usr/bin/env bash
# API reference check: typedoc with validation.notDocumented and
# treatValidationWarningsAsErrors (typedoc.json) refuses any exported symbol
# without a doc comment. `npm run docs` writes the HTML to docs/api/.
set -euo pipefail
cd "$(dirname "$0")/.."
passed=0

npx typedoc --emit none
passed=$((passed + 1))

# The check must be able to fail: a fixture with an undocumented export is refused.
log="$(mktemp)"
if npx typedoc --emit none --options scripts/fixtures/typedoc.json >"$log" 2>&1; then
  cat "$log"; echo "docs check accepted an undocumented export"; echo "0 passed, 1 failed"; exit 1
fi
if ! grep -q "undocumentedExport (CallSignature).*does not have any documentation" "$log"; then
  cat "$log"; echo "docs check failed the fixture for another reason"; echo "0 passed, 1 failed"; exit 1
fi
rm -f "$log"
passed=$((passed + 1))
echo "docs check: ${passed} passed, 0 failed"
