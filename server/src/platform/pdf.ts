import { createHash, createPrivateKey, webcrypto } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFInvalidObject, PDFName, rgb, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import * as asn1js from 'asn1js';
import forge from 'node-forge';
import * as pkijs from 'pkijs';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { AgencyKey } from './pki.js';

// A Unicode font with every Vietnamese letter, embedded (subset) into each PDF.
const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);
let fontBytes: Promise<{ regular: Buffer; bold: Buffer; italic: Buffer }> | undefined;
const loadFonts = () =>
  (fontBytes ??= Promise.all(['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf'].map((f) => fs.readFile(fontFile(f))))
    .then(([regular, bold, italic]) => ({ regular: regular!, bold: bold!, italic: italic! })));

// Parsing the font is most of the cost of a form; a parsed font can be shared because each document
// only reads it to build its own subset. fontkit keeps each glyph with the characters it was first met
// for, and pdf-lib writes those as the text a glyph extracts to: a glyph first met as a part of another
// (O inside Ộ, when a subset is written) would extract as nothing in every later document ("H ÀN
// THIỆN" in pdftotext). So every glyph is first met through its own character.
const parsedFonts = new WeakMap<Uint8Array, unknown>();
const sharedFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsedFonts.get(data);
    if (!font) {
      const parsed = fontkit.create(data, postscriptName) as unknown as { characterSet: number[]; glyphForCodePoint(codePoint: number): unknown };
      for (const codePoint of parsed.characterSet) parsed.glyphForCodePoint(codePoint);
      parsedFonts.set(data, (font = parsed));
    }
    return font;
  },
} as typeof fontkit;

const EMBED = { subset: true };

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 70, right: 50, top: 50, bottom: 50 };

type Style = { size?: number; bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right'; indent?: number };

/** A4 official-form layout (Decree 30/2020 style): flowing text with wrapping, simple tables, pages as needed. */
export class FormWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(private readonly doc: PDFDocument, private readonly fonts: { regular: PDFFont; bold: PDFFont; italic: PDFFont }, private readonly landscape: boolean) {
    this.newPage();
  }

  static async create(title: string, landscape = false): Promise<FormWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(sharedFontkit);
    const bytes = await loadFonts();
    const [regular, bold, italic] = await Promise.all([
      doc.embedFont(bytes.regular, EMBED), doc.embedFont(bytes.bold, EMBED), doc.embedFont(bytes.italic, EMBED),
    ]);
    doc.setTitle(title);
    doc.setLanguage('vi-VN');
    doc.setProducer('Tỉnh Số');
    doc.setCreationDate(new Date());
    return new FormWriter(doc, { regular, bold, italic }, landscape);
  }

  private get width() {
    return this.landscape ? A4.height : A4.width;
  }

  private newPage() {
    this.page = this.landscape ? this.doc.addPage([A4.height, A4.width]) : this.doc.addPage([A4.width, A4.height]);
    this.y = this.page.getHeight() - MARGIN.top;
  }

  private font(style: Style) {
    return style.bold ? this.fonts.bold : style.italic ? this.fonts.italic : this.fonts.regular;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Writes text within [x, x + width] (the whole text column by default), wrapping and paging. */
  text(text: string, style: Style = {}, column?: { x: number; width: number }): this {
    const size = style.size ?? 12;
    const font = this.font(style);
    const x0 = column?.x ?? MARGIN.left + (style.indent ?? 0);
    const width = column?.width ?? this.width - MARGIN.left - MARGIN.right - (style.indent ?? 0);
    for (const line of this.wrap(text, font, size, width)) {
      if (this.y - size < MARGIN.bottom) this.newPage();
      const lineWidth = font.widthOfTextAtSize(line, size);
      const x = style.align === 'center' ? x0 + (width - lineWidth) / 2 : style.align === 'right' ? x0 + width - lineWidth : x0;
      this.page.drawText(line, { x, y: this.y - size, size, font, color: rgb(0, 0, 0) });
      this.y -= size * 1.35;
    }
    return this;
  }

  /** A PNG (a QR code) at the right edge of the text column, with a caption to its left. */
  async image(png: Uint8Array, size: number, caption?: string): Promise<this> {
    if (this.y - size < MARGIN.bottom) this.newPage();
    const image = await this.doc.embedPng(png);
    const x = this.width - MARGIN.right - size;
    this.page.drawImage(image, { x, y: this.y - size, width: size, height: size });
    if (caption) {
      const top = this.y;
      this.text(caption, { size: 10, italic: true }, { x: MARGIN.left, width: x - MARGIN.left - 12 });
      this.y = Math.min(this.y, top);
    }
    this.y -= size + 4;
    return this;
  }

  space(points = 8): this {
    this.y -= points;
    return this;
  }

  /** The standard heading: the agency on the left, the national motto on the right. */
  heading(agencyName: string, parentName: string | null, place: string, date: Date): this {
    const top = this.y;
    const half = (this.width - MARGIN.left - MARGIN.right) / 2;
    const left = { x: MARGIN.left - 20, width: half };
    const right = { x: MARGIN.left + half - 10, width: half + 20 };
    if (parentName) this.text(parentName.toUpperCase(), { size: 11, align: 'center' }, left);
    this.text(agencyName.toUpperCase(), { size: 11, bold: true, align: 'center' }, left);
    const leftBottom = this.y;
    this.y = top;
    this.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 10, bold: true, align: 'center' }, right);
    this.text('Độc lập - Tự do - Hạnh phúc', { size: 12, bold: true, align: 'center' }, right);
    this.space(6);
    const d = new Date(date.getTime() + 7 * 3_600_000);
    this.text(`${place}, ngày ${String(d.getUTCDate()).padStart(2, '0')} tháng ${String(d.getUTCMonth() + 1).padStart(2, '0')} năm ${d.getUTCFullYear()}`,
      { size: 12, italic: true, align: 'center' }, right);
    this.y = Math.min(this.y, leftBottom) - 16;
    return this;
  }

  title(text: string, subtitle?: string): this {
    this.text(text, { size: 14, bold: true, align: 'center' });
    if (subtitle) this.text(subtitle, { size: 12, italic: true, align: 'center' });
    return this.space(10);
  }

  field(label: string, value: string): this {
    return this.text(`${label}: ${value}`);
  }

  /** A bordered table; column widths are fractions of the text column. */
  table(headers: string[], rows: string[][], widths: number[], size = 10): this {
    const total = this.width - MARGIN.left - MARGIN.right;
    const xs = widths.reduce<number[]>((acc, w, i) => [...acc, acc[i]! + w * total], [MARGIN.left]);
    const drawRow = (cells: string[], bold: boolean) => {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const wrapped = cells.map((cell, i) => this.wrap(cell, font, size, widths[i]! * total - 6));
      const height = Math.max(...wrapped.map((l) => l.length)) * size * 1.3 + 6;
      if (this.y - height < MARGIN.bottom) this.newPage();
      wrapped.forEach((lines, i) => {
        this.page.drawRectangle({ x: xs[i]!, y: this.y - height, width: widths[i]! * total, height, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
        lines.forEach((line, j) => this.page.drawText(line, { x: xs[i]! + 3, y: this.y - 3 - (j + 1) * size * 1.3 + 2, size, font }));
      });
      this.y -= height;
    };
    drawRow(headers, true);
    for (const row of rows) drawRow(row, false);
    return this.space(10);
  }

  /** The signer's block at the bottom right. */
  signature(position: string, name: string, note = '(Đã ký số)'): this {
    const half = (this.width - MARGIN.left - MARGIN.right) / 2;
    const column = { x: MARGIN.left + half, width: half };
    this.space(10);
    this.text(position.toUpperCase(), { bold: true, align: 'center' }, column);
    this.text(note, { italic: true, size: 11, align: 'center' }, column);
    this.space(24);
    this.text(name, { bold: true, align: 'center' }, column);
    return this;
  }

  /** The finished PDF, signed as PAdES (ETSI.CAdES.detached) with the agency's key when one is given. */
  async finish(sign?: SignOptions): Promise<Buffer> {
    // The platform made the whole document: its signature certifies it (DocMDP).
    return sign ? signDocument(this.doc, { ...sign, certify: true }) : Buffer.from(await this.doc.save());
  }
}

/** Signs an existing PDF (e.g. an uploaded result) as PAdES with the agency's key. */
export async function signExistingPdf(bytes: Buffer, sign: SignOptions): Promise<Buffer> {
  return signDocument(await PDFDocument.load(bytes, { updateMetadata: false }), sign);
}

/** `certify`: the signature also certifies the document (DocMDP), for documents the platform made itself. */
export type SignOptions = { key: AgencyKey; signerName: string; reason: string; location: string; certify?: boolean };

async function signDocument(doc: PDFDocument, sign: SignOptions): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc, reason: sign.reason, contactInfo: '', name: sign.signerName, location: sign.location,
    signatureLength: 8192, subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
  if (sign.certify) certify(doc);
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(unsigned, new AgencySigner(sign.key));
}

/**
 * Turns the signature just added into a certification signature (DocMDP, ISO 32000-1 §12.8.2.2) with
 * P = 2: filling in forms and further signatures are allowed, any other change made after it (an appended
 * revision that alters the text) makes viewers and `verifySignedPdf` report the document as modified.
 * @signpdf's placeholder has no option for it: its signature dictionary is rewritten with a /Reference.
 */
function certify(doc: PDFDocument) {
  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
  const widget = fields.lookup(fields.size() - 1, PDFDict);
  const signatureRef = widget.get(PDFName.of('V')) as PDFRef;
  const raw = Buffer.from((doc.context.lookup(signatureRef) as unknown as { data: Uint8Array }).data).toString('latin1');
  const end = raw.lastIndexOf('>>');
  const reference = '/Reference [<< /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type /TransformParams /P 2 /V /1.2 >> >>]\n';
  doc.context.assign(signatureRef, PDFInvalidObject.of(Buffer.from(raw.slice(0, end) + reference + raw.slice(end), 'latin1')));
  doc.catalog.set(PDFName.of('Perms'), doc.context.obj({ DocMDP: signatureRef }));
}

type ParsedKey = { certificate: pkijs.Certificate; certificateDer: Buffer; chain: pkijs.Certificate[]; privateKey: CryptoKey };

// Opening a PKCS#12 file costs ~20 ms of key derivation: each loaded key is opened once.
const parsedKeys = new WeakMap<AgencyKey, Promise<ParsedKey>>();
const derOf = (cert: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

function parseKey(key: AgencyKey): Promise<ParsedKey> {
  let parsed = parsedKeys.get(key);
  if (!parsed) {
    parsed = (async () => {
      const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(key.p12.toString('binary')), false, key.passphrase);
      const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag!;
      const certBag = forge.pki.oids.certBag!;
      const rsaKey = p12.getBags({ bagType: keyBag })[keyBag]![0]!.key as forge.pki.rsa.PrivateKey;
      const certs = (p12.getBags({ bagType: certBag })[certBag] ?? []).map((bag: forge.pkcs12.Bag) => bag.cert!);
      const own = certs.find((c: forge.pki.Certificate) => {
        const pub = c.publicKey as forge.pki.rsa.PublicKey;
        return pub.n.compareTo(rsaKey.n) === 0 && pub.e.compareTo(rsaKey.e) === 0;
      });
      if (!own) throw new Error('the PKCS#12 file has no certificate for its private key');
      const pkcs8 = createPrivateKey(forge.pki.privateKeyToPem(rsaKey)).export({ type: 'pkcs8', format: 'der' });
      const privateKey = await webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
      const certificateDer = derOf(own);
      return {
        certificate: pkijs.Certificate.fromBER(certificateDer),
        certificateDer,
        chain: certs.map((c: forge.pki.Certificate) => pkijs.Certificate.fromBER(derOf(c))),
        privateKey: privateKey as CryptoKey,
      };
    })();
    parsedKeys.set(key, parsed);
  }
  return parsed;
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

/**
 * CMS detached signature as PAdES baseline B-B wants it (ETSI EN 319 142-1): content type, message digest
 * and the ESS signing-certificate-v2 attribute binding the signer's certificate; no CMS signing-time (the
 * time is in the PDF signature dictionary). RSA runs in Node's native crypto.
 */
class AgencySigner extends Signer {
  constructor(private readonly key: AgencyKey) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const { certificate, certificateDer, chain, privateKey } = await parseKey(this.key);
    const digest = createHash('sha256').update(pdfBuffer).digest();
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the default
    // SHA-256 hash and the issuer and serial number of the certificate (RFC 5035).
    const essCertId = new asn1js.Sequence({
      value: [
        new asn1js.OctetString({ valueHex: createHash('sha256').update(certificateDer).digest() }),
        new asn1js.Sequence({
          value: [
            new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] })] }),
            certificate.serialNumber,
          ],
        }),
      ],
    });
    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
      certificates: chain,
      signerInfos: [new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] })] }),
          ],
        }),
      })],
    });
    await signedData.sign(privateKey, 0, 'SHA-256');
    const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
    return Buffer.from(contentInfo.toSchema().toBER(false));
  }
}
