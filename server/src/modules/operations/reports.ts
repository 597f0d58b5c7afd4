import ExcelJS from 'exceljs';
import type { Queryable } from '../../platform/db.js';
import { FormWriter } from '../../platform/pdf.js';
import type { Principal } from '../../platform/principal.js';
import { identity } from '../identity/index.js';
import { checkPeriod, scopedAgency, treeFigures, type Period } from './dashboard.js';
import type { Figures } from './rules.js';

/**
 * The one-stop statistics table (Circular 03/2025/TT-VPCP's reporting of dossiers received and resolved)
 * of an agency and each agency under it, over a period, as .xlsx and PDF: the same figures as the
 * dashboard, from the same rollups. Pending counts are as of the time of the report.
 */

const HEADERS = [
  'STT', 'Đơn vị', 'Tổng số hồ sơ', 'Kỳ trước chuyển qua', 'Tiếp nhận trực tuyến', 'Tiếp nhận trực tiếp, bưu chính',
  'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết', 'Trong hạn', 'Quá hạn',
];
export type ReportLine = { name: string; figures: Figures };

const cells = (f: Figures) => [
  f.carriedOver + f.received, f.carriedOver, f.receivedOnline, f.receivedDirect,
  f.resolved, f.resolvedEarly, f.resolvedOnTime, f.resolvedLate, f.pending, f.pendingWithin, f.pendingOverdue,
];

export async function reportLines(db: Queryable, principal: Principal, query: Period & { agencyId?: number }) {
  checkPeriod(query);
  const scope = await scopedAgency(db, principal, query.agencyId);
  const tree = await treeFigures(db, scope.id, query);
  const agency = tree.agencyOf(scope.id);
  const lines: ReportLine[] = [
    { name: agency.name, figures: tree.figures(scope.id) },
    ...tree.childrenOf(scope.id).map((id) => ({ name: tree.agencyOf(id).name, figures: tree.figures(id) })),
  ];
  const [profile, place] = await Promise.all([identity.agencyProfile(db, scope.id), identity.placeOf(db, scope.id)]);
  return { agency, parentName: profile?.parentName ?? null, place, lines };
}

const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const TITLE = 'TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';

export async function reportXlsx(db: Queryable, principal: Principal, query: Period & { agencyId?: number }) {
  const { agency, lines } = await reportLines(db, principal, query);
  const book = new ExcelJS.Workbook();
  book.creator = 'Tỉnh Số';
  const sheet = book.addWorksheet('Kết quả giải quyết TTHC');
  sheet.addRow([TITLE]);
  sheet.addRow([`${agency.name} — từ ngày ${vn(query.from)} đến ngày ${vn(query.to)}`]);
  sheet.addRow([]);
  const header = sheet.addRow(HEADERS);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  lines.forEach((line, i) => sheet.addRow([i === 0 ? 'Tổng' : i, line.name, ...cells(line.figures)]));
  sheet.getColumn(2).width = 40;
  for (let c = 3; c <= HEADERS.length; c++) sheet.getColumn(c).width = 14;
  sheet.getRow(1).font = { bold: true, size: 13 };
  return { fileName: `bao-cao-tthc-${agency.code}-${query.from}-${query.to}.xlsx`, data: Buffer.from(await book.xlsx.writeBuffer()) };
}

export async function reportPdf(db: Queryable, principal: Principal, query: Period & { agencyId?: number }) {
  const { agency, parentName, place, lines } = await reportLines(db, principal, query);
  const w = await FormWriter.create(TITLE, true);
  w.heading(agency.name, parentName, place, new Date());
  w.title(TITLE, `Từ ngày ${vn(query.from)} đến ngày ${vn(query.to)}`);
  w.table(HEADERS, lines.map((line, i) => [i === 0 ? 'Tổng' : String(i), line.name, ...cells(line.figures).map((n) => n.toLocaleString('vi-VN'))]),
    [0.04, 0.2, 0.07, 0.07, 0.07, 0.08, 0.07, 0.06, 0.06, 0.06, 0.08, 0.07, 0.07], 8);
  return { fileName: `bao-cao-tthc-${agency.code}-${query.from}-${query.to}.pdf`, data: await w.finish() };
}
