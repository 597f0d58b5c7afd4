import { FormWriter } from '../../platform/pdf.js';
import type { Procedure } from './schemas.js';

const BLANK = '……………………………………………………………………';

/**
 * The procedure's application form, blank, to print and fill in by hand: the national motto, the agency
 * addressed, the applicant's particulars, the e-form's questions, the documents enclosed and the signature.
 * The same questions as the online e-form, so a paper dossier and an online one ask for the same things.
 */
export async function renderBlankForm(procedure: Procedure): Promise<Buffer> {
  const w = await FormWriter.create(`Đơn đề nghị — ${procedure.name}`);
  w.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true, align: 'center' });
  w.text('Độc lập - Tự do - Hạnh phúc', { size: 12, bold: true, align: 'center' });
  w.space(12);
  w.title('ĐƠN ĐỀ NGHỊ', procedure.name);
  w.text(`Kính gửi: ${procedure.agencyName}`, { align: 'center' });
  w.space(8);
  for (const label of ['Họ, chữ đệm, tên người yêu cầu', 'Số định danh cá nhân (CCCD) / mã số thuế', 'Nơi cư trú / địa chỉ liên hệ', 'Số điện thoại', 'Thư điện tử']) {
    w.field(label, BLANK);
  }
  if (procedure.formFields.length > 0) {
    w.space(4).text('Nội dung đề nghị:', { bold: true });
    for (const field of procedure.formFields) w.field(field.label, field.type === 'date' ? '……/……/………' : BLANK);
  }
  w.space(4).text('Giấy tờ gửi kèm:', { bold: true });
  procedure.documents.forEach((d, i) => w.text(`${i + 1}. ${d.name} (bản chính: ${d.original}, bản sao: ${d.copies}) ☐`, { indent: 12 }));
  w.space(4).text('Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.', { italic: true });
  w.space(8).text('……………, ngày …… tháng …… năm ………', { italic: true, align: 'right' });
  w.signature('NGƯỜI YÊU CẦU', '', '(Ký, ghi rõ họ, chữ đệm, tên)');
  return w.finish();
}
