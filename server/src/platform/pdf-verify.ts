import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import './pdf.js'; // sets pkijs's crypto engine
import { judgeCertificate, type CertificateVerdict } from './signing.js';

export type SignatureReport = {
  signer: string | null;
  /** The CMS signature verifies over the signed byte ranges, whose digest matches. */
  valid: boolean;
  /** A certification signature (DocMDP): the document may not change after it, forms and signatures aside. */
  certified: boolean;
  /**
   * Bytes were appended after this signature that no later valid signature covers: what is shown may
   * differ from what was signed. (A later signed revision, such as the agency's seal over the signer's
   * signature, is not a modification.)
   */
  modifiedAfterSigning: boolean;
  /** The signer's certificate judged against the trusted CAs at the time of checking; null when no trust list was given. */
  certificate: CertificateVerdict | null;
};

const COMMON_NAME = '2.5.4.3';

/**
 * The CMS structure in a signature's /Contents, without the zeros that pad the placeholder: cut at the
 * length its DER header gives (trimming zeros would also cut a signature that ends in a zero byte).
 */
export function cmsBytes(contents: Buffer): Buffer {
  if (contents[0] !== 0x30 || contents.length < 2) return contents;
  const first = contents[1]!;
  if (first < 0x80) return contents.subarray(0, 2 + first);
  const size = first & 0x7f;
  let length = 0;
  for (let i = 0; i < size; i++) length = length * 256 + contents[2 + i]!;
  return contents.subarray(0, Math.min(contents.length, 2 + size + length));
}

/**
 * Checks each signature of a PDF as an independent reader would: the byte ranges it covers, the message
 * digest in its signed attributes, the signature itself with the signer's certificate, and whether the
 * document grew after it unsigned. Given the trusted CAs, the signer's certificate is judged too (expired, unknown CA).
 */
export async function verifySignedPdf(pdf: Buffer, trustedCaPem?: string[]): Promise<SignatureReport[]> {
  const text = pdf.toString('latin1');
  const reports: (SignatureReport & { coveredTo: number })[] = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number];
    if (a !== 0 || b > c || c + d > pdf.length) {
      reports.push({ signer: null, valid: false, certified: false, modifiedAfterSigning: true, certificate: null, coveredTo: 0 });
      continue;
    }
    const contents = cmsBytes(Buffer.from(text.slice(b, c).replace(/[<>\s]/g, ''), 'hex'));
    const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    // The signature dictionary around this /ByteRange: its /Reference says whether it certifies.
    const dictionary = text.slice(text.lastIndexOf('obj', match.index), text.indexOf('endobj', match.index));
    const certified = /\/TransformMethod\s*\/DocMDP/.test(dictionary);
    let valid = false;
    let signer: string | null = null;
    let chainVerdict: CertificateVerdict | null = null;
    try {
      const cms = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(Uint8Array.from(contents)).content });
      const certificate = cms.certificates?.find((cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate
        && cert.serialNumber.isEqual((cms.signerInfos[0]!.sid as pkijs.IssuerAndSerialNumber).serialNumber));
      signer = certificate?.subject.typesAndValues.find((t) => t.type === COMMON_NAME)?.value.valueBlock.value ?? null;
      const digest = cms.signerInfos[0]!.signedAttrs?.attributes.find((attr) => attr.type === '1.2.840.113549.1.9.4');
      const expected = createHash('sha256').update(signed).digest();
      const declared = digest ? Buffer.from((digest.values[0] as { valueBlock: { valueHexView: Uint8Array } }).valueBlock.valueHexView) : null;
      if (trustedCaPem && certificate) {
        const chain = (cms.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
        chainVerdict = judgeCertificate([certificate, ...chain.filter((c) => c !== certificate)].map((c) => Buffer.from(c.toSchema().toBER(false))), trustedCaPem);
      }
      valid = !!declared && declared.equals(expected) && (await cms.verify({ signer: 0, data: Uint8Array.from(signed).buffer, checkChain: false }));
    } catch {
      valid = false;
    }
    reports.push({ signer, valid, certified, modifiedAfterSigning: false, certificate: chainVerdict, coveredTo: c + d });
  }
  // What follows the last valid signature's coverage, if anything but whitespace, was signed by no one.
  return reports.map(({ coveredTo, ...report }, i) => {
    const lastCovered = Math.max(coveredTo, ...reports.slice(i + 1).filter((r) => r.valid).map((r) => r.coveredTo));
    return { ...report, modifiedAfterSigning: report.modifiedAfterSigning || (lastCovered < pdf.length && /\S/.test(text.slice(lastCovered))) };
  });
}
