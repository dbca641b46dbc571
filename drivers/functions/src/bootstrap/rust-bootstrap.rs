// Shipyard function instance shim for Rust: the crate root ProcessFunctionRuntime compiles with rustc
// (standard library only, no crates) as shipyard_main.rs, with the handler's file as module `user`
// (__SHIPYARD_FILE__ and __SHIPYARD_HANDLER__ are replaced). Started as
//   <binary> <codeDir> <file> <export> <functionId> <version> <memoryMb>
// Protocol: newline-delimited JSON on fd 3 (a socket pair with the parent), one invocation at a time.
// fd 1 and 2 (println!, eprintln!, subprocesses) share one pipe, read here and sent as `log` frames
// (stream "stdout"): one pipe keeps the order of lines across both, and it is drained before each
// result, so logs stay in order with it.
//
// Handler signature: pub fn handler(event: &str) -> Result<String, E> where E: Display (String is fine);
// the event and the Ok value are JSON text (the Ok value is validated and compacted here).

#[path = "__SHIPYARD_FILE__"]
mod user;

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::io::FromRawFd;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

extern "C" {
    fn pipe2(fds: *mut i32, flags: i32) -> i32;
    fn dup2(old: i32, new: i32) -> i32;
    fn fcntl(fd: i32, cmd: i32, ...) -> i32;
    fn sysconf(name: i32) -> i64;
}

// Linux values (the same on x86_64 and aarch64).
const O_CLOEXEC: i32 = 0o2000000;
const O_NONBLOCK: i32 = 0o4000;
const F_SETFD: i32 = 2;
const F_GETFL: i32 = 3;
const F_SETFL: i32 = 4;
const FD_CLOEXEC: i32 = 1;
const SC_PAGESIZE: i32 = 30;
const SENTINEL: &[u8] = b"\x00shipyard-sync\x00";

static CHAN: Mutex<Option<File>> = Mutex::new(None);
/// The running invocation's id as JSON; None between invocations.
static CURRENT: Mutex<Option<String>> = Mutex::new(None);
/// The last panic of the main thread, with its location.
static PANIC: Mutex<Option<String>> = Mutex::new(None);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn send(frame: &str) {
    let mut chan = lock(&CHAN);
    if let Some(f) = chan.as_mut() {
        if f.write_all(frame.as_bytes()).is_err() {
            std::process::exit(1); // the parent is gone
        }
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn log(data: &[u8]) {
    if data.is_empty() {
        return;
    }
    let text = String::from_utf8_lossy(data);
    let id = lock(&CURRENT).clone().unwrap_or_else(|| "null".to_string());
    send(&format!("{{\"t\":\"log\",\"id\":{},\"s\":\"stdout\",\"d\":{}}}\n", id, json_string(&text)));
}

// ---- captured output -------------------------------------------------------------------------

/// The captured output: the pipe's write end (kept for sync markers) and the reader's progress.
struct Output {
    w: File,
    sent: u64,
    seen: Arc<(Mutex<u64>, Condvar)>,
}

fn capture() -> Option<Output> {
    let mut fds = [0i32; 2];
    if unsafe { pipe2(fds.as_mut_ptr(), O_CLOEXEC) } != 0 {
        return None;
    }
    let r = unsafe { File::from_raw_fd(fds[0]) };
    let w = unsafe { File::from_raw_fd(fds[1]) };
    let seen = Arc::new((Mutex::new(0u64), Condvar::new()));
    let progress = Arc::clone(&seen);
    std::thread::Builder::new()
        .name("shipyard-output".to_string())
        .spawn(move || forward(r, progress))
        .ok()?;
    if unsafe { dup2(fds[1], 1) } < 0 || unsafe { dup2(fds[1], 2) } < 0 {
        return None;
    }
    Some(Output { w, sent: 0, seen })
}

/// How many bytes at the end of `b` to hold back: the start of a sync marker or of a UTF-8 sequence.
fn hold(b: &[u8]) -> usize {
    for k in (1..SENTINEL.len()).rev() {
        if b.ends_with(&SENTINEL[..k]) {
            return k;
        }
    }
    let n = b.len();
    for back in 1..=n.min(3) {
        let c = b[n - back];
        if c & 0xC0 == 0x80 {
            continue;
        }
        let need = if c >= 0xF0 { 4 } else if c >= 0xE0 { 3 } else if c >= 0xC0 { 2 } else { 1 };
        return if need > back { back } else { 0 };
    }
    0
}

fn forward(mut r: File, seen: Arc<(Mutex<u64>, Condvar)>) {
    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match r.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        buf.extend_from_slice(&chunk[..n]);
        while let Some(i) = buf.windows(SENTINEL.len()).position(|w| w == SENTINEL) {
            log(&buf[..i]);
            buf.drain(..i + SENTINEL.len());
            let (count, cv) = &*seen;
            *lock(count) += 1;
            cv.notify_all();
        }
        let emit = buf.len() - hold(&buf);
        if emit > 0 {
            log(&buf[..emit]);
            buf.drain(..emit);
        }
    }
    log(&buf);
}

/// Waits until everything written to the captured output so far has been sent as log frames.
fn sync(output: &mut Option<Output>) {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    if let Some(out) = output.as_mut() {
        if (&out.w).write_all(SENTINEL).is_ok() {
            out.sent += 1;
            let target = out.sent;
            let (count, cv) = &*out.seen;
            let _ = cv.wait_timeout_while(lock(count), Duration::from_secs(2), |n| *n < target);
        }
    }
}

// ---- JSON text: validation and compaction (no serde offline) --------------------------------------

fn ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

fn expected(what: &str, i: usize) -> String {
    format!("expected {} at byte {}", what, i)
}

fn string_end(b: &[u8], i: usize) -> Result<usize, String> {
    let mut j = i + 1;
    loop {
        match b.get(j) {
            None => return Err("unterminated string".to_string()),
            Some(b'"') => return Ok(j + 1),
            Some(b'\\') => match b.get(j + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => j += 2,
                Some(b'u') if b.len() >= j + 6 && b[j + 2..j + 6].iter().all(|c| c.is_ascii_hexdigit()) => j += 6,
                _ => return Err(format!("invalid escape at byte {}", j)),
            },
            Some(c) if *c < 0x20 => return Err(format!("control character in a string at byte {}", j)),
            Some(_) => j += 1,
        }
    }
}

fn digits(b: &[u8], mut i: usize) -> Result<usize, String> {
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == start { Err(expected("a digit", i)) } else { Ok(i) }
}

fn number_end(b: &[u8], mut i: usize) -> Result<usize, String> {
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    i = if b.get(i) == Some(&b'0') { i + 1 } else { digits(b, i)? };
    if b.get(i) == Some(&b'.') {
        i = digits(b, i + 1)?;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        i = digits(b, i)?;
    }
    Ok(i)
}

fn value_end(b: &[u8], i: usize, depth: usize) -> Result<usize, String> {
    if depth > 512 {
        return Err("nested too deeply".to_string());
    }
    match b.get(i) {
        Some(b'{') => {
            let mut j = ws(b, i + 1);
            if b.get(j) == Some(&b'}') {
                return Ok(j + 1);
            }
            loop {
                if b.get(j) != Some(&b'"') {
                    return Err(expected("a string key", j));
                }
                j = ws(b, string_end(b, j)?);
                if b.get(j) != Some(&b':') {
                    return Err(expected("':'", j));
                }
                j = ws(b, value_end(b, ws(b, j + 1), depth + 1)?);
                match b.get(j) {
                    Some(b',') => j = ws(b, j + 1),
                    Some(b'}') => return Ok(j + 1),
                    _ => return Err(expected("',' or '}'", j)),
                }
            }
        }
        Some(b'[') => {
            let mut j = ws(b, i + 1);
            if b.get(j) == Some(&b']') {
                return Ok(j + 1);
            }
            loop {
                j = ws(b, value_end(b, j, depth + 1)?);
                match b.get(j) {
                    Some(b',') => j = ws(b, j + 1),
                    Some(b']') => return Ok(j + 1),
                    _ => return Err(expected("',' or ']'", j)),
                }
            }
        }
        Some(b'"') => string_end(b, i),
        Some(b't') if b[i..].starts_with(b"true") => Ok(i + 4),
        Some(b'f') if b[i..].starts_with(b"false") => Ok(i + 5),
        Some(b'n') if b[i..].starts_with(b"null") => Ok(i + 4),
        Some(c) if *c == b'-' || c.is_ascii_digit() => number_end(b, i),
        _ => Err(expected("a JSON value", i)),
    }
}

/// Checks that `text` is one JSON value and returns it without insignificant whitespace.
fn compact_json(text: &str) -> Result<String, String> {
    let b = text.as_bytes();
    let end = ws(b, value_end(b, ws(b, 0), 0)?);
    if end != b.len() {
        return Err(format!("unexpected text after the value at byte {}", end));
    }
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    Ok(out)
}

/// The raw JSON of a top-level member of the object `b`.
fn member<'a>(b: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let mut j = ws(b, 0);
    if b.get(j) != Some(&b'{') {
        return None;
    }
    j = ws(b, j + 1);
    loop {
        if b.get(j) != Some(&b'"') {
            return None;
        }
        let key_end = string_end(b, j).ok()?;
        let key_raw = &b[j..key_end];
        j = ws(b, key_end);
        if b.get(j) != Some(&b':') {
            return None;
        }
        let start = ws(b, j + 1);
        let end = value_end(b, start, 1).ok()?;
        if key_raw == key {
            return Some(&b[start..end]);
        }
        j = ws(b, end);
        match b.get(j) {
            Some(b',') => j = ws(b, j + 1),
            _ => return None,
        }
    }
}

// ---- invocation --------------------------------------------------------------------------------

fn rss() -> u64 {
    let page = unsafe { sysconf(SC_PAGESIZE) };
    let page = if page > 0 { page as u64 } else { 4096 };
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|v| v.parse::<u64>().ok()))
        .unwrap_or(0);
    pages * page
}

fn payload_text(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "Box<dyn Any>".to_string()
    }
}

struct Failure {
    message: String,
    kind: String,
    stack: Option<String>,
}

fn invoke<F, E>(handler: F, event: &str) -> Result<String, Failure>
where
    F: Fn(&str) -> Result<String, E>,
    E: std::fmt::Display,
{
    *lock(&PANIC) = None;
    match panic::catch_unwind(AssertUnwindSafe(|| handler(event))) {
        Ok(Ok(text)) => compact_json(&text).map_err(|why| {
            let preview: String = text.chars().take(200).collect();
            Failure {
                message: format!("The handler's Ok value must be JSON text ({}): {}", why, preview),
                kind: "InvalidResponse".to_string(),
                stack: None,
            }
        }),
        Ok(Err(e)) => Err(Failure { message: e.to_string(), kind: std::any::type_name::<E>().to_string(), stack: None }),
        Err(payload) => Err(Failure { message: payload_text(&*payload), kind: "panic".to_string(), stack: lock(&PANIC).take() }),
    }
}

fn run(line: &[u8], output: &mut Option<Output>) {
    let id = match member(line, b"\"id\"") {
        Some(id) => String::from_utf8_lossy(id).into_owned(),
        None => return,
    };
    let event = member(line, b"\"event\"").and_then(|e| std::str::from_utf8(e).ok()).unwrap_or("null");
    *lock(&CURRENT) = Some(id.clone());
    let outcome = invoke(user::__SHIPYARD_HANDLER__, event);
    let frame = match outcome {
        Ok(json) => format!("{{\"t\":\"result\",\"id\":{},\"rss\":{},\"ok\":true,\"value\":{}}}\n", id, rss(), json),
        Err(f) => format!(
            "{{\"t\":\"result\",\"id\":{},\"rss\":{},\"ok\":false,\"error\":{{\"message\":{},\"type\":{}{}}}}}\n",
            id,
            rss(),
            json_string(&f.message),
            json_string(&f.kind),
            f.stack.map(|s| format!(",\"stack\":{}", json_string(&s))).unwrap_or_default()
        ),
    };
    sync(output);
    *lock(&CURRENT) = None;
    send(&frame);
}

fn main() {
    unsafe {
        let flags = fcntl(3, F_GETFL);
        if flags >= 0 {
            fcntl(3, F_SETFL, flags & !O_NONBLOCK);
        }
        fcntl(3, F_SETFD, FD_CLOEXEC);
    }
    let input = unsafe { File::from_raw_fd(3) };
    match input.try_clone() {
        Ok(out) => *lock(&CHAN) = Some(out),
        Err(_) => std::process::exit(1),
    }
    let mut output = capture();
    panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("<unnamed>").to_string();
        let at = info.location().map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
        let text = format!("thread '{}' panicked{}:\n{}", name, at, payload_text(info.payload()));
        if name == "main" {
            *lock(&PANIC) = Some(text);
        } else {
            eprintln!("{}", text);
        }
    }));
    sync(&mut output);
    send(&format!("{{\"t\":\"ready\",\"pid\":{},\"rss\":{}}}\n", std::process::id(), rss()));
    for line in BufReader::with_capacity(64 * 1024, input).split(b'\n') {
        match line {
            Ok(line) if !line.is_empty() => run(&line, &mut output),
            Ok(_) => {}
            Err(_) => break,
        }
    }
}
