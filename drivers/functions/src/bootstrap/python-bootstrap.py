# Shipyard function instance bootstrap for Python. Started by ProcessFunctionRuntime as
#   python3 -u -B python-bootstrap.py <codeDir> <file> <export> <functionId> <version> <memoryMb>
# Protocol: newline-delimited JSON on fd 3 (a socket pair with the parent), one invocation at a time.
# sys.stdout/sys.stderr (print, logging) become `log` frames on the same channel.
import importlib.util
import json
import os
import resource
import sys
import time
import traceback
import types

code_dir, file, export_name, function_id, version, memory_mb = sys.argv[1:7]
memory_limit = int(memory_mb) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

CHAN = 3
os.set_blocking(CHAN, True)
current = None
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except OSError:
        return 0


def send_raw(data):
    view = memoryview(data)
    while view:
        n = os.write(CHAN, view)
        view = view[n:]


def send(msg):
    send_raw((json.dumps(msg) + "\n").encode("utf-8"))


class ChannelWriter:
    def __init__(self, stream):
        self.stream = stream
        self.encoding = "utf-8"

    def write(self, s):
        if not isinstance(s, str):
            s = str(s)
        if s:
            send({"t": "log", "id": current, "s": self.stream, "d": s})
        return len(s)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True


sys.stdout = ChannelWriter("stdout")
sys.stderr = ChannelWriter("stderr")


def serialise_error(e):
    return {
        "message": str(e) or type(e).__name__,
        "type": type(e).__name__,
        "stack": "".join(traceback.format_exception(type(e), e, e.__traceback__)),
    }


def memory_error():
    return {
        "message": "Memory limit exceeded: the function needed more than %s MB." % memory_mb,
        "type": "MemoryLimitExceeded",
    }


try:
    os.chdir(code_dir)
    sys.path.insert(0, code_dir)
    module_name = file[: -len(".py")].replace("/", ".")
    spec = importlib.util.spec_from_file_location(module_name, os.path.join(code_dir, file))
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    handler = getattr(module, export_name, None)
    if not callable(handler):
        raise TypeError('%s does not define a function named "%s".' % (file, export_name))
except MemoryError:
    send({"t": "init_error", "error": memory_error()})
    sys.exit(1)
except BaseException as e:  # noqa: BLE001 - report any load failure to the parent
    send({"t": "init_error", "error": serialise_error(e)})
    sys.exit(1)


def run(req):
    global current
    rid = req["id"]
    current = rid
    deadline = req["deadline"]
    context = types.SimpleNamespace(
        request_id=rid,
        function_id=function_id,
        function_version=version,
        memory_limit_in_mb=int(memory_mb),
        get_remaining_time_in_millis=lambda: max(0, int(deadline - time.time() * 1000)),
    )
    out_of_memory = False
    frame = None
    try:
        value = handler(req["event"], context)
        if isinstance(value, types.CoroutineType):
            import asyncio  # only async handlers pay for importing asyncio

            value = asyncio.run(value)
        try:
            body = json.dumps(value)
        except (TypeError, ValueError) as e:
            raise TypeError("The handler's return value is not JSON-serialisable: %s" % e) from None
        frame = '{"t":"result","id":%s,"ok":true,"rss":%d,"value":%s}\n' % (json.dumps(rid), rss(), body)
    except MemoryError:
        out_of_memory = True
    except SystemExit as e:
        frame = json.dumps({"t": "result", "id": rid, "ok": False, "rss": rss(), "fatal": True,
                            "error": {"message": "The handler called sys.exit(%s)." % e.code, "type": "SystemExit"}}) + "\n"
    except BaseException as e:  # noqa: BLE001 - every handler failure is reported
        frame = json.dumps({"t": "result", "id": rid, "ok": False, "rss": rss(), "error": serialise_error(e)}) + "\n"
    if out_of_memory:
        frame = json.dumps({"t": "result", "id": rid, "ok": False, "rss": rss(), "fatal": True, "error": memory_error()}) + "\n"
    current = None
    send_raw(frame.encode("utf-8"))


send({"t": "ready", "pid": os.getpid(), "rss": rss()})
buf = b""
while True:
    chunk = os.read(CHAN, 65536)
    if not chunk:
        break
    buf += chunk
    while b"\n" in buf:
        line, buf = buf.split(b"\n", 1)
        if line:
            run(json.loads(line))
