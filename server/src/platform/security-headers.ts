import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';

export type SecurityHeadersOptions = {
  /** Sites whose frames a page may embed (the Jitsi server the meetings are held on). */
  frameOrigins: string[];
  /** Sites a page may load images from besides itself (the feedback map's tile server). */
  imageOrigins: string[];
  /** The site is reached over TLS even when this node sees plain HTTP (COOKIE_SECURE, behind a proxy). */
  alwaysTls: boolean;
};

const HSTS = 'max-age=31536000; includeSubDomains';

/** The origin of an http(s) address or template (`https://tile.example/{z}/{x}/{y}.png`), or null for a same-site path. */
export function originOf(address: string): string | null {
  const match = /^(https?:\/\/[^/?#{}]+)/i.exec(address);
  return match ? match[1]!.toLowerCase() : null;
}

/** The Content-Security-Policy of every answer: no inline or foreign script, no framing by other sites. */
export function contentSecurityPolicy(options: Pick<SecurityHeadersOptions, 'frameOrigins' | 'imageOrigins'>) {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // Ant Design (CSS-in-JS) writes <style> elements at run time: inline styles only, never inline scripts.
    styleSrc: ["'self'", "'unsafe-inline'"],
    // QR codes and previews are drawn as data: and blob: URLs; map tiles come from the tile server.
    imgSrc: ["'self'", 'data:', 'blob:', ...options.imageOrigins],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameSrc: ["'self'", ...options.frameOrigins],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    // The OpenID provider's form_post answer posts to the client application's site: not limited here.
    formAction: null,
    // A demo served over plain HTTP on a local network must still load its own assets.
    upgradeInsecureRequests: null,
  };
}

/**
 * Security headers on every answer Fastify sends (pages, assets, API, errors, the OpenAPI UI, the OpenID
 * provider), set by helmet in an onRequest hook on the raw response, so hijacked replies keep them. The
 * middleware is built once: @fastify/helmet built it again for every request (a tenth of a lookup's CPU).
 * HSTS only when the request came over TLS (directly, or as X-Forwarded-Proto from a trusted proxy) or the
 * site is declared HTTPS-only: a browser told so over plain HTTP would lock itself out of a demo.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeadersOptions) {
  const setHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options) },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Cross-origin isolation would stop the meetings' Jitsi window and the tile server's images.
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    setHeaders(request.raw, reply.raw, () => undefined);
    if (options.alwaysTls || request.protocol === 'https') reply.raw.setHeader('strict-transport-security', HSTS);
    done();
  });
}

/**
 * The headers the integration gateway's answers carry (they are taken before Fastify, see app.ts): a
 * member system's JSON or XML is never sniffed into HTML, never framed, and never given a referrer.
 */
export function setGatewaySecurityHeaders(res: ServerResponse, tls: boolean) {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  if (tls) res.setHeader('strict-transport-security', HSTS);
}

/** The same minimal set, as raw header lines, for answers written to the socket before HTTP parsing succeeded. */
export const RAW_SECURITY_HEADER_LINES = "X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\nReferrer-Policy: no-referrer\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n";
