import type { Db } from '../../platform/db.js';
import { localDay } from '../../platform/time.js';
import { describeFees, localMonth, monthsFrom, oneStopStatistics, type Column, type Row } from './rules.js';
import { agencies, feedbackByMonth, publishedProcedures, receivedDossiers } from './sources.js';

/**
 * The published data sets. Each says what it is (CKAN's name, title, notes, tags), its columns, how
 * often it is rebuilt, and how its rows are read. Rows hold no personal data: aggregates, or the
 * catalog's public facts.
 */
export type Dataset = {
  /** CKAN's `name`: URL-safe, stable; the files are named after it. */
  name: string;
  title: string;
  notes: string;
  tags: string[];
  /** How often the snapshot is rebuilt. */
  intervalMs: number;
  /** CKAN's `frequency` extra, in words. */
  frequency: string;
  columns: Column[];
  rows: (db: Db, now: Date) => Promise<Row[]>;
};

const HOUR = 3_600_000;
const LEVEL: Record<'province' | 'district' | 'commune', string> = { province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' };
// Decree 42/2022/NĐ-CP.
const ONLINE_LEVEL: Record<'full' | 'partial', string> = { full: 'Toàn trình', partial: 'Một phần' };

const procedureCatalog: Dataset = {
  name: 'danh-muc-thu-tuc-hanh-chinh',
  title: 'Danh mục thủ tục hành chính',
  notes: 'Các thủ tục hành chính đang công khai trên Cổng dịch vụ công của tỉnh: mã thủ tục quốc gia, tên, cơ quan thực hiện, '
    + 'thời hạn giải quyết (ngày làm việc) và phí, lệ phí. Mỗi dòng là một thủ tục.',
  tags: ['thủ tục hành chính', 'dịch vụ công', 'phí lệ phí'],
  intervalMs: HOUR,
  frequency: 'Hằng giờ',
  columns: [
    { key: 'ma_thu_tuc', title: 'Mã thủ tục (mã quốc gia)', type: 'string' },
    { key: 'ten_thu_tuc', title: 'Tên thủ tục', type: 'string' },
    { key: 'ma_co_quan', title: 'Mã định danh cơ quan thực hiện', type: 'string' },
    { key: 'co_quan_thuc_hien', title: 'Cơ quan thực hiện', type: 'string' },
    { key: 'linh_vuc', title: 'Lĩnh vực', type: 'string' },
    { key: 'cap_thuc_hien', title: 'Cấp thực hiện', type: 'string' },
    { key: 'muc_do_truc_tuyen', title: 'Mức độ dịch vụ công trực tuyến', type: 'string' },
    { key: 'thoi_han_giai_quyet_ngay', title: 'Thời hạn giải quyết (ngày làm việc)', type: 'integer' },
    { key: 'phi_le_phi', title: 'Phí, lệ phí', type: 'string' },
  ],
  async rows(db) {
    return (await publishedProcedures(db)).map((p) => ({
      ma_thu_tuc: p.nationalCode, ten_thu_tuc: p.name, ma_co_quan: p.agencyCode, co_quan_thuc_hien: p.agencyName,
      linh_vuc: p.fieldName, cap_thuc_hien: LEVEL[p.level], muc_do_truc_tuyen: ONLINE_LEVEL[p.onlineLevel],
      thoi_han_giai_quyet_ngay: p.processingDays, phi_le_phi: describeFees(p.feeSchedule),
    }));
  },
};

const oneStopMonthly: Dataset = {
  name: 'thong-ke-ho-so-mot-cua-theo-thang',
  title: 'Thống kê giải quyết hồ sơ một cửa theo tháng và cơ quan',
  notes: 'Số hồ sơ thủ tục hành chính của mỗi cơ quan tiếp nhận, theo tháng: tiếp nhận (trong đó nộp trực tuyến); giải quyết trước hạn, '
    + 'đúng hạn, quá hạn (theo ngày có kết quả so với ngày hẹn trả); còn đang giải quyết vào cuối tháng (tháng hiện tại: đến thời điểm cập nhật) '
    + 'trong hạn và quá hạn (hồ sơ đang chờ bổ sung được tính trong hạn vì thời hạn tạm dừng). Chỉ số liệu tổng hợp, không có thông tin cá nhân.',
  tags: ['một cửa', 'thống kê', 'hồ sơ', 'chỉ số phục vụ'],
  intervalMs: HOUR,
  frequency: 'Hằng giờ',
  columns: [
    { key: 'thang', title: 'Tháng (yyyy-MM)', type: 'string' },
    { key: 'ma_co_quan', title: 'Mã định danh cơ quan tiếp nhận', type: 'string' },
    { key: 'co_quan', title: 'Cơ quan tiếp nhận', type: 'string' },
    { key: 'tiep_nhan', title: 'Hồ sơ tiếp nhận trong tháng', type: 'integer' },
    { key: 'nop_truc_tuyen', title: 'Trong đó nộp trực tuyến', type: 'integer' },
    { key: 'giai_quyet_truoc_han', title: 'Giải quyết trước hạn', type: 'integer' },
    { key: 'giai_quyet_dung_han', title: 'Giải quyết đúng hạn', type: 'integer' },
    { key: 'giai_quyet_qua_han', title: 'Giải quyết quá hạn', type: 'integer' },
    { key: 'dang_giai_quyet_trong_han', title: 'Đang giải quyết, còn trong hạn (cuối tháng)', type: 'integer' },
    { key: 'dang_giai_quyet_qua_han', title: 'Đang giải quyết, đã quá hạn (cuối tháng)', type: 'integer' },
  ],
  async rows(db, now) {
    const [facts, directory] = await Promise.all([receivedDossiers(db), agencies(db)]);
    return oneStopStatistics(facts, now).map(({ month, agencyId, counts: c }) => ({
      thang: month, ma_co_quan: directory.get(agencyId)?.code ?? '', co_quan: directory.get(agencyId)?.name ?? '',
      tiep_nhan: c.received, nop_truc_tuyen: c.receivedOnline, giai_quyet_truoc_han: c.resolvedEarly, giai_quyet_dung_han: c.resolvedOnTime,
      giai_quyet_qua_han: c.resolvedLate, dang_giai_quyet_trong_han: c.pendingWithinDeadline, dang_giai_quyet_qua_han: c.pendingPastDeadline,
    }));
  },
};

/** How far back the feedback statistics go: this month and the 35 before it. */
const FEEDBACK_MONTHS = 36;

const feedbackMonthly: Dataset = {
  name: 'thong-ke-phan-anh-kien-nghi-theo-thang',
  title: 'Thống kê phản ánh, kiến nghị theo tháng và cơ quan',
  notes: 'Số phản ánh, kiến nghị của người dân, doanh nghiệp mà mỗi cơ quan tiếp nhận xử lý, theo tháng tiếp nhận (36 tháng gần nhất): tiếp nhận '
    + '(không tính phản ánh trùng đã gộp), đã trả lời đúng hạn, trả lời quá hạn (so với thời hạn trả lời theo ngày làm việc), còn đang xử lý và '
    + 'đang xử lý đã quá hạn (tại thời điểm cập nhật). Chỉ số liệu tổng hợp, không có nội dung phản ánh hay thông tin người gửi.',
  tags: ['phản ánh kiến nghị', 'thống kê', 'chỉ số phục vụ'],
  intervalMs: HOUR,
  frequency: 'Hằng giờ',
  columns: [
    { key: 'thang', title: 'Tháng tiếp nhận (yyyy-MM)', type: 'string' },
    { key: 'ma_co_quan', title: 'Mã định danh cơ quan xử lý', type: 'string' },
    { key: 'co_quan', title: 'Cơ quan xử lý', type: 'string' },
    { key: 'tiep_nhan', title: 'Phản ánh tiếp nhận', type: 'integer' },
    { key: 'tra_loi_dung_han', title: 'Đã trả lời đúng hạn', type: 'integer' },
    { key: 'tra_loi_qua_han', title: 'Đã trả lời quá hạn', type: 'integer' },
    { key: 'dang_xu_ly', title: 'Đang xử lý', type: 'integer' },
    { key: 'dang_xu_ly_qua_han', title: 'Đang xử lý, đã quá hạn', type: 'integer' },
  ],
  async rows(db, now) {
    const [y, m] = localMonth(now).split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(y, m - FEEDBACK_MONTHS, 1));
    const months = monthsFrom(first.toISOString().slice(0, 7), localMonth(now));
    const [stats, directory] = await Promise.all([feedbackByMonth(db, `${months[0]!}-01`, localDay(now), now), agencies(db)]);
    return stats.map((s) => ({
      thang: s.month, ma_co_quan: directory.get(s.agencyId)?.code ?? '', co_quan: s.agencyName, tiep_nhan: s.received,
      tra_loi_dung_han: s.answeredOnTime, tra_loi_qua_han: s.answeredLate, dang_xu_ly: s.open, dang_xu_ly_qua_han: s.openOverdue,
    }));
  },
};

/** Every data set the platform publishes, in the order the page lists them. */
export const DATASETS: readonly Dataset[] = [procedureCatalog, oneStopMonthly, feedbackMonthly];

export const datasetNamed = (name: string) => DATASETS.find((d) => d.name === name);
