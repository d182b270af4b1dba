import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Dependencies point inward: domain knows nothing of I/O or UI; features reach services only through app/. */
const layer = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });
const IO = ["@pnp/*", "@microsoft/microsoft-graph-client", "@microsoft/teams-js", "@azure/msal-browser"];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "appPackage/build/**",
      ".tenant/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/only-throw-error": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "jsx-a11y": jsxA11y, "react-hooks": reactHooks },
    rules: { ...jsxA11y.flatConfigs.recommended.rules, ...reactHooks.configs.recommended.rules },
  },
  layer(
    ["src/domain/**"],
    [
      {
        group: [
          "react",
          "react-dom",
          "@fluentui/*",
          ...IO,
          "../data/*",
          "../app/*",
          "../features/*",
          "../ui/*",
        ],
        message: "domain/ is pure: no React, Fluent or I/O.",
      },
    ],
  ),
  layer(
    ["src/features/**", "src/ui/**"],
    [
      {
        group: IO,
        message: "features/ and ui/ reach SharePoint, Graph and Teams through data/ and app/ only.",
      },
    ],
  ),
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "tests/**", "scripts/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  { files: ["*.js", "*.config.ts"], ...tseslint.configs.disableTypeChecked },
);
