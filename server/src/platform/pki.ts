import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import forge from 'node-forge';
import { readOrCreateSecret } from './secrets.js';

/**
 * Agency signing keys: one PKCS#12 file per agency, `<agency code>.p12`, in the PKI folder, all opened
 * with one passphrase (PKI_PASSPHRASE, or the `passphrase` file beside them). A real province puts the
 * certificates issued by its CA there; the demo province generates a demo CA and its agencies' certificates.
 */
export type AgencyKey = { p12: Buffer; passphrase: string };

const CA_KEY = 'demo-ca.key.pem';
const CA_CERT = 'demo-ca.cert.pem';

const readOrCreatePassphrase = (dir: string, fromEnv?: string) => (fromEnv ? Promise.resolve(fromEnv) : readOrCreateSecret(path.join(dir, 'passphrase')));

// Key pairs come from Node's native crypto: forge's pure-JS RSA generation takes seconds per key.
function rsaKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKey: forge.pki.privateKeyFromPem(privateKey), publicKey: forge.pki.publicKeyFromPem(publicKey) };
}

function certificate(options: {
  subject: forge.pki.CertificateField[]; issuer: forge.pki.CertificateField[]; publicKey: forge.pki.PublicKey;
  signingKey: forge.pki.PrivateKey; years: number; ca: boolean; notBefore?: Date; notAfter?: Date;
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.publicKey;
  cert.serialNumber = '01' + randomBytes(15).toString('hex');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + options.years * 365 * 86_400_000);
  cert.setSubject(options.subject);
  cert.setIssuer(options.issuer);
  cert.setExtensions(options.ca
    ? [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' }]
    : [{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
      { name: 'extKeyUsage', emailProtection: true }, { name: 'subjectKeyIdentifier' }]);
  cert.sign(options.signingKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return cert;
}

// Vietnamese names go in as UTF8String (forge encodes the text itself when told the type).
const utf8 = (name: string, value: string) => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as number });

async function demoCa(dir: string) {
  try {
    const [key, pem] = await Promise.all([fs.readFile(path.join(dir, CA_KEY), 'utf8'), fs.readFile(path.join(dir, CA_CERT), 'utf8')]);
    const cert = forge.pki.certificateFromPem(pem);
    // A parsed UTF8String holds its UTF-8 bytes: decoded, or forge would encode them a second time as the issuer.
    for (const attribute of cert.subject.attributes) {
      if ((attribute.valueTagClass as number) === (forge.asn1.Type.UTF8 as number)) attribute.value = forge.util.decodeUtf8(attribute.value as string);
    }
    return { key: forge.pki.privateKeyFromPem(key), cert };
  } catch {
    const keys = rsaKeyPair();
    const subject = [
      utf8('commonName', 'Tỉnh Số Demo CA (không dùng cho giao dịch thật)'),
      { name: 'organizationName', value: 'Tinh So demo' }, { name: 'countryName', value: 'VN' },
    ];
    const cert = certificate({ subject, issuer: subject, publicKey: keys.publicKey, signingKey: keys.privateKey, years: 20, ca: true });
    await fs.writeFile(path.join(dir, CA_KEY), forge.pki.privateKeyToPem(keys.privateKey), { mode: 0o600 });
    await fs.writeFile(path.join(dir, CA_CERT), forge.pki.certificateToPem(cert));
    return { key: keys.privateKey, cert };
  }
}

const p12Path = (dir: string, agencyCode: string) => path.join(dir, `${agencyCode}.p12`);

/** Issues demo certificates, signed by the demo CA, for the agencies that have none yet. */
export async function ensureDemoAgencyKeys(dir: string, agencies: { code: string; name: string }[], passphraseFromEnv?: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const passphrase = await readOrCreatePassphrase(dir, passphraseFromEnv);
  const missing = [];
  for (const agency of agencies) {
    try {
      await fs.access(p12Path(dir, agency.code));
    } catch {
      missing.push(agency);
    }
  }
  if (missing.length === 0) return;
  const ca = await demoCa(dir);
  for (const agency of missing) {
    const keys = rsaKeyPair();
    const cert = certificate({
      subject: [
        utf8('commonName', agency.name), utf8('organizationName', agency.name),
        { name: 'organizationalUnitName', value: agency.code }, { name: 'countryName', value: 'VN' },
      ],
      issuer: ca.cert.subject.attributes, publicKey: keys.publicKey, signingKey: ca.key, years: 5, ca: false,
    });
    const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, ca.cert], passphrase, { algorithm: '3des', friendlyName: agency.code });
    await fs.writeFile(p12Path(dir, agency.code), Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), { mode: 0o600 });
  }
}

/** The agency's signing key; null when the province has not installed one. */
export async function loadAgencyKey(dir: string, agencyCode: string, passphraseFromEnv?: string): Promise<AgencyKey | null> {
  try {
    const p12 = await fs.readFile(p12Path(dir, agencyCode));
    return { p12, passphrase: passphraseFromEnv ?? (await fs.readFile(path.join(dir, 'passphrase'), 'utf8')).trim() };
  } catch {
    return null;
  }
}

/**
 * The key lookup the services use. In demo mode an agency created later gets its demo certificate on
 * first use; otherwise an agency without a key signs nothing until the province installs one.
 */
export function agencyKeyProvider(options: { dir: string; passphrase?: string; demo: boolean }) {
  // Loaded once per agency (a replaced key file is picked up at restart), so it is opened only once.
  const loaded = new Map<string, AgencyKey>();
  return async (agencyCode: string, agencyName: string): Promise<AgencyKey | null> => {
    const cached = loaded.get(agencyCode);
    if (cached) return cached;
    let key = await loadAgencyKey(options.dir, agencyCode, options.passphrase);
    if (!key && options.demo) {
      await ensureDemoAgencyKeys(options.dir, [{ code: agencyCode, name: agencyName }], options.passphrase);
      key = await loadAgencyKey(options.dir, agencyCode, options.passphrase);
    }
    if (key) loaded.set(agencyCode, key);
    return key;
  };
}

/**
 * The platform's own signing key, which signs the audit chain's checkpoints (platform/audit.ts):
 * `platform.p12` in the PKI folder, opened with the same passphrase as the agencies' keys. It never
 * enters the database, so a rewritten chain cannot be re-signed by whoever controls the database.
 */
export type PlatformKey = { privateKey: KeyObject; /** The signer's certificate, PEM. */ certificate: string };

const PLATFORM_P12 = 'platform.p12';
// Public: lets `npm run audit:verify` pin the checkpoints' signer without the passphrase.
export const PLATFORM_CERT = 'platform.cert.pem';

/**
 * Loads the platform key; in demo mode it is issued once by the demo CA. Null when the province has not
 * installed one (outside demo mode): then the audit chain is sealed but its checkpoints are not signed.
 */
export async function platformSigningKey(options: { dir: string; passphrase?: string; demo: boolean }): Promise<PlatformKey | null> {
  const file = path.join(options.dir, PLATFORM_P12);
  let p12: Buffer;
  try {
    p12 = await fs.readFile(file);
  } catch {
    if (!options.demo) return null;
    p12 = await issueDemoPlatformKey(options.dir, options.passphrase);
  }
  const passphrase = options.passphrase ?? (await fs.readFile(path.join(options.dir, 'passphrase'), 'utf8')).trim();
  const key = openPlatformP12(p12, passphrase);
  // Written when missing, so a real province's key is pinned as the demo one is.
  await fs.writeFile(path.join(options.dir, PLATFORM_CERT), key.certificate, { flag: 'wx' }).catch(() => undefined);
  return key;
}

function openPlatformP12(p12Der: Buffer, passphrase: string): PlatformKey {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12Der.toString('binary')), false, passphrase);
  const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag!;
  const certBag = forge.pki.oids.certBag!;
  const rsaKey = p12.getBags({ bagType: keyBag })[keyBag]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!rsaKey) throw new Error(`${PLATFORM_P12} holds no private key`);
  const own = (p12.getBags({ bagType: certBag })[certBag] ?? []).map((bag) => bag.cert!).find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n.compareTo(rsaKey.n) === 0 && pub.e.compareTo(rsaKey.e) === 0;
  });
  if (!own) throw new Error(`${PLATFORM_P12} has no certificate for its private key`);
  return { privateKey: createPrivateKey(forge.pki.privateKeyToPem(rsaKey)), certificate: forge.pki.certificateToPem(own).replace(/\r\n/g, '\n') };
}

async function issueDemoPlatformKey(dir: string, passphraseFromEnv?: string): Promise<Buffer> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const passphrase = await readOrCreatePassphrase(dir, passphraseFromEnv);
  const ca = await demoCa(dir);
  const keys = rsaKeyPair();
  const cert = certificate({
    subject: [
      utf8('commonName', 'Tỉnh Số — nhật ký kiểm toán (demo)'), { name: 'organizationName', value: 'Tinh So demo' },
      { name: 'organizationalUnitName', value: 'platform' }, { name: 'countryName', value: 'VN' },
    ],
    issuer: ca.cert.subject.attributes, publicKey: keys.publicKey, signingKey: ca.key, years: 5, ca: false,
  });
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, ca.cert], passphrase, { algorithm: '3des', friendlyName: 'platform' });
  const der = Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
  // Nodes starting together: the first file linked into place wins and every node uses that one.
  const temporary = path.join(dir, `${PLATFORM_P12}.${process.pid}.${randomBytes(4).toString('hex')}`);
  await fs.writeFile(temporary, der, { mode: 0o600 });
  try {
    await fs.link(temporary, path.join(dir, PLATFORM_P12));
    return der;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fs.readFile(path.join(dir, PLATFORM_P12));
  } finally {
    await fs.unlink(temporary);
  }
}

/** Where an official's personal key file is, relative to the PKI folder. */
export const personalKeyPath = (userId: number) => path.join('users', `${userId}.p12`);

/**
 * Issues a key and its certificate into a PKCS#12 file of the PKI folder, opened with its passphrase:
 * demo keys, and in tests an expired one or one from a CA nobody trusts (`foreignCa`).
 */
export async function issueKeyFile(dir: string, file: string, commonName: string, options: { notBefore?: Date; notAfter?: Date; foreignCa?: boolean; passphrase?: string } = {}): Promise<void> {
  await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true, mode: 0o700 });
  const passphrase = await readOrCreatePassphrase(dir, options.passphrase);
  let ca = options.foreignCa ? undefined : await demoCa(dir);
  if (!ca) {
    const keys = rsaKeyPair();
    const subject = [utf8('commonName', 'CA không được tin cậy'), { name: 'countryName', value: 'VN' }];
    ca = { key: keys.privateKey, cert: certificate({ subject, issuer: subject, publicKey: keys.publicKey, signingKey: keys.privateKey, years: 5, ca: true }) };
  }
  const keys = rsaKeyPair();
  const cert = certificate({
    subject: [utf8('commonName', commonName), { name: 'countryName', value: 'VN' }],
    issuer: ca.cert.subject.attributes, publicKey: keys.publicKey, signingKey: ca.key, years: 3, ca: false,
    notBefore: options.notBefore, notAfter: options.notAfter,
  });
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, ca.cert], passphrase, { algorithm: '3des' });
  await fs.writeFile(path.join(dir, file), Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), { mode: 0o600 });
}

/**
 * An official's personal signing key (chữ ký số cá nhân). In demo mode the demo CA issues one on first
 * use; otherwise the province installs each official's file (or replaces this provider with a token's).
 */
export function personalKeyProvider(options: { dir: string; passphrase?: string; demo: boolean }) {
  return async (user: { id: number; fullName: string }): Promise<AgencyKey | null> => {
    const file = path.join(options.dir, personalKeyPath(user.id));
    const read = async () => ({ p12: await fs.readFile(file), passphrase: options.passphrase ?? (await fs.readFile(path.join(options.dir, 'passphrase'), 'utf8')).trim() });
    try {
      return await read();
    } catch {
      if (!options.demo) return null;
      await issueKeyFile(options.dir, personalKeyPath(user.id), user.fullName, { passphrase: options.passphrase });
      return read();
    }
  };
}
