import { ComputeFirewall } from "@cdktf/provider-google/lib/compute-firewall";
import { ComputeNetwork } from "@cdktf/provider-google/lib/compute-network";
import { ComputeRouter } from "@cdktf/provider-google/lib/compute-router";
import { ComputeRouterNat } from "@cdktf/provider-google/lib/compute-router-nat";
import { ComputeSubnetwork } from "@cdktf/provider-google/lib/compute-subnetwork";
import { Construct } from "constructs";
import { DatacentreModel, ServiceModel } from "../../../model/service-model";
import { physicalName } from "../../../naming/physical-name";
import { subdivide } from "../../../network/cidr";
import { GCP_SUBNET_PREFIX } from "../gcp-constants";
import { gcpNameParts } from "../gcp-names";
import { createEgressFirewall } from "./egress-firewall";

/** The network Cloud Run's egress goes through. */
export interface GcpNetwork {
  /** The VPC network (custom subnets). */
  readonly network: ComputeNetwork;
  /** The private subnet (first /20 of the datacentre CIDR) with flow logs and Private Google Access. */
  readonly subnet: ComputeSubnetwork;
  /** Cloud Router of the NAT. */
  readonly router: ComputeRouter;
  /** Cloud NAT: the subnet's only path to the internet. */
  readonly nat: ComputeRouterNat;
  /** Egress firewall rules: HTTPS and `network.allowOutbound` allowed, everything else denied. */
  readonly egressFirewall: readonly ComputeFirewall[];
}

/**
 * Creates the VPC network, the private subnet, the Cloud Router and Cloud NAT
 * (IDs `network`, `subnet`, `router`, `nat`) and the egress allow-list
 * (`createEgressFirewall`): Cloud Run sends all egress through the subnet and
 * the NAT, and only HTTPS and the declared destinations get out.
 */
export function createNetwork(scope: Construct, service: ServiceModel, dc: DatacentreModel): GcpNetwork {
  const region = dc.region.name;
  const name = (role?: string) => gcpNameParts(service, region, role);
  const network = new ComputeNetwork(scope, "network", { name: physicalName("computeNetworkName", name()), autoCreateSubnetworks: false, routingMode: "REGIONAL" });
  const [subnetCidr] = subdivide(dc.cidr, GCP_SUBNET_PREFIX, 1);
  const subnet = new ComputeSubnetwork(scope, "subnet", {
    name: physicalName("computeSubnetworkName", name("run")),
    network: network.id,
    region,
    ipCidrRange: subnetCidr,
    privateIpGoogleAccess: true,
    logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 0.5, metadata: "INCLUDE_ALL_METADATA" },
  });
  const router = new ComputeRouter(scope, "router", { name: physicalName("computeRouterName", name()), network: network.id, region });
  const nat = new ComputeRouterNat(scope, "nat", {
    name: physicalName("computeRouterNatName", name()),
    router: router.name,
    region,
    natIpAllocateOption: "AUTO_ONLY",
    sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
    subnetwork: [{ name: subnet.id, sourceIpRangesToNat: ["ALL_IP_RANGES"] }],
    logConfig: { enable: true, filter: "ERRORS_ONLY" },
  });
  const egressFirewall = createEgressFirewall(scope, network, service, region);
  return { network, subnet, router, nat, egressFirewall };
}
