import { RoutingModel } from "../../model/service-model";
import { GlobalEndpoint } from "./global-endpoint";
import { GlobalLayerInputSources, SubtreeCertificateValidation, SubtreeNameServers, VerificationLabels } from "./subtree-delegation";

/** What both global layers (Route 53 and Traffic Manager) are built from. */
export interface GlobalLayerProps {
  /** The public hostname clients use, e.g. `orders.example.com`. */
  readonly domain: string;
  /** The DNS zone that contains `domain` (looked up by name in the layer's cloud). */
  readonly zoneName: string;
  /** Path every probe requests over HTTPS, e.g. `/health`. */
  readonly healthCheckPath: string;
  /** Policy, probe interval, failure threshold, timeout and TTL. */
  readonly routing: RoutingModel;
  /** Every datacentre endpoint, from `globalEndpoints(model)` or built by hand. */
  readonly endpoints: readonly GlobalEndpoint[];
  /**
   * Name servers of each other cloud's endpoint subtree: `<cloud>.<domain>` is
   * delegated to `nameServers[cloud]` for every other cloud with an endpoint
   * (or with name servers given here).
   * @default - no delegation is written, and synth warns for each cloud with an endpoint
   */
  readonly nameServers?: SubtreeNameServers;
  /**
   * Certificate-validation CNAMEs each other cloud's certificates need from
   * this copy (`dns.certificateValidation`): the layer writes every record of
   * another cloud that is not inside that cloud's subtree `<cloud>.<domain>`.
   * @default - none, and synth warns for each other cloud with an endpoint and a `certificateValidation` source
   */
  readonly certificateValidation?: SubtreeCertificateValidation;
  /**
   * Where each static input comes from (`<stack> output <name>`), for the synth warnings while one is missing.
   * @default - the warnings name no stack, and none is given for missing certificate-validation records
   */
  readonly inputSources?: GlobalLayerInputSources;
  /**
   * Labels each cloud validates through DNS (`CloudAdapter.verificationLabels`):
   * for every other cloud with an endpoint, CNAME `<label>.<domain>` ->
   * `<label>.<cloud>.<domain>`.
   * @default - none
   */
  readonly verificationLabels?: VerificationLabels;
}
