const MAX_LINE_CHARS = 8 * 1024;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes of RUN output on stderr.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * A run's log: lines, at most `maxChars` characters of them, the oldest dropped
 * first with a note of how many went. Text from the engine arrives in pieces that do not follow
 * line ends; a partial line waits for its end.
 */
export class BoundedLog {
  private readonly maxChars: number;
  private readonly lines: string[] = [];
  private head = 0;
  private chars = 0;
  private dropped = 0;
  private partial = "";

  constructor(maxChars: number) {
    this.maxChars = Math.max(1024, maxChars);
  }

  /** Adds engine output: split at line ends; colour codes are removed from whole lines (a code may be cut in two). */
  text(text: string): void {
    const parts = (this.partial + text).split("\n");
    this.partial = parts.pop() ?? "";
    for (const part of parts) this.push(part);
    if (this.partial.length > MAX_LINE_CHARS) {
      this.push(this.partial);
      this.partial = "";
    }
  }

  /** Adds a whole line of our own (ends a partial line first). */
  line(text: string): void {
    this.flush();
    this.push(text);
  }

  flush(): void {
    // A piece that is only colour codes (the reset after a step's stderr) is no line.
    if (this.partial.replace(ANSI, "")) this.push(this.partial);
    this.partial = "";
  }

  snapshot(): string[] {
    const kept = this.lines.slice(this.head);
    const out =
      this.dropped > 0 ? [`… ${this.dropped} earlier log lines dropped (log limit ${this.maxChars} characters)`, ...kept] : kept;
    const partial = this.partial.replace(ANSI, "");
    return partial ? [...out, partial] : out;
  }

  private push(raw: string): void {
    let line = raw.replace(ANSI, "");
    if (line.endsWith("\r")) line = line.slice(0, -1);
    // A progress line redrawn with `\r` keeps only its last state.
    const cr = line.lastIndexOf("\r");
    if (cr >= 0) line = line.slice(cr + 1);
    if (line.length > MAX_LINE_CHARS) line = `${line.slice(0, MAX_LINE_CHARS)}…`;
    this.lines.push(line);
    this.chars += line.length + 1;
    while (this.chars > this.maxChars && this.head < this.lines.length - 1) {
      this.chars -= (this.lines[this.head] as string).length + 1;
      this.head++;
      this.dropped++;
    }
    // Compact now and then so dropped lines do not pile up in the array.
    if (this.head > 1024 && this.head * 2 > this.lines.length) {
      this.lines.splice(0, this.head);
      this.head = 0;
    }
  }
}
