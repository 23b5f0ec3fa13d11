import { EdgeKeepAlive } from "../../model/edge";

/**
 * The global external Application Load Balancer's client HTTP keepalive
 * timeout (`google_compute_target_https_proxy.http_keep_alive_timeout_sec`):
 * how long the proxy keeps a connection open after a response while no new
 * request arrives; 5 to 1200 s, default 610 s. It closes idle connections only
 * (docs/failover.md has the sources).
 */
export const GCP_EDGE_KEEP_ALIVE: EdgeKeepAlive = {
  setting: "target HTTPS proxy http_keep_alive_timeout_sec",
  minSeconds: 5,
  maxSeconds: 1200,
  stepSeconds: 1,
  closes: "idle connections",
};
