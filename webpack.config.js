import CompressionPlugin from "compression-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { constants as zlib } from "node:zlib";
import { tsImport } from "tsx/esm/api";
import webpack from "webpack";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The headers' one source (TypeScript, loaded through tsx): see scripts/hosting/. */
const hosting = await tsImport("./scripts/hosting/hostConfig.ts", import.meta.url);
const headers = await tsImport("./scripts/hosting/headers.ts", import.meta.url);

/**
 * Writes each static host's configuration (staticwebapp.config.json, _headers) into dist/ for a
 * build against a real tenant (TB_SITE_URL), with the SharePoint origin in the CSP. The emulated
 * build gets none: it cannot be deployed, and its preview sends the same headers itself.
 */
class HostConfigPlugin {
  constructor(siteUrl) {
    this.origins = headers.tenantOrigins(siteUrl);
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HostConfigPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HostConfigPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          const files = Object.keys(assets).filter((f) => !f.endsWith(".map"));
          for (const [name, text] of Object.entries(hosting.hostConfigFiles(this.origins, files)))
            compilation.emitAsset(name, new webpack.sources.RawSource(text));
        },
      );
    });
  }
}

/** Files a host may send compressed: text, above 1 KB (below, the headers outweigh the saving). */
const COMPRESSIBLE = /\.(?:js|css|html|json|svg|txt)$/;

/**
 * One bundle for every host. A real tenant is named at build time through
 * TB_* environment variables; without TB_SITE_URL the app uses the emulated
 * tenant that `npm start` serves beside it.
 */
export default (_env, argv) => {
  const production = argv.mode === "production";
  // Source maps stay out of what is deployed: none by default; TB_SOURCE_MAPS=1 writes them to
  // dist-sourcemaps/ (not dist/), without the sourceMappingURL comment, for debugging a build.
  const sourceMaps = production && process.env.TB_SOURCE_MAPS === "1";
  const siteUrl = process.env.TB_SITE_URL ?? "";
  return {
    mode: production ? "production" : "development",
    entry: "./src/index.tsx",
    output: {
      path: path.join(here, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      publicPath: "/",
      ...(sourceMaps ? { sourceMapFilename: "../dist-sourcemaps/[file].map" } : {}),
    },
    devtool: production ? (sourceMaps ? "hidden-source-map" : false) : "eval-cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: "public/index.html" }),
      // Precompressed copies beside each file (main.1a2b3c4d.js.br, .gz) at the highest levels, made
      // once at build time: the preview serves them to a browser that accepts them, and hosts that
      // serve precompressed files (nginx gzip_static/brotli_static, Netlify, Cloudflare) can too.
      ...(production
        ? [
            new CompressionPlugin({
              filename: "[path][base].br",
              algorithm: "brotliCompress",
              test: COMPRESSIBLE,
              compressionOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } },
              threshold: 1024,
              minRatio: 0.9,
            }),
            new CompressionPlugin({
              filename: "[path][base].gz",
              algorithm: "gzip",
              test: COMPRESSIBLE,
              compressionOptions: { level: 9 },
              threshold: 1024,
              minRatio: 0.9,
            }),
          ]
        : []),
      ...(production && siteUrl ? [new HostConfigPlugin(siteUrl)] : []),
      new webpack.DefinePlugin({
        __TB_CONFIG__: JSON.stringify({
          siteUrl: process.env.TB_SITE_URL ?? "",
          clientId: process.env.TB_CLIENT_ID ?? "",
          tenantId: process.env.TB_TENANT_ID ?? "",
          executiveGroupId: process.env.TB_EXECUTIVE_GROUP_ID ?? "",
          readersGroupId: process.env.TB_READERS_GROUP_ID ?? "",
          administratorsGroupId: process.env.TB_ADMINISTRATORS_GROUP_ID ?? "",
          // The Teams app's id (the same TEAMS_APP_ID the package is built with): deep links into the tab.
          teamsAppId: process.env.TEAMS_APP_ID ?? "",
        }),
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
