import { defineConfig } from "vitest/config";

const exclude = ["**/node_modules/**", "apps/console/**", "e2e/**", ".tools/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "drivers/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: [...exclude, "**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.int.test.ts", "drivers/*/src/**/*.int.test.ts", "apps/*/src/**/*.int.test.ts"],
          exclude,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
