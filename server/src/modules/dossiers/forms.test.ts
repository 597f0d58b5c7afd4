import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdftotext } from '../../../test/samples.js';
import { FORM_TITLES, renderControlSheet, renderDossierForm, renderTrackingBook, type FormDetails } from './forms.js';

/** The text poppler extracts, as a reader's copy and paste or a search would get it, on one line. */
const oneLine = async (pdf: Buffer) => (await pdftotext(pdf)).replace(/\s+/g, ' ');

/** Table headers wrap within their cells: each of their words, whole. */
const words = (text: string) => new Set(text.split(' '));
const expectWords = (text: string, phrase: string) => {
  for (const word of phrase.split(' ')) expect(words(text), phrase).toContain(word);
};

const agency = { name: 'UBND phường Chi Lăng', parentName: 'UBND thành phố Lạng Sơn', place: 'Lạng Sơn', key: null };
const dossier = {
  code: '000.01.21.H37-261128-0001', procedureName: 'Cấp bản sao từ sổ gốc', processingDays: 1,
  applicant: { fullName: 'Nguyễn Văn An', identityNumber: '020095001234', address: 'Số 5 Trần Đăng Ninh, phường Chi Lăng', phone: '0912345678' },
  documents: [{ name: 'Đơn đề nghị cấp bản sao từ sổ gốc', original: 1, copies: 0 }],
  receivedAt: new Date('2026-11-27T02:00:00Z'), dueAt: new Date('2026-11-30T10:00:00Z'),
};
const signer = { position: 'Người tiếp nhận hồ sơ', name: 'Lộc Thị Thu' };
const details: FormDetails[] = [
  { form: '01' },
  { form: '02', reason: 'Cần bản sao giấy khai sinh để đối chiếu sổ gốc', items: ['Bản sao giấy khai sinh'] },
  { form: '03', reason: 'Hồ sơ không thuộc thẩm quyền của Ủy ban nhân dân phường' },
  { form: '04', reason: 'Cần xác minh thông tin với cơ quan khác', newDueAt: new Date('2026-12-03T10:00:00Z') },
  { form: '05', reason: 'Người yêu cầu đề nghị dừng giải quyết' },
];

describe('the one-stop forms (01–07)', () => {
  // Several documents in one process: a glyph first met inside another must still extract as itself.
  it('extract word for word as printed: titles, headings, names and labels', async () => {
    for (const d of details) {
      const extracted = await oneLine(await renderDossierForm(agency, dossier, signer, d));
      for (const expected of [FORM_TITLES[d.form], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND PHƯỜNG CHI LĂNG',
        'Nguyễn Văn An', 'Cấp bản sao từ sổ gốc', signer.name, dossier.code]) {
        expect(extracted, `form ${d.form}`).toContain(expected);
      }
      if ('reason' in d) expect(extracted, `form ${d.form}`).toContain(d.reason);
    }
    const sheet = await oneLine(await renderControlSheet(agency, { ...dossier, status: 'processing', resolvedAt: null }, [
      { at: new Date('2026-11-27T02:00:00Z'), agencyName: 'UBND phường Chi Lăng', actorName: 'Lộc Thị Thu', action: 'Tiếp nhận', note: 'Hồ sơ đủ' },
    ]));
    for (const expected of [FORM_TITLES['06'], 'Cơ quan giải quyết', 'Lộc Thị Thu']) expect(sheet).toContain(expected);
    expectWords(sheet, 'Người thực hiện Cơ quan, bộ phận');
  });

  it('print the tracking book (07) on landscape pages only, every page', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      code: `000.01.21.H37-261127-${String(i + 1).padStart(4, '0')}`, procedureName: 'Cấp bản sao từ sổ gốc', applicantName: 'Hoàng Thị Ngọc Ánh',
      applicantAddress: 'Số 12 Lê Lợi, phường Vĩnh Trại', applicantPhone: '0912345678', receivedAt: new Date('2026-11-27T02:00:00Z'),
      dueAt: new Date('2026-11-30T10:00:00Z'), resolvedAt: null, returnedAt: null, note: '',
    }));
    const pdf = await renderTrackingBook(agency, '2026-11-01', '2026-11-30', rows);
    const pages = (await PDFDocument.load(pdf)).getPages();
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.getWidth()).toBeGreaterThan(page.getHeight());
    const text = await oneLine(pdf);
    for (const expected of [FORM_TITLES['07'], '000.01.21.H37-261127-0060']) expect(text).toContain(expected);
    expectWords(text, 'Tên cá nhân, tổ chức Hẹn trả kết quả Hoàng Thị Ngọc Ánh');
  });
});
