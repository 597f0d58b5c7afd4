import { createHash, webcrypto } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFInvalidObject, PDFName, PDFString, rgb, type PDFFont, type PDFObject, type PDFPage, type PDFRef } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { AgencyKey } from './pki.js';
import { p12Device, type SigningDevice } from './signing.js';

const deviceOf = (key: AgencyKey | SigningDevice) => ('p12' in key ? p12Device(key) : key);

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

  /** The two halves of the text column, as the heading and the signature block use them. */
  halves() {
    const half = (this.width - MARGIN.left - MARGIN.right) / 2;
    return { left: { x: MARGIN.left - 20, width: half }, right: { x: MARGIN.left + half - 10, width: half + 20 } };
  }

  /** Two blocks written side by side from the same height (a heading; the recipients beside the signature). */
  sideBySide(left: () => void, right: () => void): this {
    const top = this.y;
    left();
    const leftBottom = this.y;
    this.y = top;
    right();
    this.y = Math.min(this.y, leftBottom);
    return this;
  }

  /** Writes one line (no wrapping) and says where it is, for what is stamped over it later. */
  line(text: string, style: Style & { align: 'left' | 'center' }, column: { x: number; width: number }): TextBox {
    const size = style.size ?? 12;
    if (this.y - size < MARGIN.bottom) this.newPage();
    const box: TextBox = { page: this.doc.getPageCount() - 1, x: column.x, y: this.y - size, width: column.width, size, align: style.align, italic: style.italic };
    // Drawn as is: the blanks left for the number and the date keep their width.
    const font = this.font(style);
    const x = style.align === 'center' ? column.x + (column.width - font.widthOfTextAtSize(text, size)) / 2 : column.x;
    this.page.drawText(text, { x, y: box.y, size, font, color: rgb(0, 0, 0) });
    this.y -= size * 1.35;
    return box;
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
    // The platform made the whole document: its signature certifies it (DocMDP), unless told otherwise.
    return sign ? signDocument(this.doc, { certify: true, ...sign }) : Buffer.from(await this.doc.save());
  }
}

/** Signs an existing PDF (e.g. an uploaded result) as PAdES with the agency's key. */
export async function signExistingPdf(bytes: Buffer, sign: SignOptions): Promise<Buffer> {
  return signDocument(await PDFDocument.load(bytes, { updateMetadata: false }), sign);
}

/** `certify`: the signature also certifies the document (DocMDP), for documents the platform made itself. */
export type SignOptions = { key: AgencyKey | SigningDevice; signerName: string; reason: string; location: string; certify?: boolean };

async function signDocument(doc: PDFDocument, sign: SignOptions): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc, reason: sign.reason, contactInfo: '', name: sign.signerName, location: sign.location,
    signatureLength: 8192, subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
  if (sign.certify) certify(doc);
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(unsigned, new DeviceSigner(deviceOf(sign.key)));
}

/** Text written over a box of a page at issue (the number and the date a clerk gives). */
export type Stamp = { page: number; box: TextBox; text: string };
/** Where a line of text sits: its page, its left edge and width, its baseline and size. */
export type TextBox = { page: number; x: number; y: number; width: number; size: number; align: 'left' | 'center'; italic?: boolean };

const bytesOf = (object: PDFObject) => {
  const buffer = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(buffer, 0);
  return Buffer.from(buffer);
};

/**
 * Adds a revision to a signed PDF without touching a byte of what was signed (an incremental update,
 * ISO 32000-1 §7.5.6): the stamps, then a new signature over the whole file. Earlier signatures stay
 * valid and cover their own revision. pdf-lib rewrites whole files, so the revision is made of the
 * objects its changes created or altered, appended with their own cross-reference section.
 */
export async function appendSignedRevision(pdf: Buffer, stamps: Stamp[], sign: SignOptions): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  const before = new Map(doc.context.enumerateIndirectObjects().map(([ref, object]) => [ref.objectNumber, bytesOf(object)]));
  if (stamps.length > 0) {
    const fonts = await loadFonts();
    const [regular, italic] = await Promise.all([doc.embedFont(fonts.regular, EMBED), doc.embedFont(fonts.italic, EMBED)]);
    for (const { box, text } of stamps) {
      const page = doc.getPage(box.page);
      const font = box.italic ? italic : regular;
      const width = font.widthOfTextAtSize(text, box.size);
      page.drawRectangle({ x: box.x, y: box.y - box.size * 0.3, width: box.width, height: box.size * 1.3, color: rgb(1, 1, 1) });
      page.drawText(text, { x: box.align === 'center' ? box.x + (box.width - width) / 2 : box.x, y: box.y, size: box.size, font, color: rgb(0, 0, 0) });
    }
  }
  pdflibAddPlaceholder({
    pdfDoc: doc, reason: sign.reason, contactInfo: '', name: sign.signerName, location: sign.location,
    signatureLength: 8192, subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
  // Each signature field needs a name of its own (the placeholder calls every one "Signature1").
  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
  fields.lookup(fields.size() - 1, PDFDict).set(PDFName.of('T'), PDFString.of(`Signature${fields.size()}`));
  await doc.flush();

  const changed = doc.context.enumerateIndirectObjects()
    .filter(([ref, object]) => !before.get(ref.objectNumber)?.equals(bytesOf(object)))
    .sort(([a], [b]) => a.objectNumber - b.objectNumber);
  const parts: Buffer[] = [pdf, Buffer.from('\n')];
  let offset = pdf.length + 1;
  const offsets: [number, number, number][] = [];
  for (const [ref, object] of changed) {
    const text = Buffer.concat([Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`), bytesOf(object), Buffer.from('\nendobj\n')]);
    offsets.push([ref.objectNumber, ref.generationNumber, offset]);
    parts.push(text);
    offset += text.length;
  }
  let xref = 'xref\n';
  for (let i = 0; i < offsets.length;) {
    let j = i;
    while (j + 1 < offsets.length && offsets[j + 1]![0] === offsets[j]![0] + 1) j++;
    xref += `${offsets[i]![0]} ${j - i + 1}\n`;
    for (const [, generation, at] of offsets.slice(i, j + 1)) xref += `${String(at).padStart(10, '0')} ${String(generation).padStart(5, '0')} n\r\n`;
    i = j + 1;
  }
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.subarray(-64).toString('latin1'))?.[1];
  if (!previous) throw new Error('the PDF does not end with a cross-reference table');
  const info = doc.context.trailerInfo;
  const trailer = doc.context.obj({ Size: doc.context.largestObjectNumber + 1, Root: info.Root, ...(info.Info ? { Info: info.Info } : {}), ...(info.ID ? { ID: info.ID } : {}), Prev: Number(previous) });
  parts.push(Buffer.from(`${xref}trailer\n${trailer.toString()}\nstartxref\n${offset}\n%%EOF\n`));
  return new SignPdf().sign(Buffer.concat(parts), new DeviceSigner(deviceOf(sign.key)));
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

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
};

/**
 * CMS detached signature as PAdES baseline B-B wants it (ETSI EN 319 142-1): content type, message digest
 * and the ESS signing-certificate-v2 attribute binding the signer's certificate; no CMS signing-time (the
 * time is in the PDF signature dictionary). RSA runs in Node's native crypto.
 */
class DeviceSigner extends Signer {
  constructor(private readonly device: SigningDevice) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const chainDer = await this.device.certificates();
    const chain = chainDer.map((der) => pkijs.Certificate.fromBER(Uint8Array.from(der)));
    const certificate = chain[0]!;
    const digest = createHash('sha256').update(pdfBuffer).digest();
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the default
    // SHA-256 hash and the issuer and serial number of the certificate (RFC 5035).
    const essCertId = new asn1js.Sequence({
      value: [
        new asn1js.OctetString({ valueHex: createHash('sha256').update(chainDer[0]!).digest() }),
        new asn1js.Sequence({
          value: [
            new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] })] }),
            certificate.serialNumber,
          ],
        }),
      ],
    });
    const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: [
        new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
        new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
        new pkijs.Attribute({ type: OID.signingCertificateV2, values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] })] }),
      ],
    });
    // The signature covers the DER of the signed attributes as a SET OF (RFC 5652 §5.4), not their [0] tag.
    const toBeSigned = Buffer.from(signedAttrs.toSchema().toBER(false));
    toBeSigned[0] = 0x31;
    const sha256 = new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });
    const signedData = new pkijs.SignedData({
      version: 1,
      digestAlgorithms: [sha256],
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
      certificates: chain,
      signerInfos: [new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        digestAlgorithm: sha256,
        signedAttrs,
        signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() }),
        signature: new asn1js.OctetString({ valueHex: await this.device.sign(toBeSigned) }),
      })],
    });
    const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
    return Buffer.from(contentInfo.toSchema().toBER(false));
  }
}
