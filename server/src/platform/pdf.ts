import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { AgencyKey } from './pki.js';

// A Unicode font with every Vietnamese letter, embedded (subset) into each PDF.
const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);
let fontBytes: Promise<{ regular: Buffer; bold: Buffer; italic: Buffer }> | undefined;
const loadFonts = () =>
  (fontBytes ??= Promise.all(['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf'].map((f) => fs.readFile(fontFile(f))))
    .then(([regular, bold, italic]) => ({ regular: regular!, bold: bold!, italic: italic! })));

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
    doc.registerFontkit(fontkit);
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
  return new SignPdf().sign(unsigned, new P12Signer(sign.key.p12, { passphrase: sign.key.passphrase }));
}
