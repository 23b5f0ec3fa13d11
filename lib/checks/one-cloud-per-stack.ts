import { CloudName } from "../model/cloud";
import { CLOUD_FOOTPRINTS, cloudOfProvider, NEUTRAL_BACKENDS, NEUTRAL_PROVIDERS } from "./cloud-ownership";
import { asObject, blocks } from "../private/terraform-values";
import { Finding } from "./finding";
import { providerOfType, SynthesizedStack, terraformBlocks } from "../terraform/terraform-json";

const CHECK = "one-cloud-per-stack" as const;

/**
 * Failure-domain independence: every stack's providers, required
 * providers, state backend, `terraform_remote_state` reads and resource and
 * data source types belong to one cloud (plus cloud-neutral providers such as
 * `random`).
 *
 * @param stacks the synthesized stacks
 * @param expected the cloud each stack must belong to, by stack name (global
 *   stacks belong to their DNS cloud); a stack not listed belongs to the cloud
 *   of its providers, and providers from two clouds are a finding themselves
 */
export function checkOneCloudPerStack(stacks: readonly SynthesizedStack[], expected: Readonly<Record<string, CloudName>> = {}): Finding[] {
  return stacks.flatMap((stack) => checkStack(stack, expected[stack.name]));
}

function checkStack(stack: SynthesizedStack, expectedCloud: CloudName | undefined): Finding[] {
  const findings: Finding[] = [];
  const finding = (address: string, message: string): void => {
    findings.push({ check: CHECK, stack: stack.name, address, message });
  };
  const json = stack.json;
  const terraform = asObject(json.terraform) ?? {};
  const providerNames = Object.keys(asObject(json.provider) ?? {});
  const required = Object.keys(asObject(terraform.required_providers) ?? {});
  const declared = terraformBlocks(json);

  const cloudsSeen = new Set<CloudName>();
  for (const p of [...providerNames, ...required, ...declared.map((b) => providerOfType(b.type))]) {
    const c = cloudOfProvider(p);
    if (c) cloudsSeen.add(c);
  }
  let cloud = expectedCloud;
  if (cloud === undefined) {
    const fromProviders = new Set(providerNames.map(cloudOfProvider).filter((c): c is CloudName => c !== undefined));
    if (fromProviders.size > 1) {
      finding("provider", `providers of more than one cloud (${[...fromProviders].join(", ")}); allowed: the providers of one cloud`);
      return findings;
    }
    cloud = [...fromProviders][0] ?? (cloudsSeen.size === 1 ? [...cloudsSeen][0] : undefined);
    if (cloud === undefined) {
      if (cloudsSeen.size > 1) finding("resource", `resources of more than one cloud (${[...cloudsSeen].join(", ")}) and no provider to tell which is its own`);
      return findings;
    }
  }
  const own = CLOUD_FOOTPRINTS[cloud];
  const allowedProviders = `${own.providers.join(", ")} (${cloud}) or a cloud-neutral provider (${NEUTRAL_PROVIDERS.join(", ")})`;
  const allowedBackends = `${own.backends.join(", ")} (${cloud}) or ${NEUTRAL_BACKENDS.join(", ")}`;
  const providerOk = (p: string): boolean => own.providers.includes(p) || NEUTRAL_PROVIDERS.includes(p);
  const backendOk = (b: string): boolean => own.backends.includes(b) || NEUTRAL_BACKENDS.includes(b);

  for (const p of providerNames) if (!providerOk(p)) finding(`provider.${p}`, `provider ${p} in a ${cloud} stack; allowed: ${allowedProviders}`);
  for (const p of required) if (!providerOk(p)) finding(`terraform.required_providers.${p}`, `required provider ${p} in a ${cloud} stack; allowed: ${allowedProviders}`);
  for (const b of Object.keys(asObject(terraform.backend) ?? {})) {
    if (!backendOk(b)) finding(`terraform.backend.${b}`, `state backend ${b} in a ${cloud} stack; allowed: ${allowedBackends}`);
  }
  for (const block of declared) {
    const provider = providerOfType(block.type);
    if (!providerOk(provider)) {
      finding(block.address, `${block.kind === "data" ? "data source" : "resource"} type ${block.type} (provider ${provider}) in a ${cloud} stack; allowed: types of ${allowedProviders}`);
    }
    const explicitProvider = block.config.provider;
    if (typeof explicitProvider === "string") {
      const name = explicitProvider.replace(/^\$\{|\}$/g, "").split(".")[0];
      if (!providerOk(name)) finding(block.address, `uses provider ${explicitProvider} in a ${cloud} stack; allowed: ${allowedProviders}`);
    }
    if (block.kind === "data" && block.type === "terraform_remote_state") {
      const backend = block.config.backend;
      if (typeof backend !== "string" || !backendOk(backend)) {
        finding(block.address, `remote state read from backend ${JSON.stringify(backend)} in a ${cloud} stack; allowed: ${allowedBackends}`);
      }
    }
  }
  for (const [name, mod] of Object.entries(asObject(json.module) ?? {})) {
    for (const providers of blocks(asObject(mod)?.providers)) {
      for (const ref of Object.values(providers)) {
        const p = typeof ref === "string" ? ref.replace(/^\$\{|\}$/g, "").split(".")[0] : "";
        if (!providerOk(p)) finding(`module.${name}`, `passes provider ${String(ref)} in a ${cloud} stack; allowed: ${allowedProviders}`);
      }
    }
  }
  return findings;
}
