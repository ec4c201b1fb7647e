// TypeScript ESM through ts-jest; run with `node --experimental-vm-modules` (see `npm test`).
// Workspace packages resolve to their sources so tests never need a prior build.
export default {
  preset: "ts-jest/presets/default-esm",
  testEnvironment: "node",
  roots: ["<rootDir>/packages", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: {
    "^@observe-r1/([a-z-]+)$": "<rootDir>/packages/$1/src/index.ts",
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.test.json" }],
  },
  testTimeout: 120000,
  // One temporary folder per run, removed at the end (test/setup/temp-root.js).
  globalSetup: "<rootDir>/test/setup/global-setup.js",
  globalTeardown: "<rootDir>/test/setup/global-teardown.js",
  // A test that fails before closing its worker must not hang CI; clean shutdown itself is asserted by
  // test/worker-protocol.test.ts ("close() ... leaves no process behind").
  forceExit: true,
};
