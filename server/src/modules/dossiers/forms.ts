import { FormWriter } from '../../platform/pdf.js';
import QRCode from 'qrcode';
import type { AgencyKey } from '../../platform/pki.js';
import { vnClock, vnDate, vnDateTime } from '../../platform/time.js';
import { resolutionTiming, STATUS_LABEL, type DossierStatus } from './lifecycle.js';

/**
 * The one-stop forms of Circular 03/2025/TT-VPCP, Annex I: 01 receipt and appointment, 02 supplement
 * request, 03 refusal, 04 apology and extension, 05 stop notice (signed by the agency), 06 process
 * control sheet and 07 tracking book (printed on demand).
 */
export type FormNumber = '01' | '02' | '03' | '04' | '05';
export const FORM_TITLES: Record<FormNumber | '06' | '07', string> = {
  '01': 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  '02': 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  '03': 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ',
  '04': 'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  '05': 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
  '06': 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
  '07': 'SỔ THEO DÕI HỒ SƠ',
};

export type FormAgency = { name: string; parentName: string | null; place: string; key: AgencyKey | null };
export type FormDossier = {
  code: string | null;
  procedureName: string;
  processingDays: number;
  applicant: { fullName: string; address?: string; phone?: string; identityNumber?: string };
  documents: { name: string; original: number; copies: number }[];
  receivedAt: Date | null;
  dueAt: Date | null;
};
export type FormSigner = { position: string; name: string };

export type FormDetails =
  | { form: '01'; documents?: string[]; lookupUrl?: string }
  | { form: '02'; reason: string; items: string[] }
  | { form: '03'; reason: string }
  | { form: '04'; reason: string; newDueAt: Date }
  | { form: '05'; reason: string };


/** Renders and signs one of the forms 01–05 for a dossier. */
export async function renderDossierForm(agency: FormAgency, dossier: FormDossier, signer: FormSigner, details: FormDetails, now = new Date()): Promise<Buffer> {
  const w = await FormWriter.create(`Mẫu ${details.form} — ${FORM_TITLES[details.form]}`);
  w.heading(agency.name, agency.parentName, agency.place, now);
  w.title(FORM_TITLES[details.form], dossier.code ? `Mã hồ sơ: ${dossier.code}` : undefined);
  const who = `Ông/Bà ${dossier.applicant.fullName}`;
  switch (details.form) {
    case '01':
      w.text(`${agency.name} tiếp nhận hồ sơ của: ${who}`);
      if (dossier.applicant.identityNumber) w.field('Số giấy tờ tùy thân', dossier.applicant.identityNumber);
      if (dossier.applicant.address) w.field('Địa chỉ', dossier.applicant.address);
      if (dossier.applicant.phone) w.field('Số điện thoại', dossier.applicant.phone);
      w.field('Nội dung yêu cầu giải quyết', dossier.procedureName);
      w.space(4).text('1. Thành phần hồ sơ nộp gồm:');
      // What the desk ticked (at the counter) or what was attached (online); the procedure's list otherwise.
      w.table(['STT', 'Tên giấy tờ', 'Bản chính', 'Bản sao'],
        dossier.documents.filter((d) => !details.documents || details.documents.includes(d.name))
          .map((d, i) => [String(i + 1), d.name, String(d.original), String(d.copies)]), [0.08, 0.62, 0.15, 0.15]);
      w.text('2. Số lượng hồ sơ: 01 (bộ)');
      w.text(`3. Thời gian giải quyết hồ sơ theo quy định là: ${dossier.processingDays} ngày làm việc`);
      if (dossier.receivedAt) w.text(`4. Thời gian nhận hồ sơ: ${vnClock(dossier.receivedAt)}`);
      if (dossier.dueAt) w.text(`5. Thời gian trả kết quả giải quyết hồ sơ: ${vnClock(dossier.dueAt)}`);
      if (details.lookupUrl && dossier.code) {
        const link = `${details.lookupUrl}?ma=${encodeURIComponent(dossier.code)}`;
        await w.image(await QRCode.toBuffer(link, { errorCorrectionLevel: 'M', margin: 1, width: 240 }), 80,
          `6. Tra cứu tình trạng hồ sơ: quét mã QR bên cạnh, hoặc nhập mã hồ sơ tại ${details.lookupUrl}`);
      } else {
        w.text('6. Tra cứu tình trạng hồ sơ bằng mã hồ sơ trên Cổng dịch vụ công.');
      }
      break;
    case '02':
      w.text(`Ngày ${dossier.receivedAt ? vnDate(dossier.receivedAt) : '…'}, ${agency.name} tiếp nhận hồ sơ của ${who} đề nghị giải quyết thủ tục: ${dossier.procedureName}.`);
      w.text('Sau khi xem xét, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
      details.items.forEach((item, i) => w.text(`${i + 1}. ${item}`, { indent: 14 }));
      w.text(`Lý do: ${details.reason}`);
      w.text('Thời gian giải quyết được tính lại từ khi nhận đủ hồ sơ bổ sung. Mọi vướng mắc xin liên hệ bộ phận tiếp nhận và trả kết quả.');
      break;
    case '03':
      w.text(`${agency.name} nhận được hồ sơ của ${who} đề nghị giải quyết thủ tục: ${dossier.procedureName}.`);
      w.text(`Sau khi xem xét hồ sơ, ${agency.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`);
      w.text(details.reason, { indent: 14 });
      w.text('Xin thông báo để Ông/Bà được biết và thực hiện.');
      break;
    case '04':
      w.text(`Ngày ${dossier.receivedAt ? vnDate(dossier.receivedAt) : '…'}, ${agency.name} tiếp nhận, giải quyết hồ sơ của ${who} về thủ tục: ${dossier.procedureName}.`);
      if (dossier.dueAt) w.text(`Thời hạn trả kết quả theo giấy tiếp nhận: ${vnClock(dossier.dueAt)}.`);
      w.text(`Tuy nhiên, đến nay ${agency.name} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn. Lý do: ${details.reason}`);
      w.text(`Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, thời gian của Ông/Bà. ${agency.name} xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ vào ${vnClock(details.newDueAt)}.`);
      w.text('Mong nhận được sự thông cảm của Ông/Bà.');
      break;
    case '05':
      w.text(`${agency.name} thông báo dừng giải quyết hồ sơ của ${who} về thủ tục: ${dossier.procedureName}.`);
      w.text(`Lý do: ${details.reason}`);
      w.text('Ông/Bà có thể liên hệ bộ phận tiếp nhận và trả kết quả để được hướng dẫn.');
      break;
  }
  w.signature(signer.position, signer.name);
  return w.finish(agency.key ? { key: agency.key, signerName: agency.name, reason: `Mẫu ${details.form}: ${FORM_TITLES[details.form]}`, location: agency.place } : undefined);
}

export type ControlSheetRow = { at: Date; agencyName: string; actorName: string | null; action: string; note: string | null };

/** Form 06: who handed the dossier to whom, when, and whether it was on time. */
export async function renderControlSheet(agency: FormAgency, dossier: FormDossier & { status: DossierStatus; resolvedAt: Date | null }, rows: ControlSheetRow[]): Promise<Buffer> {
  const w = await FormWriter.create(`Mẫu 06 — ${FORM_TITLES['06']}`);
  w.heading(agency.name, agency.parentName, agency.place, new Date());
  w.title(FORM_TITLES['06'], dossier.code ? `Mã hồ sơ: ${dossier.code}` : undefined);
  w.field('Cơ quan giải quyết', agency.name);
  w.field('Thủ tục', dossier.procedureName);
  w.field('Người nộp', dossier.applicant.fullName);
  if (dossier.receivedAt) w.field('Thời gian nhận hồ sơ', vnClock(dossier.receivedAt));
  if (dossier.dueAt) w.field('Thời gian trả kết quả', vnClock(dossier.dueAt));
  w.field('Trạng thái', STATUS_LABEL[dossier.status]);
  if (dossier.resolvedAt && dossier.dueAt) {
    w.field('Kết quả', { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' }[resolutionTiming(dossier.resolvedAt, dossier.dueAt)]);
  }
  w.space(6);
  w.table(['Thời gian', 'Cơ quan, bộ phận', 'Người thực hiện', 'Nội dung', 'Ghi chú'],
    rows.map((r) => [vnDateTime(r.at), r.agencyName, r.actorName ?? '', r.action, r.note ?? '']), [0.17, 0.23, 0.18, 0.2, 0.22], 9);
  return w.finish();
}

export type TrackingBookRow = {
  code: string; procedureName: string; applicantName: string; applicantAddress: string; applicantPhone: string;
  receivedAt: Date; dueAt: Date | null; resolvedAt: Date | null; returnedAt: Date | null; note: string;
};

/** Form 07: the tracking book of an agency for a period. */
export async function renderTrackingBook(agency: FormAgency, from: string, to: string, rows: TrackingBookRow[]): Promise<Buffer> {
  const w = await FormWriter.create(`Mẫu 07 — ${FORM_TITLES['07']}`, true);
  w.heading(agency.name, agency.parentName, agency.place, new Date());
  const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  w.title(FORM_TITLES['07'], `Từ ngày ${day(from)} đến ngày ${day(to)}`);
  w.table(
    ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Số lượng hồ sơ (bộ)', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại', 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Ngày trả kết quả', 'Ký nhận', 'Ghi chú'],
    rows.map((r, i) => [String(i + 1), r.code, r.procedureName, '01', r.applicantName, [r.applicantAddress, r.applicantPhone].filter(Boolean).join(', '),
      vnDateTime(r.receivedAt), r.dueAt ? vnDateTime(r.dueAt) : '', r.returnedAt ? vnDateTime(r.returnedAt) : '', '', r.note]),
    [0.04, 0.13, 0.16, 0.05, 0.1, 0.12, 0.08, 0.08, 0.08, 0.06, 0.1], 8,
  );
  if (rows.length === 0) w.text('Không có hồ sơ trong kỳ.', { italic: true });
  return w.finish();
}
