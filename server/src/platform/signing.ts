import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import forge from 'node-forge';
import { personalKeyProvider, type AgencyKey } from './pki.js';

/**
 * What signs: a PKCS#12 file today; a USB token (PKCS#11) or a remote signing service can take its
 * place by implementing these two calls, since the document's signature is assembled around them.
 */
export interface SigningDevice {
  /** The signer's certificate first, then the rest of its chain (DER). */
  certificates(): Promise<Buffer[]>;
  /** RSASSA-PKCS1-v1_5 with SHA-256 over `data`. */
  sign(data: Buffer): Promise<Buffer>;
}

type Opened = { privateKey: KeyObject; chain: Buffer[] };
const derOf = (cert: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');

// Opening a PKCS#12 file costs ~20 ms of key derivation: each loaded key is opened once.
const opened = new WeakMap<AgencyKey, Opened>();

function open(key: AgencyKey): Opened {
  let found = opened.get(key);
  if (!found) {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(key.p12.toString('binary')), false, key.passphrase);
    const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag!;
    const certBag = forge.pki.oids.certBag!;
    const rsaKey = p12.getBags({ bagType: keyBag })[keyBag]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined;
    if (!rsaKey) throw new Error('the PKCS#12 file holds no private key');
    const certs = (p12.getBags({ bagType: certBag })[certBag] ?? []).map((bag) => bag.cert!);
    const own = certs.find((c) => {
      const pub = c.publicKey as forge.pki.rsa.PublicKey;
      return pub.n.compareTo(rsaKey.n) === 0 && pub.e.compareTo(rsaKey.e) === 0;
    });
    if (!own) throw new Error('the PKCS#12 file has no certificate for its private key');
    found = { privateKey: createPrivateKey(forge.pki.privateKeyToPem(rsaKey)), chain: [own, ...certs.filter((c) => c !== own)].map(derOf) };
    opened.set(key, found);
  }
  return found;
}

/** The device for a key held in a PKCS#12 file; RSA runs in Node's native crypto. */
export function p12Device(key: AgencyKey): SigningDevice {
  return {
    certificates: async () => open(key).chain,
    sign: async (data) => createSign('sha256').update(data).sign(open(key).privateKey),
  };
}

export type CertificateVerdict = 'valid' | 'expired' | 'not_yet_valid' | 'untrusted';

/** The common name of a DER certificate. */
export const commonNameOf = (der: Buffer) =>
  forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary'))).subject.getField('CN')?.value as string | undefined;

/**
 * Judges a signer's certificate at a moment: within its validity, and issued (directly or through the
 * chain given) by one of the trusted CAs. An unknown CA is refused even when the signature is sound.
 */
export function judgeCertificate(chain: Buffer[], trustedCaPem: string[], at = new Date()): CertificateVerdict {
  const certs = chain.map((der) => forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary'))));
  const signer = certs[0];
  if (!signer) return 'untrusted';
  if (at > signer.validity.notAfter) return 'expired';
  if (at < signer.validity.notBefore) return 'not_yet_valid';
  const store = forge.pki.createCaStore(trustedCaPem.map((pem) => forge.pki.certificateFromPem(pem)));
  try {
    // Only the signer and intermediates are taken from the chain: a self-made "root" in it proves nothing.
    const path = certs.filter((c) => !c.isIssuer(c));
    return forge.pki.verifyCertificateChain(store, path, { validityCheckDate: at }) ? 'valid' : 'untrusted';
  } catch (error) {
    return (error as { error?: string }).error === 'forge.pki.CertificateExpired' ? 'expired' : 'untrusted';
  }
}

/** The CAs the province trusts: the demo CA in demo mode, and every PEM in `<pki dir>/trusted/`. */
export async function trustedCaCertificates(pkiDir: string): Promise<string[]> {
  const pems: string[] = [];
  try {
    pems.push(await fs.readFile(path.join(pkiDir, 'demo-ca.cert.pem'), 'utf8'));
  } catch { /* no demo CA outside demo mode */ }
  try {
    const dir = path.join(pkiDir, 'trusted');
    for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.pem')).sort()) pems.push(await fs.readFile(path.join(dir, name), 'utf8'));
  } catch { /* no trust folder */ }
  return pems;
}

/** Officials' personal signing devices backed by their PKCS#12 files (see personalKeyProvider). */
export function personalSigningDevices(options: { dir: string; passphrase?: string; demo: boolean }) {
  const keys = personalKeyProvider(options);
  return async (user: { id: number; fullName: string }): Promise<SigningDevice | null> => {
    const key = await keys(user);
    return key ? p12Device(key) : null;
  };
}
