/**
 * `npm start`: the app and the emulated tenant, on three origins as in
 * production (the app's host, SharePoint, Graph), so cross-origin rules bite
 * here as they will on a real tenant.
 *   npm start              webpack-dev-server (rebuilds on change)
 *   npm start -- --dist    serves the production build in dist/ (what the browser tests use)
 * PORT (default 3000; SharePoint on PORT+1, Graph on PORT+2, or SP_PORT and
 * GRAPH_PORT) and TENANT_STATE (default .tenant/state.json) can be set.
 */
import express from "express";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { emulatedTenant } from "../tests/tenant/server";
import { LOGIN_ORIGIN, type ServiceOrigins } from "./hosting/headers";
import { securityHeadersMiddleware, serveDist } from "./hosting/serveDist";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const spPort = Number(process.env.SP_PORT ?? port + 1);
const graphPort = Number(process.env.GRAPH_PORT ?? port + 2);
// 127.0.0.1 for the services, so even the host name differs from the app's "localhost".
const siteUrl = `http://127.0.0.1:${spPort}/sites/trustboards`;
const graphBaseUrl = `http://127.0.0.1:${graphPort}/`;
const stateFile = path.resolve(root, process.env.TENANT_STATE ?? ".tenant/state.json");
const { control: middleware, sharePoint, graph } = emulatedTenant(stateFile, { siteUrl, graphBaseUrl });
const listen = (app: express.Express, at: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const server = app.listen(at, "127.0.0.1", () => resolve());
    server.on("error", reject);
  });
await Promise.all([listen(sharePoint, spPort), listen(graph, graphPort)]);
const banner = (): void =>
  console.log(
    `\nTrust Boards is running at http://localhost:${port}/ against the emulated tenant` +
      ` (SharePoint ${siteUrl}, Graph ${graphBaseUrl}v1.0, state: ${path.relative(root, stateFile)}).\n`,
  );

if (process.argv.includes("--dist")) {
  // The headers a real host sends (scripts/hosting/headers.ts, the same module the build writes the
  // hosts' configuration from), with the emulated SharePoint and Graph origins in connect-src.
  const origins: ServiceOrigins = {
    sharePoint: new URL(siteUrl).origin,
    graph: new URL(graphBaseUrl).origin,
    login: LOGIN_ORIGIN,
  };
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeadersMiddleware(origins));
  app.use(middleware);
  app.use(serveDist(path.join(root, "dist")));
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
