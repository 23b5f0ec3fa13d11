import { CloudName, cloudPlugin } from "../clouds/registry";
import { nameServerSetProblem } from "../model/name-server-set";
import { FieldChecker } from "./checker";

/**
 * Fails `field` unless `names` (lower case, without trailing dots) is the full
 * name-server set of one zone in `cloud`'s DNS (`CloudPlugin.nameServerSet`):
 * a partial set answers only part of the lookups, a foreign one not at all.
 */
export function checkNameServerSet(check: FieldChecker, field: string, cloud: CloudName, names: readonly string[]): void {
  const rule = cloudPlugin(cloud).nameServerSet;
  const bare = names.map((n) => n.toLowerCase().replace(/\.$/, ""));
  const problem = nameServerSetProblem(rule, bare);
  if (problem !== undefined) check.fail(field, names, `${rule.allowed}, e.g. ${rule.example.join(", ")}; got ${bare.join(", ")}: ${problem}`);
}
