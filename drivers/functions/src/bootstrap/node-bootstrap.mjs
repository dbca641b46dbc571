// Shipyard function instance bootstrap for Node. Started by ProcessFunctionRuntime as
//   node --max-old-space-size=N node-bootstrap.mjs <codeDir> <file> <export> <functionId> <version> <memoryMb>
// Protocol: newline-delimited JSON on fd 3 (a socket pair with the parent), one invocation at a time.
// stdout/stderr writes (console.*) are turned into `log` frames on the same channel, so they stay in
// order with the result and can never corrupt the protocol.
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [codeDir, file, exportName, functionId, version, memoryMb] = process.argv.slice(2);
const chan = new net.Socket({ fd: 3, readable: true, writable: true });
let current = null;
let deadline = 0;

const send = (msg) => chan.write(`${JSON.stringify(msg)}\n`);
const rss = () => process.memoryUsage.rss();

function serialiseError(e) {
  if (e instanceof Error) return { message: e.message, type: e.name, stack: e.stack };
  return { message: typeof e === "string" ? e : (JSON.stringify(e) ?? String(e)), type: typeof e };
}

for (const name of ["stdout", "stderr"]) {
  const stream = process[name];
  stream.write = (chunk, encoding, cb) => {
    const d = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    send({ t: "log", id: current, s: name, d });
    const done = typeof encoding === "function" ? encoding : cb;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
}

function finish(frame) {
  current = null;
  chan.write(frame);
}

process.on("uncaughtException", (e) => {
  const id = current;
  if (id !== null) {
    finish(`${JSON.stringify({ t: "result", id, ok: false, error: serialiseError(e), rss: rss(), fatal: true })}\n`);
  } else {
    send({ t: "log", id: null, s: "stderr", d: `Uncaught ${e?.stack ?? e}\n` });
  }
  chan.end(() => process.exit(1));
});

async function run(req) {
  const id = req.id;
  current = id;
  deadline = req.deadline;
  const context = {
    requestId: id,
    functionId,
    functionVersion: version,
    memoryLimitMb: Number(memoryMb),
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  let frame;
  try {
    const value = await handler(req.event, context);
    let json;
    try {
      json = value === undefined ? "null" : (JSON.stringify(value) ?? "null");
    } catch (e) {
      throw new TypeError(`The handler's return value is not JSON-serialisable: ${e.message}`);
    }
    frame = `{"t":"result","id":${JSON.stringify(id)},"ok":true,"rss":${rss()},"value":${json}}\n`;
  } catch (e) {
    frame = `${JSON.stringify({ t: "result", id, ok: false, error: serialiseError(e), rss: rss() })}\n`;
  }
  if (current === id) finish(frame);
}

let handler;
try {
  process.chdir(codeDir);
  const mod = await import(pathToFileURL(path.join(codeDir, file)).href);
  handler = mod[exportName] ?? mod.default?.[exportName];
  if (typeof handler !== "function") {
    throw new TypeError(`${file} does not export a function named "${exportName}".`);
  }
} catch (e) {
  send({ t: "init_error", error: serialiseError(e) });
  chan.end(() => process.exit(1));
}

if (handler) {
  let buf = "";
  chan.setEncoding("utf8");
  chan.on("data", (data) => {
    buf += data;
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line) void run(JSON.parse(line));
    }
  });
  chan.on("end", () => process.exit(0));
  send({ t: "ready", pid: process.pid, rss: rss() });
}
