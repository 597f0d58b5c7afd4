import { FormWriter, type SignOptions, type TextBox } from '../../platform/pdf.js';
import { URGENCY, type DocumentType } from './rules.js';

/** What an outgoing document shows, laid out as Decree 30/2020 Annex I wants it. */
export type DocumentLayout = {
  agencyName: string; parentName: string | null; place: string; year: number;
  type: DocumentType; symbol: string; summary: string; body: string; urgency: number;
  recipients: string[];
  signer: { competence: string | null; position: string; fullName: string };
};

/** Where the clerk's number and date go at issue: written blank here, stamped over then. */
export type StampBoxes = { number: TextBox; date: TextBox };

export const numberLine = (numberSymbol: string | null, symbol: string) => (numberSymbol ? `Số: ${numberSymbol}` : `Số:        /${symbol}`);

export function dateLine(place: string, date: { day: number; month: number; year: number } | { year: number }): string {
  if (!('day' in date)) return `${place}, ngày      tháng      năm ${date.year}`;
  // Days and months below 10 (and months 1 and 2) are written with a leading zero (Annex I).
  return `${place}, ngày ${String(date.day).padStart(2, '0')} tháng ${String(date.month).padStart(2, '0')} năm ${date.year}`;
}

/**
 * Renders the document for signing: national motto and agency, number and date left blank for the
 * clerk, title and summary (a công văn's summary goes under its number, "V/v ..."), body, recipients
 * (Nơi nhận) and the signature block. Signed by the signer's personal key when `sign` is given.
 */
export async function renderDocument(l: DocumentLayout, sign?: SignOptions): Promise<{ pdf: Buffer; stamps: StampBoxes }> {
  const w = await FormWriter.create(`${l.type.name}: ${l.summary}`);
  const { left, right } = w.halves();
  let numberBox!: TextBox;
  let dateBox!: TextBox;
  const isLetter = l.type.abbreviation === null;
  w.sideBySide(() => {
    if (l.parentName) w.text(l.parentName.toUpperCase(), { size: 12, align: 'center' }, left);
    w.text(l.agencyName.toUpperCase(), { size: 12, bold: true, align: 'center' }, left);
    w.text('———', { size: 10, align: 'center' }, left);
    numberBox = w.line(numberLine(null, l.symbol), { size: 13, align: 'center' }, left);
    if (isLetter) w.text(`V/v ${l.summary}`, { size: 12, align: 'center' }, left);
    if (l.urgency > 0) w.text(URGENCY[l.urgency]!.toUpperCase(), { size: 13, bold: true, align: 'center' }, left);
  }, () => {
    w.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 10, bold: true, align: 'center' }, right);
    w.text('Độc lập - Tự do - Hạnh phúc', { size: 12, bold: true, align: 'center' }, right);
    w.text('———————', { size: 10, align: 'center' }, right);
    dateBox = w.line(dateLine(l.place, { year: l.year }), { size: 13, italic: true, align: 'center' }, right);
  });
  w.space(18);
  if (!isLetter) w.title(l.type.name.toUpperCase(), l.summary);
  else w.space(6);
  for (const paragraph of l.body.split(/\n+/).filter((p) => p.trim())) w.text(paragraph.trim(), { size: 13, indent: 28 });
  w.space(12);
  w.sideBySide(() => {
    w.text('Nơi nhận:', { size: 12, bold: true, italic: true }, left);
    for (const [i, r] of l.recipients.entries()) w.text(`- ${r}${i === l.recipients.length - 1 ? '.' : ';'}`, { size: 11 }, left);
    w.text('- Lưu: VT.', { size: 11 }, left);
  }, () => {
    if (l.signer.competence) w.text(l.signer.competence.toUpperCase(), { size: 13, bold: true, align: 'center' }, right);
    w.text(l.signer.position.toUpperCase(), { size: 13, bold: true, align: 'center' }, right);
    w.text('(Đã ký số)', { size: 11, italic: true, align: 'center' }, right);
    w.space(30);
    w.text(l.signer.fullName, { size: 13, bold: true, align: 'center' }, right);
  });
  // The signer's signature approves; it does not certify: the clerk's number and the seal come after it.
  return { pdf: await w.finish(sign ? { ...sign, certify: false } : undefined), stamps: { number: numberBox, date: dateBox } };
}
