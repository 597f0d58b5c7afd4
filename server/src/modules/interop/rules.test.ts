import { describe, expect, it } from 'vitest';
import { maskSubject, portalDate, portalMessage, readCatalogEntry, readPulledDossier, retryDelayMs, supplementState, type DossierSnapshot } from './rules.js';

const dossier: DossierSnapshot = {
  code: '000.01.21.H37-261207-0001', trackingCode: 'TS-1-ABCD', procedureName: 'Cấp bản sao từ sổ gốc', channel: 'online',
  applicant: { fullName: 'Nguyễn Văn An', identityNumber: '020095001234', kind: 'citizen' },
  submittedAt: new Date('2026-12-07T01:00:00Z'), receivedAt: new Date('2026-12-07T02:30:05Z'), dueAt: new Date('2026-12-08T10:00:00Z'),
  extendedDueAt: null, resolvedAt: null, returnedAt: null, supplementCount: 0, paymentStatus: 'none', fee: null,
};

describe('portalDate', () => {
  it("writes yyyyMMddHHmmss in Vietnam's time, across midnight", () => {
    expect(portalDate(new Date('2026-12-07T02:30:05Z'))).toBe('20261207093005');
    expect(portalDate(new Date('2026-12-31T17:00:00Z'))).toBe('20270101000000');
    expect(portalDate(null)).toBeNull();
    expect(portalDate('not a date')).toBeNull();
  });
});

describe('portalMessage', () => {
  it("carries the change's status code, the dossier's dates and the e-ID flag", () => {
    const m = portalMessage({ dossier, change: { action: 'receive', from: 'submitted', to: 'received', at: '2026-12-07T02:30:05Z' }, procedureCode: '2.000815', agencyCode: '000.01.21.H37', eidVerified: true, nationalCode: null });
    expect(m).toMatchObject({
      MaHoSo: '000.01.21.H37-261207-0001', MaTTHC: '2.000815', TrangThaiHoSo: 2, NgayTiepNhan: '20261207093005', NgayHenTra: '20261208170000',
      KenhThucHien: 2, LoaiDoiTuong: 1, TaiKhoanDuocXacThucVoiVNeID: 1, TrangThaiBoSung: 0, DonViXuLy: '000.01.21.H37', NgayTuChoi: null,
    });
  });

  it('uses the tracking code before reception, marks a business and a refusal to receive', () => {
    const m = portalMessage({ dossier: { ...dossier, code: null, applicant: { fullName: 'Công ty Hoa Long', kind: 'business' } }, change: { action: 'reject', from: 'submitted', to: 'rejected', at: '2026-12-07T03:00:00Z' }, procedureCode: '2.000815', agencyCode: 'X', eidVerified: false, nationalCode: 'G22.H37-1' });
    expect(m).toMatchObject({ MaHoSo: 'TS-1-ABCD', MaHoSoQuocGia: 'G22.H37-1', TrangThaiHoSo: 3, LoaiDoiTuong: 2, NgayTuChoi: '20261207100000', TaiKhoanDuocXacThucVoiVNeID: 0 });
  });

  it('refuses a status the portal does not know (a draft)', () => {
    expect(() => portalMessage({ dossier, change: { action: 'x', from: null, to: 'draft', at: new Date() }, procedureCode: '', agencyCode: '', eidVerified: false, nationalCode: null })).toThrow();
  });
});

describe('supplementState', () => {
  it('is 1 while awaited, 2 once supplied, 0 when never asked', () => {
    expect(supplementState('awaiting_supplement', 'request_supplement', 1)).toBe(1);
    expect(supplementState('processing', 'resubmit', 1)).toBe(2);
    expect(supplementState('result_ready', 'approve', 1)).toBe(2);
    expect(supplementState('processing', 'start_processing', 0)).toBe(0);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base with jitter, up to the ceiling', () => {
    expect(retryDelayMs(1, 1000, 60_000, 0)).toBe(500);
    expect(retryDelayMs(1, 1000, 60_000, 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, 60_000, 1)).toBe(4000);
    expect(retryDelayMs(30, 1000, 60_000, 1)).toBe(60_000);
  });
});

describe('maskSubject', () => {
  it('keeps only the last four characters', () => {
    expect(maskSubject('020095001234')).toBe('********1234');
    expect(maskSubject('12')).toBe('12');
  });
});

describe('readPulledDossier', () => {
  it('takes a well-formed entry and refuses what lacks a code, a procedure or an applicant', () => {
    const ok = readPulledDossier({ seq: 3, nationalCode: 'G22-1', procedureCode: '2.000815', applicant: { fullName: 'Hoàng Thị Mai' }, formData: { a: 'b', n: 5 }, submittedAt: '2026-12-07T01:00:00Z' });
    expect(ok.ok && ok.dossier).toMatchObject({ seq: 3, agencyCode: null, formData: { a: 'b' }, applicant: { kind: 'citizen' } });
    expect(readPulledDossier({ seq: 1, procedureCode: '2.000815', applicant: { fullName: 'A B' } })).toEqual({ ok: false, reason: 'nationalCode' });
    expect(readPulledDossier({ seq: 1, nationalCode: 'x', procedureCode: 'DROP TABLE', applicant: { fullName: 'A B' } })).toEqual({ ok: false, reason: 'procedureCode' });
    expect(readPulledDossier({ seq: 0, nationalCode: 'x', procedureCode: '2.000815', applicant: { fullName: 'A B' } })).toEqual({ ok: false, reason: 'seq' });
    expect(readPulledDossier(null)).toEqual({ ok: false, reason: 'not an object' });
  });
});

describe('readCatalogEntry', () => {
  it("applies the catalog's constraints to a national entry", () => {
    const base = { code: '1.003348', name: 'Đăng ký giám hộ', fieldCode: 'HT', level: 'commune', processingDays: 3, onlineLevel: 'partial' };
    expect(readCatalogEntry(base)).toMatchObject({ ok: true, entry: { fieldName: 'HT', legalBasis: '' } });
    expect(readCatalogEntry({ ...base, code: '1.3' })).toMatchObject({ ok: false, reason: 'code' });
    expect(readCatalogEntry({ ...base, processingDays: 0.3 })).toMatchObject({ ok: false, reason: 'processingDays' });
    expect(readCatalogEntry({ ...base, level: 'ward' })).toMatchObject({ ok: false, reason: 'level' });
    expect(readCatalogEntry({ ...base, name: 'abc' })).toMatchObject({ ok: false, reason: 'name' });
  });
});
