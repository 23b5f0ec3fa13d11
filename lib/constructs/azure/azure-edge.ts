import { EdgeConnectionControl, EdgeKeepAlive } from "../../model/edge";
import { AzureModel } from "./azure-options";

/**
 * The Application Gateway's frontend TCP idle timeout, set on its public IP
 * (`azurerm_public_ip.idle_timeout_in_minutes`, 4 to 30 minutes, default 4).
 * The gateway has no client keep-alive setting: its HTTP/1.1 keep-alive is a
 * fixed 120 s, shorter than this timeout. Both close idle connections only
 * (docs/failover.md has the sources).
 */
export const AZURE_GATEWAY_KEEP_ALIVE: EdgeKeepAlive = {
  setting: "Application Gateway public IP idle_timeout_in_minutes",
  minSeconds: 240,
  maxSeconds: 1800,
  stepSeconds: 60,
  closes: "idle connections",
};

/**
 * The Azure edge's control over open connections: the gateway's idle timeout,
 * or nothing under `azure.ingress: "direct"` (the Container Apps ingress has no
 * client connection setting in azurerm 4.55).
 */
export function azureEdgeConnectionControl(options: unknown): EdgeConnectionControl {
  const ingress = (options as AzureModel | undefined)?.ingress;
  return ingress === "direct" ? { closes: "nothing", edge: 'Container Apps ingress (azure.ingress "direct")' } : AZURE_GATEWAY_KEEP_ALIVE;
}
