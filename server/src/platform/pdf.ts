import { constants, createPrivateKey, privateEncrypt, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import forge from 'node-forge';
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
// only reads it to build its own subset.
const parsedFonts = new WeakMap<Uint8Array, unknown>();
const sharedFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsedFonts.get(data);
    if (!font) {
      font = fontkit.create(data, postscriptName);
      parsedFonts.set(data, font);
    }
    return font;
  },
} as typeof fontkit;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 70, right: 50, top: 50, bottom: 50 };

type Style = { size?: number; bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right'; indent?: number };

/** A4 official-form layout (Decree 30/2020 style): flowing text with wrapping, simple tables, pages as needed. */
export class FormWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(private readonly doc: PDFDocument, private readonly fonts: { regular: PDFFont; bold: PDFFont; italic: PDFFont }) {
    this.newPage();
  }

  static async create(title: string, landscape = false): Promise<FormWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(sharedFontkit);
    const bytes = await loadFonts();
    const [regular, bold, italic] = await Promise.all([
      doc.embedFont(bytes.regular, { subset: true }), doc.embedFont(bytes.bold, { subset: true }), doc.embedFont(bytes.italic, { subset: true }),
    ]);
    doc.setTitle(title);
    doc.setLanguage('vi-VN');
    doc.setProducer('Tỉnh Số');
    doc.setCreationDate(new Date());
    const writer = new FormWriter(doc, { regular, bold, italic });
    if (landscape) writer.landscape = true;
    return writer;
  }

  private landscape = false;
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
    return sign ? signDocument(this.doc, sign) : Buffer.from(await this.doc.save());
  }
}

/** Signs an existing PDF (e.g. an uploaded result) as PAdES with the agency's key. */
export async function signExistingPdf(bytes: Buffer, sign: SignOptions): Promise<Buffer> {
  return signDocument(await PDFDocument.load(bytes, { updateMetadata: false }), sign);
}

export type SignOptions = { key: AgencyKey; signerName: string; reason: string; location: string };

async function signDocument(doc: PDFDocument, sign: SignOptions): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc, reason: sign.reason, contactInfo: '', name: sign.signerName, location: sign.location,
    signatureLength: 8192, subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(unsigned, new AgencySigner(sign.key));
}

type ParsedKey = { privateKey: forge.pki.rsa.PrivateKey; certificate: forge.pki.Certificate; chain: forge.pki.Certificate[]; nativeKey: KeyObject };

// DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2): what RSASSA-PKCS1-v1_5 signs.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');
// Opening a PKCS#12 file costs ~20 ms of key derivation: each loaded key is opened once.
const parsedKeys = new WeakMap<AgencyKey, ParsedKey>();

function parseKey(key: AgencyKey): ParsedKey {
  let parsed = parsedKeys.get(key);
  if (!parsed) {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(key.p12.toString('binary')), false, key.passphrase);
    const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag!;
    const certBag = forge.pki.oids.certBag!;
    const privateKey = p12.getBags({ bagType: keyBag })[keyBag]![0]!.key as forge.pki.rsa.PrivateKey;
    const chain = (p12.getBags({ bagType: certBag })[certBag] ?? []).map((bag: forge.pkcs12.Bag) => bag.cert!);
    const certificate = chain.find((c: forge.pki.Certificate) => {
      const pub = c.publicKey as forge.pki.rsa.PublicKey;
      return pub.n.compareTo(privateKey.n) === 0 && pub.e.compareTo(privateKey.e) === 0;
    });
    if (!certificate) throw new Error('the PKCS#12 file has no certificate for its private key');
    parsed = { privateKey, certificate, chain, nativeKey: createPrivateKey(forge.pki.privateKeyToPem(privateKey)) };
    parsedKeys.set(key, parsed);
  }
  return parsed;
}

/** CMS (PKCS#7) detached SHA-256 signature with the agency's key and certificate chain. */
class AgencySigner extends Signer {
  constructor(private readonly key: AgencyKey) {
    super();
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { privateKey, certificate, chain, nativeKey } = parseKey(this.key);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const cert of chain) p7.addCertificate(cert);
    p7.addSigner({
      // forge builds the CMS structure; the RSA operation itself runs in Node's native crypto.
      key: {
        ...privateKey,
        sign: (md: forge.md.MessageDigest) => privateEncrypt(
          { key: nativeKey, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')]),
        ).toString('binary'),
      } as forge.pki.rsa.PrivateKey,
      certificate,
      digestAlgorithm: forge.pki.oids.sha256!,
      // This order of attributes is the one validators of EU signatures expect.
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest! },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}
