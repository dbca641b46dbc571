/**
 * A small evaluator for the subset of CEL (Common Expression Language) that CRD `x-kubernetes-validations`
 * rules use in the Kargo and Argo Rollouts CRDs: `self`, field selection, `has(self.f)`, indexing,
 * `.size()`, `!`, `&&`, `||`, `? :`, comparisons, and int, string and bool literals.
 *
 * Anything outside the subset throws `CelUnsupportedError`, so a rule is never silently taken as true.
 * Evaluation errors (a missing field, a type mismatch) make the rule fail, as the API server does.
 */

export class CelUnsupportedError extends Error {
  constructor(rule: string, why: string) {
    super(`unsupported CEL rule ${JSON.stringify(rule)}: ${why}`);
    this.name = "CelUnsupportedError";
  }
}

type Node =
  | { t: "lit"; v: unknown }
  | { t: "self" }
  | { t: "select"; of: Node; field: string }
  | { t: "index"; of: Node; at: Node }
  | { t: "call"; name: string; target?: Node | undefined; args: Node[] }
  | { t: "not"; of: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "cond"; test: Node; then: Node; else: Node };

const TOKEN = /\s*(?:(\d+)|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|([A-Za-z_]\w*)|(&&|\|\||==|!=|<=|>=|[!?:.()[\],<>]))/y;

function tokenize(rule: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < rule.length) {
    if (/^\s*$/.test(rule.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(rule);
    if (!m) throw new CelUnsupportedError(rule, `unexpected text at ${at}: ${rule.slice(at, at + 10)}`);
    tokens.push((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

export function parseCel(rule: string): Node {
  const tokens = tokenize(rule);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string): string => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected)) {
      throw new CelUnsupportedError(rule, `expected ${expected ?? "more"} but found ${t ?? "the end"}`);
    }
    return t;
  };

  const primary = (): Node => {
    const t = take();
    if (/^\d+$/.test(t)) return { t: "lit", v: Number(t) };
    if (t.startsWith("'") || t.startsWith('"')) {
      return { t: "lit", v: t.slice(1, -1).replace(/\\(.)/g, "$1") };
    }
    if (t === "true" || t === "false") return { t: "lit", v: t === "true" };
    if (t === "self") return { t: "self" };
    if (t === "(") {
      const e = expr();
      take(")");
      return e;
    }
    if (/^[A-Za-z_]\w*$/.test(t) && peek() === "(") {
      take("(");
      const args = peek() === ")" ? [] : list();
      take(")");
      return { t: "call", name: t, args };
    }
    throw new CelUnsupportedError(rule, `unsupported token ${t}`);
  };
  const list = (): Node[] => {
    const items = [expr()];
    while (peek() === ",") {
      take(",");
      items.push(expr());
    }
    return items;
  };
  const postfix = (): Node => {
    let n = primary();
    for (;;) {
      if (peek() === ".") {
        take(".");
        const field = take();
        if (peek() === "(") {
          take("(");
          const args = peek() === ")" ? [] : list();
          take(")");
          n = { t: "call", name: field, target: n, args };
        } else n = { t: "select", of: n, field };
      } else if (peek() === "[") {
        take("[");
        const at = expr();
        take("]");
        n = { t: "index", of: n, at };
      } else return n;
    }
  };
  const unary = (): Node => {
    if (peek() !== "!") return postfix();
    take("!");
    return { t: "not", of: unary() };
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let a = next();
    while (ops.includes(peek() ?? "")) {
      const op = take();
      a = { t: "bin", op, a, b: next() };
    }
    return a;
  };
  const rel = binary(["<", "<=", ">", ">="], unary);
  const eq = binary(["==", "!="], rel);
  const and = binary(["&&"], eq);
  const or = binary(["||"], and);
  const expr = (): Node => {
    const test = or();
    if (peek() !== "?") return test;
    take("?");
    const then = expr();
    take(":");
    return { t: "cond", test, then, else: expr() };
  };

  const tree = expr();
  if (i !== tokens.length) throw new CelUnsupportedError(rule, `unexpected ${tokens[i]}`);
  return tree;
}

class CelEvalError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function evaluate(n: Node, self: unknown, rule: string): unknown {
  const ev = (x: Node) => evaluate(x, self, rule);
  switch (n.t) {
    case "lit":
      return n.v;
    case "self":
      return self;
    case "select": {
      const of = ev(n.of);
      if (!isObject(of) || !(n.field in of)) throw new CelEvalError(`no such key: ${n.field}`);
      return of[n.field];
    }
    case "index": {
      const of = ev(n.of);
      const at = ev(n.at);
      if (Array.isArray(of) && typeof at === "number") {
        if (at < 0 || at >= of.length) throw new CelEvalError(`index out of range: ${at}`);
        return of[at];
      }
      if (isObject(of) && typeof at === "string") {
        if (!(at in of)) throw new CelEvalError(`no such key: ${at}`);
        return of[at];
      }
      throw new CelEvalError("bad index");
    }
    case "call": {
      if (n.name === "has" && !n.target) {
        const arg = n.args[0];
        if (n.args.length !== 1 || arg?.t !== "select") throw new CelUnsupportedError(rule, "has() takes one field selection");
        const of = ev(arg.of);
        return isObject(of) && arg.field in of && of[arg.field] !== undefined;
      }
      if (n.name === "size") {
        const v = n.target ? ev(n.target) : n.args[0] ? ev(n.args[0]) : undefined;
        if (Array.isArray(v) || typeof v === "string") return v.length;
        if (isObject(v)) return Object.keys(v).length;
        throw new CelEvalError("size() of a value without size");
      }
      throw new CelUnsupportedError(rule, `function ${n.name}`);
    }
    case "not": {
      const v = ev(n.of);
      if (typeof v !== "boolean") throw new CelEvalError("! of a non-bool");
      return !v;
    }
    case "cond": {
      const test = ev(n.test);
      if (typeof test !== "boolean") throw new CelEvalError("condition is not a bool");
      return test ? ev(n.then) : ev(n.else);
    }
    case "bin": {
      if (n.op === "&&" || n.op === "||") {
        // CEL's commutative logic: an error on one side is absorbed when the other side decides.
        const side = (x: Node) => {
          try {
            return ev(x);
          } catch (e) {
            if (e instanceof CelEvalError) return e;
            throw e;
          }
        };
        const a = side(n.a);
        const b = side(n.b);
        const decides = n.op === "||";
        if (a === decides || b === decides) return decides;
        if (a instanceof CelEvalError) throw a;
        if (b instanceof CelEvalError) throw b;
        if (typeof a !== "boolean" || typeof b !== "boolean") throw new CelEvalError(`${n.op} of non-bools`);
        return !decides;
      }
      const a = ev(n.a);
      const b = ev(n.b);
      if (typeof a !== typeof b) throw new CelEvalError(`no such overload: ${typeof a} ${n.op} ${typeof b}`);
      switch (n.op) {
        case "==":
          return a === b;
        case "!=":
          return a !== b;
        case "<":
          return (a as number) < (b as number);
        case "<=":
          return (a as number) <= (b as number);
        case ">":
          return (a as number) > (b as number);
        case ">=":
          return (a as number) >= (b as number);
      }
      throw new CelUnsupportedError(rule, `operator ${n.op}`);
    }
  }
}

/**
 * True when `rule` holds for `self`, false when it does not or its evaluation fails (as the API server
 * rejects an object whose rule errors). Throws `CelUnsupportedError` for CEL outside the subset.
 */
export function celHolds(rule: string, self: unknown): boolean {
  const tree = parseCel(rule);
  try {
    return evaluate(tree, self, rule) === true;
  } catch (e) {
    if (e instanceof CelEvalError) return false;
    throw e;
  }
}
