import { generateKeyPairSync, randomBytes } from 'node:crypto';
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

/**
 * Demo mode: a TLS client certificate for a member system, issued by the demo CA (PKI_DIR/demo-ca.*) with the
 * clientAuth extended key usage (the agencies' signing certificates are for signatures, not TLS clients).
 * Returns the PEM key and certificate; the key is not kept.
 */
export async function issueDemoClientCertificate(pkiDir: string, commonName: string): Promise<{ privateKey: string; certificate: string }> {
  const [caKeyPem, caCertPem] = await Promise.all([
    fs.readFile(path.join(pkiDir, 'demo-ca.key.pem'), 'utf8'), fs.readFile(path.join(pkiDir, 'demo-ca.cert.pem'), 'utf8'),
  ]);
  const caKey = forge.pki.privateKeyFromPem(caKeyPem);
  const caCert = forge.pki.certificateFromPem(caCertPem);
  // A parsed UTF8String holds its UTF-8 bytes: decoded, or forge would encode them again in the issuer.
  for (const attribute of caCert.subject.attributes) {
    if ((attribute.valueTagClass as number) === (forge.asn1.Type.UTF8 as number)) attribute.value = forge.util.decodeUtf8(attribute.value as string);
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = '02' + randomBytes(15).toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 3_600_000);
  cert.validity.notAfter = new Date(Date.now() + 2 * 365 * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as number }, { name: 'organizationName', value: 'Tinh So demo LGSP' }, { name: 'countryName', value: 'VN' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true }, { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(caKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { privateKey, certificate: forge.pki.certificateToPem(cert).replace(/\r\n/g, '\n') };
}
