/**
 * Tests against real servers (`npm run test:dns`): BIND 9 `named` and
 * `named-checkzone` on loopback, local HTTPS endpoints. Kept out of `npm test`
 * because a fresh machine may have no DNS server; `.ci/run` installs BIND first.
 */
const base = require("./jest.config.js");
module.exports = { ...base, testMatch: ["**/*.dns-test.ts"], testTimeout: 60000 };
