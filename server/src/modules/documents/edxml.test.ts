import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEdxml, buildStatus, documentIdOf, EdxmlError, parseEdxml, parseStatus, signEdxml, verifyEdxml, verifyStatus, vnTimestamp,
  type EdxmlMessage, type EdxmlRefusal, type EdxmlStatus, type SigningKey,
} from './edxml.js';

const run = promisify(execFile);
const DAY = 86_400_000;

// ---------------------------------------------------------------- test PKI (as platform/pki.ts issues it)

function rsaKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKey: forge.pki.privateKeyFromPem(privateKey), publicKey: forge.pki.publicKeyFromPem(publicKey) };
}

const utf8 = (name: string, value: string) => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as number });

type Ca = { key: forge.pki.PrivateKey; cert: forge.pki.Certificate; pem: string };

function issue(options: { cn: string; ca?: Ca; notBefore: Date; notAfter: Date }) {
  const keys = rsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01' + randomBytes(15).toString('hex');
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  const subject = [utf8('commonName', options.cn), { name: 'organizationName', value: 'Tinh So test' }, { name: 'countryName', value: 'VN' }];
  cert.setSubject(subject);
  cert.setIssuer(options.ca ? options.ca.cert.subject.attributes : subject);
  cert.setExtensions(options.ca
    ? [{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
      { name: 'extKeyUsage', emailProtection: true }, { name: 'subjectKeyIdentifier' }]
    : [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' }]);
  cert.sign((options.ca?.key ?? keys.privateKey) as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { keys, cert, pem: forge.pki.certificateToPem(cert) };
}

function makeCa(cn: string): Ca {
  const { keys, cert, pem } = issue({ cn, notBefore: new Date(Date.now() - 2 * 365 * DAY), notAfter: new Date(Date.now() + 10 * 365 * DAY) });
  return { key: keys.privateKey, cert, pem };
}

function signingKey(ca: Ca, cn: string, notBefore: Date, notAfter: Date): SigningKey {
  const { keys, cert } = issue({ cn, ca, notBefore, notAfter });
  const passphrase = 'mật khẩu thử';
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, ca.cert], passphrase, { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), passphrase };
}

// ---------------------------------------------------------------- fixtures

// A small but real PDF, with bytes outside ASCII, so the attachment must come back byte for byte.
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  Buffer.from('1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n'),
  randomBytes(300), Buffer.from('\n%%EOF\n'),
]);

const from = {
  organId: '000.00.12.H33', organName: 'Ủy ban nhân dân tỉnh Số', organizationInCharge: 'Văn phòng UBND tỉnh',
  organAdd: '01 Đường Trần Hưng Đạo, phường Lê Lợi', email: 'vanthu@tinhso.gov.vn', telephone: '0203 3825 111', fax: '0203 3825 112',
  website: 'https://tinhso.gov.vn',
};

const message = (): EdxmlMessage => ({
  from,
  to: [
    { organId: '000.01.12.H33', organName: 'Sở Nội vụ' },
    { organId: '000.02.12.H33', organName: 'Sở Tài chính', email: 'stc@tinhso.gov.vn' },
  ],
  codeNumber: '15', codeNotation: 'QĐ-UBND',
  place: 'Thành phố Hạ Long', promulgationDate: '2026-11-28',
  documentType: { type: 1, typeName: 'Quyết định' },
  subject: 'Về việc phê duyệt kế hoạch chuyển đổi số năm 2027 & "các nhiệm vụ" <trọng tâm>',
  content: 'Nội dung trích yếu: điều chỉnh dự toán; giao Sở Tài chính chủ trì.\nDòng thứ hai.',
  signer: { competence: 'KT. Chủ tịch', position: 'Phó Chủ tịch', fullName: 'Nguyễn Văn Ánh' },
  dueDate: '2026-12-15',
  toPlaces: ['Như Điều 3', 'Lưu: VT, KGVX'], priority: 2,
  steeringType: 1, pageAmount: 3, promulgationAmount: 10, appendixes: 1, sphereOfPromulgation: 'Liên thông văn bản quốc gia', typerNotation: 'NVA',
  responseFor: { organId: '000.01.12.H33', code: '120/SNV-VP', promulgationDate: '2026-11-20', documentId: '000.01.12.H33,2026/11/20,120/SNV-VP' },
  documentId: '',
  traces: [{ organId: '000.00.12.H33', timestamp: new Date('2026-11-28T02:03:04Z') }],
  business: { docType: 0, reason: 'Văn bản mới', paper: 1, staff: { department: 'Văn thư', staff: 'Trần Thị Bình', mobile: '0912345678', email: 'binh@tinhso.gov.vn' } },
  attachments: [
    { contentId: 'qd-15.pdf@tinhso', name: 'Quyết định 15.pdf', contentType: 'application/pdf', description: 'Văn bản chính', content: pdf },
    { contentId: 'phu-luc', name: 'Phụ lục.txt', contentType: 'text/plain', content: Buffer.from('Phụ lục kèm theo\r\n') },
  ],
});

const status = (): EdxmlStatus => ({
  responseFor: { organId: '000.00.12.H33', code: '15/QĐ-UBND', documentId: '000.00.12.H33,2026/11/28,15/QĐ-UBND', promulgationDate: '2026-11-28' },
  from: { organId: '000.01.12.H33', organName: 'Sở Nội vụ', telephone: '0203 3825 200' },
  statusCode: '03', description: 'Đã tiếp nhận và vào sổ văn bản đến số 1234.', timestamp: new Date('2026-11-28T09:30:00Z'),
  staff: { department: 'Văn phòng Sở', staff: 'Lê Văn Cường' },
});

function refusal(fn: () => unknown): EdxmlRefusal | 'none' {
  try {
    fn();
    return 'none';
  } catch (error) {
    if (error instanceof EdxmlError) return error.reason;
    throw error;
  }
}

let tmp: string;
let ca: Ca;
let otherCa: Ca;
let key: SigningKey;
let expiredKey: SigningKey;
let foreignKey: SigningKey;
let caFile: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'edxml-'));
  ca = makeCa('CA thử nghiệm Tỉnh Số');
  otherCa = makeCa('CA lạ');
  const now = Date.now();
  key = signingKey(ca, 'Ủy ban nhân dân tỉnh Số', new Date(now - DAY), new Date(now + 365 * DAY));
  expiredKey = signingKey(ca, 'Sở cũ', new Date(now - 400 * DAY), new Date(now - DAY));
  foreignKey = signingKey(otherCa, 'Kẻ mạo danh', new Date(now - DAY), new Date(now + 365 * DAY));
  caFile = path.join(tmp, 'ca.pem');
  await fs.writeFile(caFile, ca.pem);
});
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

async function xmlsec(xml: string, name: string) {
  const file = path.join(tmp, name);
  await fs.writeFile(file, xml);
  return run('/usr/bin/xmlsec1', ['--verify', '--trusted-pem', caFile, file]).then(() => true, () => false);
}

// ---------------------------------------------------------------- tests

describe('edXML (QCVN 102:2016)', () => {
  it('formats Vietnam time and document ids', () => {
    expect(vnTimestamp(new Date('2026-11-28T17:05:09Z'))).toBe('2026/11/29 00:05:09');
    expect(documentIdOf('000.00.12.H33', '2026-11-28', '15', 'QĐ-UBND')).toBe('000.00.12.H33,2026/11/28,15/QĐ-UBND');
  });

  it('builds and parses a package back, Vietnamese text and binary attachments intact', () => {
    const xml = buildEdxml(message());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<edXML:PromulgationDate>2026/11/28</edXML:PromulgationDate>');
    expect(xml).toContain('<edXML:Timestamp>2026/11/28 09:03:04</edXML:Timestamp>');
    expect(xml).toContain('xlink:href="cid:qd-15.pdf@tinhso"');
    const parsed = parseEdxml(xml);
    expect(parsed).toEqual({ ...message(), documentId: '000.00.12.H33,2026/11/28,15/QĐ-UBND' });
    expect(parsed.attachments[0]!.content.equals(pdf)).toBe(true);
    expect(parsed.attachments[1]!.content.toString()).toBe('Phụ lục kèm theo\r\n');
  });

  it('reads the variants the ministry SDK writes (Appendixes/Appendix, a time after a date)', () => {
    const xml = buildEdxml(message())
      .replace('<edXML:Appendixes>1</edXML:Appendixes>', '<edXML:Appendixes><edXML:Appendix>Phụ lục I</edXML:Appendix><edXML:Appendix>Phụ lục II</edXML:Appendix></edXML:Appendixes>')
      .replace('<edXML:DueDate>2026/12/15</edXML:DueDate>', '<edXML:DueDate>2026/12/15 00:00:00</edXML:DueDate>');
    const parsed = parseEdxml(xml);
    expect(parsed.appendixes).toBe(2);
    expect(parsed.dueDate).toBe('2026-12-15');
  });

  it('builds and parses a status message back', () => {
    const xml = buildStatus(status());
    expect(xml).toContain('<edXML:StatusCode>03</edXML:StatusCode>');
    expect(parseStatus(xml)).toEqual(status());
  });

  it('signs a package that it and xmlsec1 verify, and both refuse it once changed', async () => {
    const signed = await signEdxml(buildEdxml(message()), key);
    expect(signed).toMatch(/<Signature xmlns="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">[\s\S]*<\/Signature>\s*<\/edXML:edXMLHeader>/);
    expect(signed).toContain('<Reference URI="">');
    expect(signed.match(/<X509Certificate>/g)).toHaveLength(1);
    const { message: received, signer } = verifyEdxml(signed, { trustedCaPem: [ca.pem] });
    expect(signer).toBe('Ủy ban nhân dân tỉnh Số');
    expect(received).toEqual({ ...message(), documentId: '000.00.12.H33,2026/11/28,15/QĐ-UBND' });
    expect(await xmlsec(signed, 'signed.xml')).toBe(true);

    const tampered = signed.replace('kế hoạch chuyển đổi số năm 2027', 'kế hoạch chuyển đổi số năm 2028');
    expect(tampered).not.toBe(signed);
    expect(refusal(() => verifyEdxml(tampered, { trustedCaPem: [ca.pem] }))).toBe('bad_signature');
    expect(await xmlsec(tampered, 'tampered.xml')).toBe(false);

    const swapped = signed.replace(pdf.toString('base64'), Buffer.from('khác').toString('base64'));
    expect(refusal(() => verifyEdxml(swapped, { trustedCaPem: [ca.pem] }))).toBe('bad_signature');
  });

  it('signs and verifies a status message', async () => {
    const signed = await signEdxml(buildStatus(status()), key);
    expect(signed).toMatch(/<\/edXML:Status>\s*<Signature xmlns=/);
    expect(verifyStatus(signed, { trustedCaPem: [ca.pem] })).toEqual({ status: status(), signer: 'Ủy ban nhân dân tỉnh Số' });
    expect(await xmlsec(signed, 'status.xml')).toBe(true);
    expect(refusal(() => verifyStatus(signed.replace('<edXML:StatusCode>03', '<edXML:StatusCode>02'), { trustedCaPem: [ca.pem] }))).toBe('bad_signature');
  });

  it('refuses unsigned packages, a signature that does not cover the whole package, and a second signature', async () => {
    const signed = await signEdxml(buildEdxml(message()), key);
    const unsigned = signed.replace(/<Signature [\s\S]*<\/Signature>/, '');
    expect(refusal(() => verifyEdxml(unsigned, { trustedCaPem: [ca.pem] }))).toBe('unsigned');
    expect(refusal(() => verifyEdxml(buildEdxml(message()), { trustedCaPem: [ca.pem] }))).toBe('unsigned');
    expect(refusal(() => verifyEdxml(signed.replace('<Reference URI="">', '<Reference URI="#x">'), { trustedCaPem: [ca.pem] }))).toBe('bad_signature');
    const signature = /<Signature [\s\S]*<\/Signature>/.exec(signed)![0];
    const twice = signed.replace('</edXML:edXMLBody>', `</edXML:edXMLBody>${signature}`);
    expect(refusal(() => verifyEdxml(twice, { trustedCaPem: [ca.pem] }))).toBe('bad_signature');
    await expect(signEdxml(signed, key)).rejects.toThrow(EdxmlError);
  });

  it('refuses certificates that are expired or from an unknown CA', async () => {
    const expired = await signEdxml(buildEdxml(message()), expiredKey);
    expect(refusal(() => verifyEdxml(expired, { trustedCaPem: [ca.pem] }))).toBe('expired_certificate');
    // ...but accepts it as of a time when it was valid.
    expect(verifyEdxml(expired, { trustedCaPem: [ca.pem], at: new Date(Date.now() - 100 * DAY) }).signer).toBe('Sở cũ');
    expect(await xmlsec(expired, 'expired.xml')).toBe(false);

    const foreign = await signEdxml(buildEdxml(message()), foreignKey);
    expect(refusal(() => verifyEdxml(foreign, { trustedCaPem: [ca.pem] }))).toBe('untrusted_certificate');
    expect(refusal(() => verifyEdxml(foreign, { trustedCaPem: [] }))).toBe('untrusted_certificate');
    expect(verifyEdxml(foreign, { trustedCaPem: [ca.pem, otherCa.pem] }).signer).toBe('Kẻ mạo danh');
    expect(await xmlsec(foreign, 'foreign.xml')).toBe(false);
  });

  it('refuses malformed input, DTDs and entities (XXE)', () => {
    const xml = buildEdxml(message());
    const xxe = xml.replace('<edXML xmlns', '<!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<edXML xmlns')
      .replace('<edXML:Subject>', '<edXML:Subject>&x;');
    expect(refusal(() => parseEdxml(xxe))).toBe('malformed');
    expect(refusal(() => verifyEdxml(xxe, { trustedCaPem: [ca.pem] }))).toBe('malformed');
    expect(refusal(() => parseEdxml('<!ENTITY a "b">'))).toBe('malformed');
    expect(refusal(() => parseEdxml('không phải XML'))).toBe('malformed');
    expect(refusal(() => parseEdxml(''))).toBe('malformed');
    expect(refusal(() => parseEdxml(xml.slice(0, 500)))).toBe('malformed');
    expect(refusal(() => parseEdxml('<edXML xmlns="urn:other"/>'))).toBe('malformed');
    expect(refusal(() => parseEdxml('<root/>'))).toBe('malformed');
    expect(refusal(() => verifyEdxml('\u0000\u0001', { trustedCaPem: [ca.pem] }))).toBe('malformed');
  });

  it('refuses missing required fields and bad attachments', () => {
    const xml = buildEdxml(message());
    const noDocumentId = xml.replace(/<edXML:DocumentId>[^<]*<\/edXML:DocumentId>\n\s*<\/edXML:MessageHeader>/, '</edXML:MessageHeader>');
    expect(refusal(() => parseEdxml(noDocumentId))).toBe('missing_field');
    expect(() => parseEdxml(noDocumentId)).toThrow('Gói tin edXML thiếu trường bắt buộc MessageHeader/DocumentId.');
    expect(refusal(() => parseEdxml(xml.replace('<edXML:Subject>', '<edXML:Subjekt>').replace('</edXML:Subject>', '</edXML:Subjekt>')))).toBe('missing_field');
    expect(refusal(() => parseEdxml(xml.replace('<edXML:OrganId>000.00.12.H33</edXML:OrganId>', '')))).toBe('missing_field');
    expect(refusal(() => parseEdxml(xml.replace(/<edXML:To>[\s\S]*<\/edXML:To>/, '')))).toBe('missing_field');
    expect(refusal(() => parseEdxml(xml.replace(/<edXML:Code>[\s\S]*?<\/edXML:Code>/, '')))).toBe('missing_field');
    expect(refusal(() => parseEdxml(xml.replace(pdf.toString('base64'), '%%% không phải base64 %%%')))).toBe('bad_attachment');
    expect(refusal(() => parseEdxml(xml.replace('<ContentId>phu-luc</ContentId>', '<ContentId>la</ContentId>')))).toBe('bad_attachment');
  });
});
