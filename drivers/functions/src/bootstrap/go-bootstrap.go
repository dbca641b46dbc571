// Shipyard function instance shim for Go. ProcessFunctionRuntime copies it into the handler's package
// (package main) as 0_shipyard_main.go, replacing __SHIPYARD_HANDLER__ and __SHIPYARD_SRC_DIR__, builds
// the package with `go build` (standard library only) and starts the binary as
//   <binary> <codeDir> <file> <export> <functionId> <version> <memoryMb>
// Protocol: newline-delimited JSON on fd 3 (a socket pair with the parent), one invocation at a time.
// fd 1 (fmt.Print*, subprocesses) and os.Stderr (fmt.Fprint(os.Stderr, ...), the log package) share one
// pipe, read here and sent as `log` frames (stream "stdout"): one pipe keeps the order of lines across
// both, and it is drained before each result, so logs stay in order with it. fd 2 itself stays the real
// stderr, where the Go runtime writes crash reports and the parent reads them.
// The file name sorts before the user's files, so this initialisation runs before theirs.
//
// Handler signatures: func(event json.RawMessage) (any, error)
//                     func(ctx context.Context, event json.RawMessage) (any, error)   (ctx carries the deadline)
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

var shipyardHandler any = __SHIPYARD_HANDLER__

const shipyardSrcDir = "__SHIPYARD_SRC_DIR__"

var shipyardSentinel = []byte("\x00shipyard-sync\x00")

type shipyardCall func(ctx context.Context, event json.RawMessage) (any, error)

type shipyardErrorInfo struct {
	Message string `json:"message"`
	Type    string `json:"type,omitempty"`
	Stack   string `json:"stack,omitempty"`
}

// The captured output: the pipe's write end (also used for sync markers) and the reader's progress.
type shipyardStream struct {
	w    *os.File
	sent uint64
	acks chan uint64
}

var (
	shipyardChan    = os.NewFile(3, "shipyard-channel")
	shipyardChanMu  sync.Mutex
	shipyardCurMu   sync.Mutex
	shipyardCurrent []byte // the running invocation's id as JSON; nil between invocations
	shipyardOutput  = shipyardCapture()
)

func shipyardSend(frame []byte) {
	shipyardChanMu.Lock()
	defer shipyardChanMu.Unlock()
	if _, err := shipyardChan.Write(frame); err != nil {
		os.Exit(1) // the parent is gone
	}
}

func shipyardJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return []byte("null")
	}
	return b
}

func shipyardSetCurrent(id []byte) {
	shipyardCurMu.Lock()
	shipyardCurrent = id
	shipyardCurMu.Unlock()
}

func shipyardLog(data []byte) {
	if len(data) == 0 {
		return
	}
	shipyardCurMu.Lock()
	id := shipyardCurrent
	shipyardCurMu.Unlock()
	if id == nil {
		id = []byte("null")
	}
	frame := make([]byte, 0, len(data)+64)
	frame = append(frame, `{"t":"log","id":`...)
	frame = append(frame, id...)
	frame = append(frame, `,"s":"stdout","d":`...)
	frame = append(frame, shipyardJSON(string(data))...)
	frame = append(frame, "}\n"...)
	shipyardSend(frame)
}

func shipyardCapture() *shipyardStream {
	var fds [2]int
	if err := syscall.Pipe2(fds[:], syscall.O_CLOEXEC); err != nil {
		return nil
	}
	s := &shipyardStream{w: os.NewFile(uintptr(fds[1]), "/dev/stderr"), acks: make(chan uint64, 16)}
	go s.forward(os.NewFile(uintptr(fds[0]), "shipyard-output"))
	if err := syscall.Dup3(fds[1], 1, 0); err != nil {
		return nil
	}
	os.Stderr = s.w
	log.SetOutput(s.w)
	return s
}

// How many bytes at the end of b to hold back: the start of a sync marker or of a UTF-8 sequence.
func shipyardHold(b []byte) int {
	for k := len(shipyardSentinel) - 1; k > 0; k-- {
		if bytes.HasSuffix(b, shipyardSentinel[:k]) {
			return k
		}
	}
	n := len(b)
	for back := 1; back <= 3 && back <= n; back++ {
		if utf8.RuneStart(b[n-back]) {
			if !utf8.FullRune(b[n-back:]) {
				return back
			}
			return 0
		}
	}
	return 0
}

func (s *shipyardStream) forward(r *os.File) {
	var buf []byte
	chunk := make([]byte, 64*1024)
	var seen uint64
	for {
		n, err := r.Read(chunk)
		buf = append(buf, chunk[:n]...)
		for {
			i := bytes.Index(buf, shipyardSentinel)
			if i < 0 {
				break
			}
			shipyardLog(buf[:i])
			buf = append([]byte(nil), buf[i+len(shipyardSentinel):]...)
			seen++
			select {
			case s.acks <- seen:
			default:
			}
		}
		if keep := shipyardHold(buf); len(buf) > keep {
			shipyardLog(buf[:len(buf)-keep])
			buf = append([]byte(nil), buf[len(buf)-keep:]...)
		}
		if err != nil {
			shipyardLog(buf)
			return
		}
	}
}

// Waits until everything written to the captured output so far has been sent as log frames.
func shipyardSync() {
	s := shipyardOutput
	if s == nil {
		return
	}
	if _, err := s.w.Write(shipyardSentinel); err != nil {
		return
	}
	s.sent++
	deadline := time.NewTimer(2 * time.Second)
	defer deadline.Stop()
	for {
		select {
		case got := <-s.acks:
			if got >= s.sent {
				return
			}
		case <-deadline.C:
			return
		}
	}
}

func shipyardRSS() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

func shipyardAdapt(h any) (shipyardCall, error) {
	switch f := h.(type) {
	case func(json.RawMessage) (any, error):
		return func(_ context.Context, event json.RawMessage) (any, error) { return f(event) }, nil
	case func(context.Context, json.RawMessage) (any, error):
		return f, nil
	}
	name := "the handler"
	if len(os.Args) > 3 {
		name = os.Args[3]
	}
	return nil, fmt.Errorf("%s has type %T; Shipyard calls func(event json.RawMessage) (any, error) or func(ctx context.Context, event json.RawMessage) (any, error)", name, h)
}

func shipyardInvoke(call shipyardCall, ctx context.Context, event json.RawMessage) (value any, info *shipyardErrorInfo) {
	defer func() {
		if r := recover(); r != nil {
			message := fmt.Sprint(r)
			if e, ok := r.(error); ok {
				message = e.Error()
			}
			stack := strings.ReplaceAll(string(debug.Stack()), shipyardSrcDir+"/", "")
			value, info = nil, &shipyardErrorInfo{Message: message, Type: "panic", Stack: "panic: " + message + "\n\n" + stack}
		}
	}()
	v, err := call(ctx, event)
	if err != nil {
		return nil, &shipyardErrorInfo{Message: err.Error(), Type: fmt.Sprintf("%T", err)}
	}
	return v, nil
}

func shipyardRun(call shipyardCall, line []byte) {
	var req struct {
		ID       json.RawMessage `json:"id"`
		Event    json.RawMessage `json:"event"`
		Deadline float64         `json:"deadline"`
	}
	if err := json.Unmarshal(line, &req); err != nil || len(req.ID) == 0 {
		return
	}
	if len(req.Event) == 0 {
		req.Event = json.RawMessage("null")
	}
	shipyardSetCurrent(req.ID)
	ctx, cancel := context.WithDeadline(context.Background(), time.UnixMilli(int64(req.Deadline)))
	value, info := shipyardInvoke(call, ctx, req.Event)
	cancel()
	var body []byte
	if info == nil {
		var err error
		if body, err = json.Marshal(value); err != nil {
			info = &shipyardErrorInfo{Message: "The handler's return value is not JSON-serialisable: " + err.Error(), Type: "TypeError"}
		}
	}
	rss := strconv.FormatInt(shipyardRSS(), 10)
	frame := []byte(`{"t":"result","id":` + string(req.ID) + `,"rss":` + rss)
	if info == nil {
		frame = append(frame, `,"ok":true,"value":`...)
		frame = append(frame, body...)
	} else {
		frame = append(frame, `,"ok":false,"error":`...)
		frame = append(frame, shipyardJSON(info)...)
	}
	frame = append(frame, "}\n"...)
	shipyardSync()
	shipyardSetCurrent(nil)
	shipyardSend(frame)
}

func main() {
	if len(os.Args) > 6 {
		if mb, err := strconv.ParseInt(os.Args[6], 10, 64); err == nil && mb > 0 {
			debug.SetMemoryLimit(mb << 20 * 8 / 10) // soft: the GC works harder near it; the parent enforces the hard limit
		}
	}
	call, err := shipyardAdapt(shipyardHandler)
	shipyardSync()
	if err != nil {
		shipyardSend(append(shipyardJSON(map[string]any{"t": "init_error", "error": shipyardErrorInfo{Message: err.Error(), Type: "TypeError"}}), '\n'))
		os.Exit(1)
	}
	shipyardSend([]byte(`{"t":"ready","pid":` + strconv.Itoa(os.Getpid()) + `,"rss":` + strconv.FormatInt(shipyardRSS(), 10) + "}\n"))
	reader := bufio.NewReaderSize(shipyardChan, 64*1024)
	for {
		line, err := reader.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			shipyardRun(call, line)
		}
		if err != nil {
			os.Exit(0)
		}
	}
}
