import { describe, expect, it } from "vitest";
import { DockerEngineError } from "./engine-error.ts";
import { type EngineMessage, JsonMessageSplitter, readEngineMessages, toEngineEvent } from "./json-messages.ts";

async function messages(chunks: (string | Uint8Array)[], maxMessageChars?: number): Promise<EngineMessage[]> {
  const out: EngineMessage[] = [];
  for await (const m of readEngineMessages(
    (async function* () {
      yield* chunks;
    })(),
    { maxMessageChars },
  )) {
    out.push(m);
  }
  return out;
}

// What dockerd 20.10 answered to a build whose RUN exits 3, and to a push (recorded from a real engine).
const FAILED_BUILD = [
  '{"stream":"Step 1/2 : FROM shipyard-test/base:1"}\r\n',
  '{"stream":"\\n"}\r\n',
  '{"stream":" ---\\u003e 59332a3f5faa\\n"}\r\n',
  '{"stream":"Step 2/2 : RUN echo boom \\u003e\\u00262; exit 3"}\r\n',
  '{"stream":"\\u001b[91mboom\\n\\u001b[0m"}\r\n',
  '{"errorDetail":{"code":3,"message":"The command \'/bin/sh -c echo boom \\u003e\\u00262; exit 3\' returned a non-zero code: 3"},"error":"The command \'/bin/sh -c echo boom \\u003e\\u00262; exit 3\' returned a non-zero code: 3"}\r\n',
].join("");
const PUSH_END = [
  '{"status":"Pushed","progressDetail":{},"id":"fec4dab6a24e"}\r\n',
  '{"status":"1: digest: sha256:9ee3846c299694813d6e3b523ed2916521c6226e4e7f09fb86b2ef1e97342d1d size: 942"}\r\n',
  '{"progressDetail":{},"aux":{"Tag":"1","Digest":"sha256:9ee3846c299694813d6e3b523ed2916521c6226e4e7f09fb86b2ef1e97342d1d","Size":942}}\r\n',
].join("");

describe("engine progress streams", () => {
  it("reads a failed build: log lines, then the error with the step's exit code", async () => {
    const events = (await messages([FAILED_BUILD])).map(toEngineEvent);
    expect(events.slice(0, 2)).toEqual([
      { type: "log", text: "Step 1/2 : FROM shipyard-test/base:1" },
      { type: "log", text: "\n" },
    ]);
    expect(events[4]).toEqual({ type: "log", text: "\u001b[91mboom\n\u001b[0m" });
    expect(events[5]).toEqual({
      type: "error",
      message: "The command '/bin/sh -c echo boom >&2; exit 3' returned a non-zero code: 3",
      code: 3,
    });
  });

  it("reads the digest of a push from its aux message", async () => {
    const events = (await messages([PUSH_END])).map(toEngineEvent);
    expect(events[0]).toMatchObject({ type: "status", status: "Pushed", id: "fec4dab6a24e" });
    expect(events[2]).toEqual({
      type: "aux",
      aux: { Tag: "1", Digest: "sha256:9ee3846c299694813d6e3b523ed2916521c6226e4e7f09fb86b2ef1e97342d1d", Size: 942 },
    });
  });

  it("gives the same messages however the bytes are cut, also inside a UTF-8 character", async () => {
    const all = new TextEncoder().encode(`${FAILED_BUILD}{"stream":"grüße ✓\\n"}\n${PUSH_END}`);
    const whole = await messages([all]);
    expect(whole).toHaveLength(10);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < all.length; i += size) chunks.push(all.subarray(i, i + size));
      expect(await messages(chunks)).toEqual(whole);
    }
    expect(whole[6]?.stream).toBe("grüße ✓\n");
  });

  it("splits objects with no line breaks between them and braces inside strings", async () => {
    const got = await messages(['{"stream":"a } {"}{"stream":"b \\" }"}', '  {"status":"c"}']);
    expect(got).toEqual([{ stream: "a } {" }, { stream: 'b " }' }, { status: "c" }]);
  });

  it("an error line wins over the rest of its message, and an error without words still fails", () => {
    expect(toEngineEvent({ stream: "x", error: "boom" })).toEqual({ type: "error", message: "boom", code: undefined });
    expect(toEngineEvent({ errorDetail: {} })).toMatchObject({ type: "error", message: expect.stringMatching(/without words/) });
    expect(toEngineEvent({})).toBeUndefined();
  });

  it("keeps only well-typed fields", async () => {
    const [m] = await messages(['{"stream":1,"status":"ok","aux":[1],"progressDetail":{"current":"x","total":5},"extra":true}']);
    expect(m).toEqual({ status: "ok", progressDetail: { current: undefined, total: 5 } });
  });

  it("refuses text between objects, invalid JSON, a stream cut inside a message, and messages over the limit", async () => {
    await expect(messages(['{"a":1} garbage {"b":2}'])).rejects.toThrow(/not JSON objects/);
    await expect(messages(['{"a":tru}'])).rejects.toThrow(/not valid JSON/);
    const cut = await messages(['{"stream":"x"}{"stream":"y']).catch((e: unknown) => e);
    expect(cut).toBeInstanceOf(DockerEngineError);
    expect((cut as DockerEngineError).code).toBe("unavailable");
    await expect(messages([`{"stream":"${"x".repeat(200)}`], 100)).rejects.toThrow(/longer than 100/);
  });

  it("scans each character once however small the pieces (no quadratic rescans)", () => {
    const splitter = new JsonMessageSplitter();
    const big = `{"stream":"${"x".repeat(200_000)}"}`;
    const started = performance.now();
    let out: string[] = [];
    for (const c of big) out = out.concat(splitter.push(c));
    expect(out).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
