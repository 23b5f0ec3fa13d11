import { Lazy, Tokenization } from "cdktf";
import { buildService } from "./support/synth";

function creationStackOfNewToken(cdktf: typeof import("cdktf")): string[] {
  const token = cdktf.Lazy.stringValue({ produce: () => "x" });
  return cdktf.Tokenization.reverseString(token).firstToken!.creationStack;
}

describe("token stack traces", () => {
  it("given a DualCloudService, stops cdktf capturing a stack trace per token", () => {
    buildService();
    expect(creationStackOfNewToken({ Lazy, Tokenization } as typeof import("cdktf"))).toEqual([]);
  });

  it("given DUALCLOUD_TOKEN_STACK_TRACES=1, keeps them for debugging", () => {
    process.env.DUALCLOUD_TOKEN_STACK_TRACES = "1";
    try {
      jest.isolateModules(() => {
        /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry needs require */
        const cdktf = require("cdktf") as typeof import("cdktf");
        const { disableTokenStackTraces } = require("../lib/private/token-stack-traces") as typeof import("../lib/private/token-stack-traces");
        expect(disableTokenStackTraces()).toBe(false);
        expect(creationStackOfNewToken(cdktf).length).toBeGreaterThan(0);
        /* eslint-enable @typescript-eslint/no-require-imports */
      });
    } finally {
      delete process.env.DUALCLOUD_TOKEN_STACK_TRACES;
    }
  });
});
