import { FormWriter } from '../../platform/pdf.js';
import type { AgencyKey } from '../../platform/pki.js';
import { vnDateTime } from '../../platform/time.js';
import { formatVnd } from '../catalog/index.js';
import { amountInWords } from './amount-in-words.js';
import type { PaymentRow } from './repository.js';

export type ReceiptAgency = { name: string; parentName: string | null; place: string; key: AgencyKey | null };
export type ReceiptDossier = { code: string | null; trackingCode: string; procedureName: string };

/** The receipt series (ký hiệu) and number printed on a receipt numbered `yyyy-NNNNNNN`. */
export const receiptSeries = (receiptNumber: string) => ({ series: `BL/${receiptNumber.slice(0, 4)}E`, number: receiptNumber.slice(5) });

/**
 * The electronic receipt for fees and charges (biên lai thu phí, lệ phí điện tử), issued for every
 * payment and signed by the agency that collected it (PAdES, verifiable with pdfsig).
 */
export async function renderReceipt(agency: ReceiptAgency, payment: PaymentRow & { receiptNumber: string }, dossier: ReceiptDossier): Promise<Buffer> {
  const { series, number } = receiptSeries(payment.receiptNumber);
  const w = await FormWriter.create(`Biên lai thu phí, lệ phí ${series} số ${number}`);
  w.heading(agency.name, agency.parentName, agency.place, payment.paidAt ?? payment.createdAt);
  w.title('BIÊN LAI THU PHÍ, LỆ PHÍ', '(Biên lai điện tử)');
  w.field('Ký hiệu', series).field('Số', number);
  w.space(4);
  w.field('Tên đơn vị thu', agency.name);
  w.field('Người nộp', payment.payer.fullName);
  if (payment.payer.identityNumber) w.field('Số giấy tờ tùy thân / mã số thuế', payment.payer.identityNumber);
  if (payment.payer.address) w.field('Địa chỉ', payment.payer.address);
  w.field('Hồ sơ', `${dossier.code ?? dossier.trackingCode} — ${dossier.procedureName}`);
  w.space(4);
  w.table(['STT', 'Khoản thu', 'Cách tính', 'Số tiền'],
    [...payment.lines.map((l, i) => [String(i + 1), l.name, l.basis, formatVnd(l.amount)])],
    [0.08, 0.4, 0.32, 0.2]);
  const subtotal = payment.lines.reduce((sum, l) => sum + l.amount, 0);
  if (subtotal !== payment.amount) w.field('Được miễn, giảm', formatVnd(subtotal - payment.amount));
  w.text(`Tổng số tiền: ${formatVnd(payment.amount)}`, { bold: true });
  w.text(`Bằng chữ: ${amountInWords(payment.amount)}.`, { italic: true });
  w.space(4);
  w.field('Hình thức thanh toán', payment.channel === 'online'
    ? `Trực tuyến qua Nền tảng thanh toán (mã tham chiếu ${payment.reference}${payment.transactionId ? `, mã giao dịch ${payment.transactionId}` : ''}${payment.bankCode ? `, ngân hàng ${payment.bankCode}` : ''})`
    : `Tiền mặt tại bộ phận một cửa (mã ${payment.reference})`);
  if (payment.paidAt) w.field('Thời điểm nộp', vnDateTime(payment.paidAt));
  w.signature('Đơn vị thu', agency.name);
  return w.finish(agency.key ? { key: agency.key, signerName: agency.name, reason: `Biên lai ${series} số ${number}`, location: agency.place } : undefined);
}
