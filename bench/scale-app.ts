import { App } from "cdktf";
import { DualCloudService } from "../lib";

/**
 * Benchmark app: SERVICES services (default 1), each across the four default
 * datacentres. Run with `node scripts/dualcloud.cjs run bench/scale-app.ts`.
 */
const count = Number(process.env.SERVICES ?? "1");
const app = new App();
for (let i = 0; i < count; i++) {
  new DualCloudService(app, `svc${i}`, {
    image: `ghcr.io/acme/svc${i}@sha256:${i.toString(16).padStart(64, "0")}`,
    port: 8080,
    healthCheckPath: "/healthz",
    domain: `svc${i}.example.com`,
    env: { LOG_LEVEL: "info" },
    secrets: ["DATABASE_URL"],
  });
}
app.synth();
