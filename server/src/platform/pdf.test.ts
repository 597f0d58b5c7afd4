import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as asn1js from 'asn1js';
import forge from 'node-forge';
import * as pkijs from 'pkijs';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { pdfsig, pdftotext } from '../../test/samples.js';
import { FormWriter } from './pdf.js';
import { cmsBytes, verifySignedPdf } from './pdf-verify.js';
import { ensureDemoAgencyKeys, loadAgencyKey } from './pki.js';

const dir = fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-pki-'));
afterAll(async () => fs.rm(await dir, { recursive: true, force: true }));

async function signedForm() {
  await ensureDemoAgencyKeys(await dir, [{ code: '000.00.12.H37', name: 'Sở Tư pháp tỉnh Lạng Sơn' }]);
  const key = (await loadAgencyKey(await dir, '000.00.12.H37'))!;
  const writer = await FormWriter.create('Giấy tiếp nhận');
  writer.title('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ').text('Nguyễn Văn An — Đăng ký khai sinh');
  return { key, pdf: await writer.finish({ key, signerName: 'Sở Tư pháp tỉnh Lạng Sơn', reason: 'Mẫu 01', location: 'Lạng Sơn' }) };
}

/** The CMS object in the PDF's signature dictionary. */
function cmsOf(pdf: Buffer): pkijs.SignedData {
  const hex = /\/Contents\s*<([0-9A-Fa-f]+)>/.exec(pdf.toString('latin1'))![1]!;
  const info = pkijs.ContentInfo.fromBER(Uint8Array.from(cmsBytes(Buffer.from(hex, 'hex'))));
  return new pkijs.SignedData({ schema: info.content });
}

describe('the signature in /Contents', () => {
  it('is cut at its DER length, even when it ends with a zero byte', () => {
    const der = Buffer.from('3003020100', 'hex');
    expect(cmsBytes(Buffer.concat([der, Buffer.alloc(8)]))).toEqual(der);
    const long = Buffer.concat([Buffer.from('308200030201', 'hex'), Buffer.from('00', 'hex')]);
    expect(cmsBytes(Buffer.concat([long, Buffer.alloc(20)]))).toEqual(long);
  });
});

describe('signed forms', () => {
  it('are PAdES baseline B-B signatures that poppler verifies', async () => {
    const { pdf } = await signedForm();
    const report = await pdfsig(pdf);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signature is Valid');
    const attributes = cmsOf(pdf).signerInfos[0]!.signedAttrs!.attributes.map((a) => a.type);
    // ETSI EN 319 142-1: content type, message digest and signing-certificate-v2; no CMS signing-time.
    expect(attributes).toEqual(['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.16.2.47']);
  });

  it('bind the signing certificate by its SHA-256 hash', async () => {
    const { pdf } = await signedForm();
    const signedData = cmsOf(pdf);
    const ess = signedData.signerInfos[0]!.signedAttrs!.attributes.find((a) => a.type === '1.2.840.113549.1.9.16.2.47')!;
    const certHash = Buffer.from(((((ess.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence)
      .valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.OctetString).valueBlock.valueHexView);
    const signer = signedData.certificates!.map((c) => c as pkijs.Certificate)
      .find((c) => c.serialNumber.isEqual(signedData.signerInfos[0]!.sid.serialNumber))!;
    const der = Buffer.from(signer.toSchema().toBER(false));
    expect(certHash.equals(await import('node:crypto').then((c) => c.createHash('sha256').update(der).digest()))).toBe(true);
  });

  it('carry Vietnamese agency names as UTF8String in the certificates', async () => {
    const { key } = await signedForm();
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(key.p12.toString('binary')), false, key.passphrase);
    const bags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]!;
    const cn = bags.map((b) => b.cert!.subject.getField('CN'));
    // forge hands back UTF8String values as their UTF-8 bytes.
    expect(cn.map((f) => forge.util.decodeUtf8(f.value))).toContain('Sở Tư pháp tỉnh Lạng Sơn');
    expect(cn.every((f) => f.valueTagClass === forge.asn1.Type.UTF8)).toBe(true);
  });
});

/**
 * An appended revision (incremental update, ISO 32000-1 §7.5.6) that paints over the first page, as a
 * forger would: the original bytes, and so the signature over them, stay intact.
 */
async function forgeRevision(pdf: Buffer): Promise<Buffer> {
  const text = pdf.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPages()[0]!;
  const size = doc.context.largestObjectNumber + 1;
  const stream = 'q 1 1 1 rg 60 600 480 200 re f 0 0 0 rg BT /Helv 28 Tf 80 700 Td (DA SUA NOI DUNG) Tj ET Q';
  const contents = page.node.get(PDFName.of('Contents'))!;
  const pageDict = page.node.toString()
    .replace(/\/Contents\s+(\[[^\]]*\]|\d+ \d+ R)/, `/Contents [${contents.toString().replace(/^\[|\]$/g, '')} ${size} 0 R]`)
    .replace(/\/Font\s*<</, '/Font << /Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let body = '\n';
  const offsets: [number, number][] = [];
  const add = (num: number, content: string) => {
    offsets.push([num, pdf.length + Buffer.byteLength(body, 'latin1')]);
    body += `${num} 0 obj\n${content}\nendobj\n`;
  };
  add(size, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  add(page.ref.objectNumber, pageDict);
  const xref = pdf.length + Buffer.byteLength(body, 'latin1');
  body += `xref\n0 1\n0000000000 65535 f \n${offsets.map(([n, o]) => `${n} 1\n${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${size + 1} /Root ${doc.context.trailerInfo.Root} /Prev ${prev} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body, 'latin1')]);
}

describe('certified forms', () => {
  it('are certified (DocMDP), and a revision appended after signing is reported as a modification', async () => {
    const { pdf } = await signedForm();
    expect(await verifySignedPdf(pdf)).toEqual([{ signer: 'Sở Tư pháp tỉnh Lạng Sơn', valid: true, certified: true, modifiedAfterSigning: false, certificate: null }]);
    expect(await pdfsig(pdf)).toContain('Total document signed');

    const forged = await forgeRevision(pdf);
    // The forged page renders (poppler reads the new revision) while the old signature still verifies.
    expect((await pdftotext(forged)).replace(/\s+/g, ' ')).toContain('DA SUA NOI DUNG');
    expect(await verifySignedPdf(forged)).toEqual([{ signer: 'Sở Tư pháp tỉnh Lạng Sơn', valid: true, certified: true, modifiedAfterSigning: true, certificate: null }]);
    expect(await pdfsig(forged)).not.toContain('Total document signed');

    const tampered = Buffer.from(pdf);
    tampered[200]! ^= 0x01; // within the first signed range
    expect((await verifySignedPdf(tampered))[0]?.valid).toBe(false);
  });
});
