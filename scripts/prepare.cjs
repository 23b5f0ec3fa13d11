// npm runs `prepare` when it installs dualcloud from a git URL (in its own
// clone, after installing the dev dependencies) and after `npm install` or
// `npm ci` in a clone. A git install needs dist/, which is not committed, so
// this builds it when it is missing; a clone that already has dist/ is left
// alone (`npm pack` rebuilds it anyway through `prepack`).
const { execSync } = require("child_process");
const { existsSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
if (!existsSync(join(root, "dist", "index.js"))) {
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
