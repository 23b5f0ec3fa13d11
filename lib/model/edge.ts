/** What `edge.unboundedConnections` allows: refuse (the default) or accept an edge that cannot bound an open connection. */
export type UnboundedConnections = "refuse" | "accept";

/** The `edge` section with defaults applied. */
export interface EdgeModel {
  /** Seconds each datacentre's edge keeps a client connection open (`edge.keepAliveSeconds`). */
  readonly keepAliveSeconds: number;
  /** Whether an edge that cannot bound an open connection fails synth (`refuse`) or is only reported (`accept`). */
  readonly unboundedConnections: UnboundedConnections;
}

/**
 * How one cloud's edge applies `edge.keepAliveSeconds`: the setting it sets,
 * the values the cloud allows, and what the setting closes.
 */
export interface EdgeKeepAlive {
  /** The setting, for summaries and messages, e.g. `ALB client_keep_alive`. */
  readonly setting: string;
  /** Smallest allowed value in seconds. */
  readonly minSeconds: number;
  /** Largest allowed value in seconds. */
  readonly maxSeconds: number;
  /** Allowed values are multiples of this (1 for any whole second). */
  readonly stepSeconds: number;
  /**
   * `every connection`: the edge closes a connection that old even while it
   * is in use; `idle connections`: only one that carried no request that long.
   */
  readonly closes: "every connection" | "idle connections";
}

/** How long an already open connection can stay on one failed datacentre. */
export interface OpenConnectionBound {
  /** The datacentre's key, e.g. `aws-us-east-1`. */
  readonly datacentre: string;
  /** The bound in seconds; undefined when the edge has no setting that bounds it. */
  readonly seconds?: number;
  /** How, for humans: the setting and what it closes, or why there is none. */
  readonly how: string;
}

/** An edge with no setting that closes an open client connection. */
export interface EdgeWithoutKeepAlive {
  /** Nothing the library can set closes a connection. */
  readonly closes: "nothing";
  /** The edge, for messages, e.g. `Container Apps ingress (azure.ingress "direct")`. */
  readonly edge: string;
}

/** What a cloud's edge offers to bound an open client connection. */
export type EdgeConnectionControl = EdgeKeepAlive | EdgeWithoutKeepAlive;
