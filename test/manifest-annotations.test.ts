import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { groupManifestAnnotations } from "../lib/cli/manifest-annotations";

const warn = (stack: string, message: string) => ({ constructPath: `orders/${stack}`, level: "@cdktf/warn", message, stacktrace: ["at x"] });
const stack = (name: string, annotations: unknown[]) => ({ annotations, constructPath: `orders/${name}`, name, synthesizedStackPath: `stacks/${name}/cdk.tf.json` });

describe("groupManifestAnnotations", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "dualcloud-manifest-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (stacks: ReturnType<typeof stack>[]) => writeFileSync(join(dir, "manifest.json"), JSON.stringify({ stacks: Object.fromEntries(stacks.map((s) => [s.name, s])), version: "0.21.0" }, undefined, 2));
  const read = () => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { stacks: Record<string, { annotations: unknown[] }>; version: string };

  it("given one kind of warning on three stacks, records it once on the first, naming the three", () => {
    write(["a", "b", "c"].map((n) => stack(n, [warn(n, `dualcloud: ${n} keeps state locally`)])));
    const groups = groupManifestAnnotations(dir);
    expect(groups).toEqual([{ level: "WARN", message: "dualcloud: <stack> keeps state locally", stacks: ["a", "b", "c"] }]);
    const m = read();
    expect(m.stacks.a.annotations).toEqual([{ constructPath: "a, b, c", level: "@cdktf/warn", message: "dualcloud: <stack> keeps state locally" }]);
    expect(m.stacks.b.annotations).toEqual([]);
    expect(m.stacks.c.annotations).toEqual([]);
    expect(m.version).toBe("0.21.0");
  });

  it("given different kinds, an error and an info, keeps one line per kind (errors first) and the info as it was", () => {
    const info = { constructPath: "orders/b/x", level: "@cdktf/info", message: "suppressed" };
    write([
      stack("a", [warn("a", "aws warning"), warn("a", "shared")]),
      stack("b", [warn("b", "shared"), info, { constructPath: "orders/b", level: "@cdktf/error", message: "broken" }]),
    ]);
    expect(groupManifestAnnotations(dir).map((g) => `${g.level} ${g.stacks.join("+")} ${g.message}`)).toEqual(["ERROR b broken", "WARN a aws warning", "WARN a+b shared"]);
    const m = read();
    expect(m.stacks.a.annotations).toHaveLength(2);
    expect(m.stacks.b.annotations).toEqual([{ constructPath: "b", level: "@cdktf/error", message: "broken" }, info]);
  });
});
