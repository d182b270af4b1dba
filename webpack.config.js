import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * One bundle for every host. A real tenant is named at build time through
 * TB_* environment variables; without TB_SITE_URL the app uses the emulated
 * tenant that `npm start` serves beside it.
 */
export default (_env, argv) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    entry: "./src/index.tsx",
    output: {
      path: path.join(here, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      publicPath: "/",
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
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
