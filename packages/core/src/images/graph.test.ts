import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { escapeMermaid, ImageCycleError, ImageGraph, type ImageSpec } from "./graph.ts";
import { normalizeImage } from "./reference.ts";

const img = (id: string, ...baseImages: string[]): ImageSpec => ({ id, baseImages });

const cycleOf = (images: ImageSpec[]): ImageCycleError => {
  try {
    ImageGraph.build(images);
  } catch (e) {
    expect(e).toBeInstanceOf(ImageCycleError);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe("invalid_input");
    return e as ImageCycleError;
  }
  throw new Error("expected a cycle");
};

describe("image graph: building", () => {
  it("derives kinds: base when something is built FROM it, managed otherwise, unlisted bases external", () => {
    const g = ImageGraph.build([img("python-base", "debian:12"), img("api", "python-base"), img("worker", "python-base")]);
    expect(g.kindOf("python-base")).toBe("base");
    expect(g.kindOf("api")).toBe("managed");
    expect(g.kindOf("debian:12")).toBe("external");
    expect(g.dependentsOf("python-base")).toEqual(["api", "worker"]);
    expect(g.basesOf("api")).toEqual(["python-base"]);
    expect([g.size, g.edgeCount]).toEqual([4, 3]);
  });

  it("keeps the kinds the caller gives", () => {
    const g = ImageGraph.build([
      { id: "debian:12", kind: "external" },
      { id: "tools", kind: "base", baseImages: ["debian:12"] },
      { id: "app", kind: "managed", baseImages: ["debian:12"] },
    ]);
    expect(["debian:12", "tools", "app"].map((id) => g.kindOf(id))).toEqual(["external", "base", "managed"]);
  });

  it("counts a base named twice in one image once", () => {
    const g = ImageGraph.build([img("a", "base", "base"), img("base")]);
    expect(g.edgeCount).toBe(1);
    expect(g.cascade(["base"])).toEqual(["a"]);
  });

  it("normalises references when given a normaliser, so node:20 and its full form are one image", () => {
    const g = ImageGraph.build([img("ghcr.io/acme/api:1", "node:20"), img("ghcr.io/acme/web:1", "docker.io/library/node:20")], {
      normalize: normalizeImage,
    });
    expect(g.dependentsOf("docker.io/library/node:20")).toEqual(["ghcr.io/acme/api:1", "ghcr.io/acme/web:1"]);
    expect(() => ImageGraph.build([img("Bad/Ref:x")], { normalize: normalizeImage })).toThrowError(/must be lowercase/);
  });

  it("rejects duplicate ids, external images with bases, and (on request) unknown bases", () => {
    expect(() => ImageGraph.build([img("a"), img("a")])).toThrowError("Image a is listed twice.");
    expect(() => ImageGraph.build([{ id: "x", kind: "external", baseImages: ["y"] }])).toThrowError(/External image x declares/);
    expect(() => ImageGraph.build([img("app", "ghost:1")], { unknownBases: "error" })).toThrowError(
      "Base images not in the graph: ghost:1 (FROM in app).",
    );
  });
});

describe("image graph: cycles are named", () => {
  it("self-loop", () => {
    const e = cycleOf([img("a", "a")]);
    expect(e.cycle).toEqual(["a", "a"]);
    expect(e.message).toBe("Image dependency cycle: a → a (each image is built FROM the next).");
  });

  it("two images built FROM each other", () => {
    expect(cycleOf([img("a", "b"), img("b", "a")]).message).toContain("a → b → a");
  });

  it("a long cycle, reported in full beside images that are fine", () => {
    const e = cycleOf([
      img("ok-1"),
      img("ok-2", "ok-1"),
      img("c1", "c2"),
      img("c2", "c3", "ok-2"),
      img("c3", "c4"),
      img("c4", "c5"),
      img("c5", "c6"),
      img("c6", "c1"),
    ]);
    expect(e.cycle).toEqual(["c1", "c2", "c3", "c4", "c5", "c6", "c1"]);
    expect(e.message).toContain("c1 → c2 → c3 → c4 → c5 → c6 → c1");
    expect(e.suggestion).toMatch(/FROM line/);
  });

  it("a very long cycle is shortened in the message but complete in `cycle`", () => {
    const n = 100;
    const e = cycleOf(
      Array.from({ length: n }, (_, i) => img(`n${String(i).padStart(3, "0")}`, `n${String((i + 1) % n).padStart(3, "0")}`)),
    );
    expect(e.cycle).toHaveLength(n + 1);
    expect(e.message).toContain("… 81 more …");
  });
});

describe("image graph: cascade", () => {
  // r is the root; y and z are built FROM r; a is built FROM both (a diamond). Ids are chosen so that
  // plain id order (a, r, y, z) would be wrong.
  const diamond = () => ImageGraph.build([img("r"), img("z", "r"), img("y", "r"), img("a", "y", "z")]);

  it("rebuilds a diamond's bottom once, after both sides", () => {
    expect(diamond().cascade(["r"])).toEqual(["y", "z", "a"]);
    expect(diamond().cascade(["z"])).toEqual(["a"]);
    expect(diamond().cascade(["a"])).toEqual([]);
  });

  it("optionally rebuilds the changed images themselves first, but never an external one", () => {
    expect(diamond().cascade(["r"], { includeChanged: true })).toEqual(["r", "y", "z", "a"]);
    const g = ImageGraph.build([img("app", "node:20")]);
    expect(g.cascade(["node:20"], { includeChanged: true })).toEqual(["app"]);
  });

  it("merges several changed roots: each image once, in dependency order", () => {
    const g = ImageGraph.build([
      img("os"),
      img("lang"),
      img("runtime", "os"),
      img("sdk", "lang", "runtime"),
      img("app", "sdk"),
      img("tool", "lang"),
      img("other"),
    ]);
    expect(g.cascade(["os", "lang"])).toEqual(["runtime", "sdk", "app", "tool"]);
    // A changed image that is also downstream of another changed image rebuilds, after its base.
    expect(g.cascade(["sdk", "os"])).toEqual(["runtime", "sdk", "app"]);
    expect(g.cascade(["os", "os"])).toEqual(["runtime", "sdk", "app"]);
  });

  it("is deterministic whatever order the images are listed in", () => {
    const specs = [img("b1"), img("b2"), img("m1", "b1"), img("m2", "b1", "b2"), img("m3", "m1", "m2"), img("m4", "b2")];
    const a = ImageGraph.build(specs);
    const b = ImageGraph.build([...specs].reverse());
    expect(b.cascade(["b2", "b1"])).toEqual(a.cascade(["b1", "b2"]));
    expect(a.cascade(["b1", "b2"])).toEqual(["m1", "m2", "m3", "m4"]);
    expect(b.toJSON()).toEqual(a.toJSON());
    expect(b.toMermaid()).toBe(a.toMermaid());
  });

  it("says which images it does not know", () => {
    const g = diamond();
    expect(() => g.cascade(["r", "nope"])).toThrowError("Image nope is not in the dependency graph.");
    try {
      g.cascade(["x", "w"]);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("not_found");
      expect((e as DomainError).message).toBe("Images x, w are not in the dependency graph.");
    }
    expect(() => g.dependentsOf("nope")).toThrowError(DomainError);
  });

  it("handles a 10 000-image chain without recursion limits", () => {
    const n = 10_000;
    const id = (i: number) => `i${String(i).padStart(5, "0")}`;
    const g = ImageGraph.build(Array.from({ length: n }, (_, i) => img(id(i), ...(i > 0 ? [id(i - 1)] : []))));
    const order = g.cascade([id(0)]);
    expect(order).toHaveLength(n - 1);
    expect(order[0]).toBe(id(1));
    expect(order.at(-1)).toBe(id(n - 1));
    expect(() => ImageGraph.build([...Array.from({ length: n }, (_, i) => img(id(i), id((i + 1) % n)))])).toThrowError(
      ImageCycleError,
    );
  });
});

describe("image graph: output", () => {
  it("toJSON lists nodes in id order with kinds and edges from base to dependent", () => {
    const g = ImageGraph.build([
      { id: "ghcr.io/acme/app:1", baseImages: ["ghcr.io/acme/base:1"], label: "app" },
      { id: "ghcr.io/acme/base:1", baseImages: ["docker.io/library/debian:12"] },
    ]);
    expect(g.toJSON()).toEqual({
      nodes: [
        { id: "docker.io/library/debian:12", kind: "external", implicit: true },
        { id: "ghcr.io/acme/app:1", kind: "managed", label: "app" },
        { id: "ghcr.io/acme/base:1", kind: "base" },
      ],
      edges: [
        { from: "docker.io/library/debian:12", to: "ghcr.io/acme/base:1" },
        { from: "ghcr.io/acme/base:1", to: "ghcr.io/acme/app:1" },
      ],
    });
    expect(JSON.parse(JSON.stringify(g))).toEqual(g.toJSON());
  });

  it("toMermaid draws a top-down graph with sanitised ids, readable labels and kinds", () => {
    const g = ImageGraph.build([
      { id: "docker.io/library/node:20", kind: "external" },
      { id: "ghcr.io/acme/node-base:20", baseImages: ["docker.io/library/node:20"] },
      { id: "ghcr.io/acme/api:1", baseImages: ["ghcr.io/acme/node-base:20"] },
    ]);
    expect(g.toMermaid()).toBe(
      [
        "graph TD",
        '  img_docker_io_library_node_20[["docker.io/library/node:20"]]',
        '  img_ghcr_io_acme_api_1["ghcr.io/acme/api:1"]',
        '  img_ghcr_io_acme_node_base_20(["ghcr.io/acme/node-base:20"])',
        "  img_docker_io_library_node_20 --> img_ghcr_io_acme_node_base_20",
        "  img_ghcr_io_acme_node_base_20 --> img_ghcr_io_acme_api_1",
        "  classDef managed fill:#eef6ff,stroke:#3b82f6",
        "  classDef base fill:#ecfdf5,stroke:#10b981,stroke-width:2px",
        "  classDef external fill:#f5f5f5,stroke:#9ca3af",
        "  classDef implicit stroke-dasharray:4 3",
        "  class img_ghcr_io_acme_api_1 managed",
        "  class img_ghcr_io_acme_node_base_20 base",
        "  class img_docker_io_library_node_20 external",
        "",
      ].join("\n"),
    );
  });

  it("escapes labels and keeps sanitised ids unique", () => {
    const g = ImageGraph.build([
      { id: "end", label: 'say "hi" <b>#1</b> & `x`\nnext' },
      { id: "a-b" },
      { id: "a.b", baseImages: ["a-b"] },
    ]);
    const text = g.toMermaid();
    expect(text).toContain('  img_end["say #34;hi#34; #60;b#62;#35;1#60;/b#62; #38; #96;x#96; next"]');
    expect(text).toContain("  img_a_b([");
    expect(text).toContain('  img_a_b_2["a.b"]');
    expect(text).toContain("  img_a_b --> img_a_b_2");
    // Nothing user-supplied can close the label early or start a new statement.
    for (const line of text.split("\n").filter((l) => l.includes("["))) expect(line.match(/"/g)).toHaveLength(2);
    expect(escapeMermaid('"];click x call alert()')).not.toContain('"');
  });
});
