/**
 * Serves a production build (dist/) as a static host should: the security headers on every
 * response, "immutable" on content-hashed files and "no-cache" on the rest, and the precompressed
 * copy the build made (file.br, file.gz) when the browser accepts that encoding.
 *
 * Precompressed rather than compressed per request (the `compression` middleware): the build
 * compresses once at the highest levels (Brotli 11, gzip 9), which per-request compression cannot
 * afford (compression 1.8 uses Brotli quality 4), and the preview then costs no CPU per request,
 * as on a CDN. Used by `scripts/start.ts --dist`.
 */
import express from "express";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { cacheControlFor, securityHeaders, type ServiceOrigins } from "./headers";

const ENCODINGS = [
  { name: "br", ext: ".br" },
  { name: "gzip", ext: ".gz" },
] as const;

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();

/** Sets the security headers on every response that passes, whatever answers it. */
export function securityHeadersMiddleware(origins: ServiceOrigins): express.RequestHandler {
  const headers = Object.entries(securityHeaders(origins));
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** The files of `dir`, with their cache rule and, when accepted, their precompressed copy. */
export function serveDist(dir: string): express.RequestHandler {
  const root = path.resolve(dir);
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (urlPath.endsWith("/")) urlPath += "index.html";
    const file = path.join(root, path.normalize(urlPath));
    // Never outside dist/, and never a compressed copy asked for by name.
    if (!file.startsWith(root + path.sep) || !isFile(file) || /\.(?:br|gz)$/.test(file)) return next();
    const compressed = ENCODINGS.filter((e) => isFile(file + e.ext));
    let sent = file;
    if (compressed.length > 0) {
      res.vary("Accept-Encoding");
      const chosen = req.acceptsEncodings([...compressed.map((e) => e.name), "identity"]);
      const encoding = compressed.find((e) => e.name === chosen);
      if (encoding) {
        sent = file + encoding.ext;
        res.setHeader("Content-Encoding", encoding.name);
      }
    }
    res.type(path.extname(file));
    res.setHeader("Cache-Control", cacheControlFor(urlPath));
    res.sendFile(sent, { cacheControl: false, dotfiles: "deny" }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  };
}
