import tseslint from "typescript-eslint";

const ROOT_PROVIDER_IMPORT = {
  regex: "^@cdkt[fn]/provider-[a-z0-9]+(/lib)?/?$",
  message: "Import provider resources per file (e.g. @cdktf/provider-aws/lib/vpc or @cdktn/provider-aws/lib/vpc): the package root costs seconds and hundreds of MB per process.",
};

export default tseslint.config(
  { ignores: ["node_modules/**", "flavours/**", "dist/**", "cdktf.out/**", "docs/**", "coverage/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [ROOT_PROVIDER_IMPORT] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
