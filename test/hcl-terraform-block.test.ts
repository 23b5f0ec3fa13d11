import { Testing, TerraformStack } from "cdktf";
import { repairTerraformBlockHcl } from "../lib/private/hcl-terraform-block";
import { buildService, FIVE_DATACENTRES } from "./support/synth";
import { itWithGcp } from "./support/core";

const BROKEN = 'terraform {\nrequired_providers {\n}\n\n  0 = "required_version"\n}\nresource "x" "y" {\n}';

describe("the terraform block in HCL output (cdktf 0.21 writes `0 = \"required_version\"`)", () => {
  it("given cdktf's broken attribute lines, then they become `name = value`", () => {
    const repaired = repairTerraformBlockHcl({ hcl: BROKEN, metadata: { terraform: { required_version: ">= 1.11", required_providers: {} } } });
    expect(repaired.hcl).toBe('terraform {\nrequired_providers {\n}\n\n  required_version = ">= 1.11"\n}\nresource "x" "y" {\n}');
  });

  it("given two plain attributes, then both are written with their values, numbers unquoted", () => {
    const hcl = 'terraform {\n  0 = "required_version"\n  1 = "experiments_level"\n}';
    const repaired = repairTerraformBlockHcl({ hcl, metadata: { terraform: { required_version: ">= 1.11", experiments_level: 2 } } });
    expect(repaired.hcl).toBe('terraform {\n  required_version = ">= 1.11"\n  experiments_level = 2\n}');
  });

  it("given HCL without the broken lines (a fixed renderer), then nothing changes", () => {
    const hcl = 'terraform {\n  required_version = ">= 1.11"\n}';
    expect(repairTerraformBlockHcl({ hcl, metadata: { terraform: { required_version: ">= 1.11" } } }).hcl).toBe(hcl);
  });

  it("given a value the terraform block cannot hold as a plain attribute, then it refuses instead of writing wrong HCL", () => {
    expect(() => repairTerraformBlockHcl({ hcl: 'terraform {\n  0 = "odd"\n}', metadata: { terraform: { odd: { a: 1 } } } })).toThrow(/terraform\.odd is not a string, number or boolean/);
  });

  itWithGcp("given every stack of a five-datacentre service, then its HCL declares required_version and never `0 = `, and its JSON is unchanged", () => {
    const { service } = buildService({ datacentres: FIVE_DATACENTRES, gcp: { projectId: "acme-orders" } });
    const stacks: TerraformStack[] = [...service.datacentreStacks, ...Object.values(service.globalStacks)];
    for (const stack of stacks) {
      const hcl = (stack.toHclTerraform() as { hcl: string }).hcl;
      expect({ stack: stack.node.id, ok: hcl.includes('\n  required_version = ">= 1.11"\n}'), broken: hcl.includes('0 = "required_version"') }).toEqual({ stack: stack.node.id, ok: true, broken: false });
      expect(JSON.parse(Testing.synth(stack)).terraform.required_version).toBe(">= 1.11");
    }
  });
});
