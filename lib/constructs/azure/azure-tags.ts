import { IAspect, TerraformResource } from "cdktf";
import { IConstruct } from "constructs";
import { POLICY_NEUTRAL } from "../../policy/policy-pack";

/** An azurerm resource that takes tags. */
interface Taggable {
  tags: Record<string, string>;
  readonly tagsInput?: Record<string, string>;
}

function isTaggable(node: IConstruct): node is TerraformResource & Taggable {
  return node instanceof TerraformResource && "tagsInput" in node && node.terraformResourceType.startsWith("azurerm_");
}

/**
 * Adds tags to every taggable azurerm resource under the scope it is added to.
 * Tags already set on a resource win over these, so a user can override one.
 */
export class AzureTags implements IAspect {
  /** Tags change nothing a policy rule reads. */
  public readonly [POLICY_NEUTRAL] = true;

  constructor(private readonly tags: Readonly<Record<string, string>>) {}

  public visit(node: IConstruct): void {
    if (!isTaggable(node)) return;
    node.tags = { ...this.tags, ...(node.tagsInput ?? {}) };
  }
}
