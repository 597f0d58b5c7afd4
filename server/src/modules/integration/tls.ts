import fs from 'node:fs/promises';
import path from 'node:path';
import type { SecureContextOptions, TlsOptions } from 'node:tls';
import forge from 'node-forge';
import type { Config } from '../../config.js';
import { platformSigningKey } from '../../platform/pki.js';

/**
 * The HTTPS options of the gateway's mutual-TLS listener: the platform's key and certificate as the server's,
 * client certificates requested and checked against the demo CA (PKI_DIR/demo-ca.cert.pem) or the CA file
 * in LGSP_TLS_CLIENT_CA. A member whose certificate is registered must present it (its SHA-256 fingerprint is
 * pinned); the gateway reads it from the request's socket. main.ts starts the listener with
 *   `https.createServer(await gatewayTlsOptions(config), app.routing)` … or Fastify's `https` option, see the report.
 * Null when there is no platform key.
 */
export async function gatewayTlsOptions(config: Pick<Config, 'pkiDir' | 'pkiPassphrase' | 'demo'>): Promise<(TlsOptions & SecureContextOptions) | null> {
  const key = await platformSigningKey({ dir: config.pkiDir, passphrase: config.pkiPassphrase, demo: config.demo });
  if (!key) return null;
  const caFile = process.env.LGSP_TLS_CLIENT_CA || path.join(config.pkiDir, 'demo-ca.cert.pem');
  const ca = await fs.readFile(caFile, 'utf8');
  return {
    key: key.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    cert: key.certificate,
    ca,
    requestCert: true,
    // Members without a registered certificate still connect (bearer token only); the gateway enforces pins.
    rejectUnauthorized: false,
  };
}

/** A PEM certificate's SHA-256 fingerprint as Node prints it (AA:BB:…), after checking it was issued by `caPem` and is valid now. */
export function certificateFingerprint(pem: string, caPem: string | null): string | null {
  try {
    const cert = forge.pki.certificateFromPem(pem);
    const now = new Date();
    if (cert.validity.notBefore > now || cert.validity.notAfter < now) return null;
    if (caPem) {
      const ca = forge.pki.certificateFromPem(caPem);
      if (!ca.verify(cert)) return null;
    }
    const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
    const md = forge.md.sha256.create();
    md.update(der);
    return md.digest().toHex().toUpperCase().match(/../g)!.join(':');
  } catch {
    return null;
  }
}
