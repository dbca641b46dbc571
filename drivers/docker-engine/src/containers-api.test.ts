import { describe, expect, it } from "vitest";
import { demultiplexStream, readJsonObjects, type StreamFrame, splitLines } from "./containers-api.ts";
import { DockerEngineError } from "./engine-error.ts";

const frame = (stream: 0 | 1 | 2, text: string): Buffer => {
  const body = Buffer.from(text, "utf8");
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
};

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p;
}

async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const texts = (frames: StreamFrame[]) => frames.map((f) => [f.stream, f.data.toString("utf8")]);

describe("demultiplexStream", () => {
  it("tells stdout from stderr frames", async () => {
    const frames = await drain(
      demultiplexStream(chunks(Buffer.concat([frame(1, "out\n"), frame(2, "err\n"), frame(1, "more\n")]))),
    );
    expect(texts(frames)).toEqual([
      ["stdout", "out\n"],
      ["stderr", "err\n"],
      ["stdout", "more\n"],
    ]);
  });

  it("joins frames torn across chunks, even inside the header", async () => {
    const all = Buffer.concat([frame(2, "hello world"), frame(1, "x")]);
    const parts = [all.subarray(0, 3), all.subarray(3, 10), all.subarray(10, 21), all.subarray(21)];
    expect(texts(await drain(demultiplexStream(chunks(...parts))))).toEqual([
      ["stderr", "hello world"],
      ["stdout", "x"],
    ]);
  });

  it("yields one byte at a time fed as well", async () => {
    const all = frame(1, "héllo");
    const bytes = [...all].map((b) => Uint8Array.of(b));
    expect(texts(await drain(demultiplexStream(chunks(...bytes))))).toEqual([["stdout", "héllo"]]);
  });

  it("yields what arrived of a frame cut short, and skips empty frames", async () => {
    const cut = frame(1, "abcdef").subarray(0, 11);
    expect(texts(await drain(demultiplexStream(chunks(frame(2, ""), cut))))).toEqual([["stdout", "abc"]]);
  });

  it("refuses bytes that are not frames (a TTY's raw output)", async () => {
    await expect(drain(demultiplexStream(chunks(Buffer.from("plain text output\n"))))).rejects.toBeInstanceOf(DockerEngineError);
  });
});

describe("splitLines", () => {
  it("splits per stream, keeps partial lines of each stream apart, and drops \\r", async () => {
    const frames: StreamFrame[] = [
      { stream: "stdout", data: Buffer.from("one\r\ntw") },
      { stream: "stderr", data: Buffer.from("err") },
      { stream: "stdout", data: Buffer.from("o\nthree") },
      { stream: "stderr", data: Buffer.from("or\n") },
    ];
    expect(
      await drain(
        splitLines(
          (async function* () {
            yield* frames;
          })(),
        ),
      ),
    ).toEqual([
      { stream: "stdout", line: "one" },
      { stream: "stdout", line: "two" },
      { stream: "stderr", line: "error" },
      { stream: "stdout", line: "three" },
    ]);
  });

  it("decodes UTF-8 split across frames", async () => {
    const bytes = Buffer.from("é\n");
    const frames: StreamFrame[] = [
      { stream: "stdout", data: bytes.subarray(0, 1) },
      { stream: "stdout", data: bytes.subarray(1) },
    ];
    expect(
      await drain(
        splitLines(
          (async function* () {
            yield* frames;
          })(),
        ),
      ),
    ).toEqual([{ stream: "stdout", line: "é" }]);
  });
});

describe("readJsonObjects", () => {
  it("decodes objects torn across chunks", async () => {
    const text = Buffer.from('{"a":1}\n{"b":"x}y"}\r\n');
    expect(await drain(readJsonObjects(chunks(text.subarray(0, 5), text.subarray(5))))).toEqual([{ a: 1 }, { b: "x}y" }]);
  });
});
