import { EdgeKeepAlive } from "../../model/edge";

/**
 * The ALB's HTTP client keepalive duration (`aws_lb.client_keep_alive`): the
 * longest the load balancer keeps any client connection, in use or not; then
 * it answers one more request and closes the connection. 60 s to 7 days,
 * default 3600 s (ELB user guide, "HTTP client keepalive duration";
 * `client_keep_alive` in AWS provider 6.25.0). docs/failover.md has the sources.
 */
export const AWS_EDGE_KEEP_ALIVE: EdgeKeepAlive = {
  setting: "ALB client_keep_alive",
  minSeconds: 60,
  maxSeconds: 604800,
  stepSeconds: 1,
  closes: "every connection",
};
