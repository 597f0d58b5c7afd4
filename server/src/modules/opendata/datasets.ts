import type { Queryable } from '../../platform/db.js';
import { describeFees, oneStopStatistics, type Column, type Row } from './rules.js';
import { agencies, publishedProcedures, receivedDossiers } from './sources.js';

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
  rows: (db: Queryable, now: Date) => Promise<Row[]>;
};

const HOUR = 3_600_000;

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
    { key: 'thoi_han_giai_quyet_ngay', title: 'Thời hạn giải quyết (ngày làm việc)', type: 'integer' },
    { key: 'phi_le_phi', title: 'Phí, lệ phí', type: 'string' },
  ],
  async rows(db) {
    const [procedures, directory] = await Promise.all([publishedProcedures(db), agencies(db)]);
    return procedures.map((p) => ({
      ma_thu_tuc: p.nationalCode, ten_thu_tuc: p.name, ma_co_quan: directory.get(p.agencyId)?.code ?? '', co_quan_thuc_hien: directory.get(p.agencyId)?.name ?? '',
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

/** Every data set the platform publishes, in the order the page lists them. */
export const DATASETS: readonly Dataset[] = [procedureCatalog, oneStopMonthly];

export const datasetNamed = (name: string) => DATASETS.find((d) => d.name === name);
