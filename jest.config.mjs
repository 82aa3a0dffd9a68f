import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "jsdom",
  setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
  testMatch: ["<rootDir>/__tests__/**/*.test.ts?(x)"],
  moduleNameMapper: {
    "^server-only$": "<rootDir>/__tests__/helpers/server-only.ts",
    "^@/(.*)$": "<rootDir>/$1",
  },
  testPathIgnorePatterns: ["<rootDir>/node_modules/", "<rootDir>/.next/", "<rootDir>/e2e/"],
  modulePathIgnorePatterns: ["<rootDir>/.next/"],
};

// linkedom (article import) depends on ESM-only packages; Jest on Node 20 cannot require them untransformed.
const esmPackages = ["css-select", "css-what", "domutils", "dom-serializer", "domhandler", "entities", "htmlparser2", "nth-check", "boolbase", "uhyphen", "cssomnom", "domelementtype"];

export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = resolved.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith("/node_modules/(?!.pnpm)(?!(") ? pattern.replace("(?!(", `(?!(${esmPackages.join("|")}|`) : pattern,
  );
  return resolved;
}
