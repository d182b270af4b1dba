/**
 * `npm start`: the app and the emulated tenant on one origin.
 *   npm start              webpack-dev-server (rebuilds on change)
 *   npm start -- --dist    serves the production build in dist/ (what the browser tests use)
 * PORT (default 3000) and TENANT_STATE (default .tenant/state.json) can be set.
 */
import express from "express";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { emulatedTenant } from "../tests/tenant/server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const stateFile = path.resolve(root, process.env.TENANT_STATE ?? ".tenant/state.json");
const { middleware } = emulatedTenant(stateFile);
const banner = (): void =>
  console.log(
    `\nTrust Boards is running at http://localhost:${port}/ against the emulated tenant (state: ${path.relative(root, stateFile)}).\n`,
  );

if (process.argv.includes("--dist")) {
  const app = express();
  app.use(middleware);
  // The headers a real host must send too (see README): Teams may frame us, nobody else.
  app.use((_req, res, next) => {
    res.setHeader(
      "Content-Security-Policy",
      "frame-ancestors 'self' https://*.cloud.microsoft https://teams.microsoft.com https://*.teams.microsoft.com https://*.microsoft365.com https://*.office.com",
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  app.use(express.static(path.join(root, "dist"), { index: "index.html" }));
  app.listen(port, "127.0.0.1", banner);
} else {
  const configFactory = (await import(path.join(root, "webpack.config.js"))).default as (
    env: unknown,
    argv: { mode: string },
  ) => webpack.Configuration;
  const compiler = webpack(configFactory({}, { mode: "development" }));
  const server = new WebpackDevServer(
    {
      port,
      host: "127.0.0.1",
      hot: true,
      historyApiFallback: true,
      // Loopback only; reached as localhost or 127.0.0.1.
      allowedHosts: ["localhost", "127.0.0.1"],
      client: { overlay: { warnings: false, errors: true } },
      setupMiddlewares: (middlewares) => {
        // Before any body parser: msw reads the raw request body itself.
        middlewares.unshift({ name: "emulated-tenant", middleware: middleware as never });
        return middlewares;
      },
    },
    compiler,
  );
  await server.start();
  banner();
}
