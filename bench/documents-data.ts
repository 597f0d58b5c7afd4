/**
 * The data and the SQL of the document search benchmark (bench/documents.ts), in one place: when the
 * documents schema or the search query changes, adjust it here.
 *
 * The documents are written in bulk by PostgreSQL itself (INSERT … SELECT over generate_series): Vietnamese
 * summaries assembled from word lists ("Về việc" + a topic + a place + a period), printed numbers and symbols
 * (15/QĐ-UBND, 123/UBND-VP), senders, spread over the demo agencies so that the searcher's agency holds 1/15
 * of them; incoming ones arrived, registered, in progress or done, outgoing ones drafted, in review or issued,
 * each registered one numbered in its agency's register of its direction and year, without gap or repeat.
 */
import type pg from 'pg';
import { agencySymbolFromName } from '../server/src/modules/documents/rules.js';
import { documentRepository } from '../server/src/modules/documents/repository.js';
import { searchFilter } from '../server/src/modules/documents/service.js';

type Queryable = pg.Pool | pg.PoolClient;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Who searches: the clerk of Sở Tư pháp (agency 000.00.12.H37), a demo official. */
export const SEARCHER = 'vanthu.stp';
/** The share of all documents that are the searcher's agency's own: one in SEARCHER_SHARE. */
export const SEARCHER_SHARE = 15;

/**
 * What officials type, without diacritics: topics, places, senders, years, and printed numbers and symbols
 * (which the platform looks up by their beginning). Requested in turn.
 */
export const SEARCH_QUERIES = [
  'ra soat thu tuc', 'dat dai', 'hoi nghi 2026', '123/UBND', 'phong chong thien tai', 'luat dat dai', 'chuyen doi so', 'cao loc',
  'ke hoach 2025', 'tiep cong dan', 'dich vu cong truc tuyen', '15/QD', '45/BTP', 'huu nghi', 'giai ngan von dau tu cong', 'bo tu phap',
  'khen thuong', 'an toan giao thong', 'hanh chinh', 'thong bao ket luan', '1207/UBND-VP', 'tai san cong', 'ho tich', 'nong thon moi 2024',
];

// ---- word lists ----

/** Document types in the proportions of a department's registers: code, abbreviation in symbols (null: công văn), summary's lead, share in %. */
const TYPES: [code: string, abbreviation: string | null, lead: string, percent: number][] = [
  ['CV', null, 'Về việc', 45], ['QD', 'QĐ', 'Về việc phê duyệt', 12], ['KH', 'KH', 'Kế hoạch', 10], ['BC', 'BC', 'Báo cáo kết quả', 10],
  ['TB', 'TB', 'Thông báo kết luận về', 8], ['GM', 'GM', 'Giấy mời họp về', 7], ['TTR', 'TTr', 'Tờ trình về', 5], ['HD', 'HD', 'Hướng dẫn', 3],
];

const TOPICS = [
  'rà soát thủ tục hành chính', 'rà soát, đơn giản hóa thủ tục hành chính', 'triển khai Luật Đất đai năm 2024', 'cấp giấy chứng nhận quyền sử dụng đất',
  'bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất', 'tổ chức Hội nghị tổng kết công tác', 'tổ chức Hội nghị sơ kết công tác 6 tháng',
  'phòng, chống thiên tai và tìm kiếm cứu nạn', 'phòng, chống dịch bệnh trên đàn gia súc', 'chuyển đổi số và phát triển chính quyền số',
  'triển khai Đề án 06 về dữ liệu dân cư', 'cải cách hành chính', 'cung cấp dịch vụ công trực tuyến toàn trình', 'giải quyết đơn thư khiếu nại, tố cáo',
  'tiếp công dân định kỳ', 'quản lý, sử dụng tài sản công', 'giao dự toán ngân sách nhà nước', 'giải ngân vốn đầu tư công', 'xây dựng nông thôn mới',
  'phát triển kinh tế cửa khẩu', 'bảo đảm trật tự an toàn giao thông', 'phòng cháy, chữa cháy rừng', 'kiểm tra công tác văn thư, lưu trữ',
  'công tác thi đua, khen thưởng', 'tuyển dụng công chức, viên chức', 'bồi dưỡng nghiệp vụ hộ tịch', 'chứng thực bản sao từ bản chính',
  'phổ biến, giáo dục pháp luật', 'theo dõi tình hình thi hành pháp luật', 'kiểm soát thủ tục hành chính', 'điều chỉnh quy hoạch sử dụng đất',
  'cấp giấy phép xây dựng', 'sắp xếp đơn vị hành chính cấp xã', 'công tác tuyển chọn và gọi công dân nhập ngũ', 'phòng, chống tham nhũng, tiêu cực',
  'đón tiếp và làm việc với đoàn công tác của Bộ Tư pháp', 'tổ chức các hoạt động mừng Đảng, mừng Xuân', 'bảo vệ môi trường làng nghề',
  'thu ngân sách nhà nước', 'bảo đảm an toàn thực phẩm',
];

const PLACES = [
  'trên địa bàn tỉnh', 'trên địa bàn tỉnh Lạng Sơn', 'tại thành phố Lạng Sơn', 'tại huyện Cao Lộc', 'tại huyện Hữu Lũng', 'tại huyện Lộc Bình',
  'tại huyện Đình Lập', 'tại huyện Tràng Định', 'tại huyện Văn Lãng', 'tại huyện Bình Gia', 'tại huyện Bắc Sơn', 'tại huyện Chi Lăng',
  'tại huyện Văn Quan', 'tại phường Chi Lăng', 'tại phường Hoàng Văn Thụ', 'tại xã Mai Pha', 'tại Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn',
  'tại cửa khẩu quốc tế Hữu Nghị', 'tại cửa khẩu Tân Thanh', '',
];

/** Senders of incoming documents: name, agency abbreviation in symbols, and for a few their organ code on the axis. */
const SENDERS: [name: string, symbol: string, code: string | null][] = [
  ['Bộ Tư pháp', 'BTP', '000.00.00.G10'], ['Bộ Nội vụ', 'BNV', '000.00.00.G09'], ['Bộ Tài nguyên và Môi trường', 'BTNMT', '000.00.00.G15'],
  ['Bộ Tài chính', 'BTC', '000.00.00.G06'], ['Văn phòng Chính phủ', 'VPCP', '000.00.00.G22'], ['UBND tỉnh Lạng Sơn', 'UBND', '000.00.00.H37'],
  ['Văn phòng UBND tỉnh Lạng Sơn', 'VP', '000.00.01.H37'], ['Sở Tài chính tỉnh Lạng Sơn', 'STC', null], ['Sở Nội vụ tỉnh Lạng Sơn', 'SNV', null],
  ['Công an tỉnh Lạng Sơn', 'CAT', null], ['Thanh tra tỉnh Lạng Sơn', 'TTr', null], ['Bộ Chỉ huy Quân sự tỉnh Lạng Sơn', 'BCH', null],
  ['UBND huyện Lộc Bình', 'UBND', null], ['UBND huyện Tràng Định', 'UBND', null], ['Tỉnh ủy Lạng Sơn', 'TU', null], ['HĐND tỉnh Lạng Sơn', 'HĐND', null],
];

/** Drafting units, after the agency's symbol in a công văn's (120/UBND-VP). */
const UNITS = ['VP', 'TH', 'KT', 'NC', 'KSTT', 'HCTP', 'PBGDPL', 'TCKH'];

/** The generated rows before they are written into documents (an unlogged table, dropped once they are). */
const STAGING = 'bench_documents_generated';
const DOCUMENT_COLUMNS = `agency_id, direction, status, doc_type, summary, urgency, confidentiality, register_id, number, number_symbol,
  unit_symbol, issuer_name, issuer_code, issued_on, received_at, channel, due_on, leader_id, signer_id, signer_position, signed_at, issued_at,
  created_by, created_at, updated_at`;

/** Incoming documents' own numbers run up to this (the sender's registers). */
const SENDER_NUMBERS = 3000;

// ---- generation ----

export type Generated = { documents: number; assignments: number; registers: number; searcherDocuments: number; seconds: Record<string, number> };

/**
 * `count` documents over 2024-01-01 … 2026-11-28 (ids in date order), written in bulk: their registers
 * and numbers, and lead assignments to other agencies for 15 % of the incoming ones in progress or done.
 * Then VACUUM ANALYZE. Takes a client of its own (temporary tables); the times of each step are returned.
 */
export async function generateDocuments(pool: pg.Pool, count: number, searcherAgencyId: number, writers = 2): Promise<Generated> {
  const seconds: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    seconds[name] = (performance.now() - started) / 1000;
    return result;
  };
  const db = await pool.connect();
  // A session ended under a statement fails the statement; one ended between two (the benchmark interrupted) must not end the process.
  db.on('error', () => undefined);
  try {
    await db.query(`SET work_mem = '256MB'`);
    await db.query(`SET maintenance_work_mem = '1GB'`);
    await db.query('SET jit = off');
    await db.query(`DROP TABLE IF EXISTS ${STAGING}`);

    // Each agency's abbreviation, as the platform guesses it for a new register, its leader and clerk.
    const agencies = (await db.query<{ id: number; name: string; leader: number | null; clerk: number | null }>(
      `SELECT a.id, a.name,
              (SELECT min(r.user_id) FROM user_roles r WHERE r.agency_id = a.id AND r.role = 'leader') AS leader,
              (SELECT min(r.user_id) FROM user_roles r WHERE r.agency_id = a.id AND r.role = 'clerk') AS clerk
         FROM agencies a ORDER BY a.id`)).rows;
    const others = agencies.filter((a) => Number(a.id) !== searcherAgencyId);
    const searcher = agencies.find((a) => Number(a.id) === searcherAgencyId);
    if (!searcher || others.length === 0) throw new Error(`agency ${searcherAgencyId} is not among the demo agencies, or it is the only one`);
    const anyLeader = agencies.find((a) => a.leader !== null)?.leader;
    if (!anyLeader) throw new Error('the demo province has no leader to assign documents');
    const ordered = [searcher, ...others];

    await db.query(`CREATE TEMP TABLE g_agency (n int PRIMARY KEY, id bigint NOT NULL, symbol text NOT NULL, leader bigint, clerk bigint) ON COMMIT PRESERVE ROWS`);
    await db.query(`INSERT INTO g_agency SELECT n - 1, id, symbol, leader, clerk FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[]) WITH ORDINALITY AS x(id, symbol, leader, clerk, n)`,
      [ordered.map((a) => a.id), ordered.map((a) => agencySymbolFromName(a.name)), ordered.map((a) => a.leader), ordered.map((a) => a.clerk)]);
    // Each type takes the range [lo, hi) of 0 … 99.
    const his = TYPES.map((_, n) => TYPES.slice(0, n + 1).reduce((sum, t) => sum + t[3], 0));
    if (his.at(-1) !== 100) throw new Error('the shares of the document types must add up to 100 %');
    await db.query(`CREATE TEMP TABLE g_type (code text, abbreviation text, lead text, lo int, hi int)`);
    await db.query(`INSERT INTO g_type SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[])`, [
      TYPES.map((t) => t[0]), TYPES.map((t) => t[1]), TYPES.map((t) => t[2]), his.map((hi, n) => hi - TYPES[n]![3]), his,
    ]);
    const list = async (table: string, values: string[]) => {
      await db.query(`CREATE TEMP TABLE ${table} (n int PRIMARY KEY, text text NOT NULL)`);
      await db.query(`INSERT INTO ${table} SELECT n - 1, text FROM unnest($1::text[]) WITH ORDINALITY AS x(text, n)`, [values]);
    };
    await list('g_topic', TOPICS);
    await list('g_place', PLACES);
    await list('g_unit', UNITS);
    await db.query(`CREATE TEMP TABLE g_sender (n int PRIMARY KEY, name text NOT NULL, symbol text NOT NULL, code text)`);
    await db.query(`INSERT INTO g_sender SELECT n - 1, name, symbol, code FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS x(name, symbol, code, n)`,
      [SENDERS.map((s) => s[0]), SENDERS.map((s) => s[1]), SENDERS.map((s) => s[2])]);

    // Every agency's incoming and outgoing register of 2024, 2025 and 2026.
    const registers = await step('registers', async () => {
      await db.query(`INSERT INTO document_registers (agency_id, direction, year, name, agency_symbol)
        SELECT a.id, dir, y, CASE dir WHEN 'incoming' THEN 'Sổ văn bản đến năm ' ELSE 'Sổ văn bản đi năm ' END || y, a.symbol
          FROM g_agency a CROSS JOIN unnest(ARRAY['incoming', 'outgoing']) dir CROSS JOIN generate_series(2024, 2026) y
        ON CONFLICT DO NOTHING`);
      await db.query(`CREATE TEMP TABLE g_register AS
        SELECT DISTINCT ON (agency_id, direction, year) id, agency_id, direction, year, last_number
          FROM document_registers ORDER BY agency_id, direction, year, id`);
      return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM g_register')).rows[0]!.n;
    });

    const before = Number((await db.query<{ last: string }>('SELECT coalesce(max(id), 0) AS last FROM documents')).rows[0]!.last);
    const otherCount = others.length;
    // h(k): a pseudo-random number in 0 … 2^20 - 1 for row i, independent for each k.
    const h = (k: number) => `(hashint4extended(i, ${k}) & 1048575)::int`;
    // The rows, numbers included, made first in a table of their own: they are then written by a few sessions at once.
    await step('rows', () => db.query(`
      CREATE UNLOGGED TABLE ${STAGING} AS
      SELECT i, agency_id, direction, status, doc_type, summary, urgency, confidentiality, register_id, number,
             CASE WHEN direction = 'incoming'
                  THEN sender_number || '/' || CASE WHEN abbreviation IS NULL THEN sender_symbol || '-' || unit ELSE abbreviation || '-' || sender_symbol END
                  WHEN number IS NOT NULL
                  THEN lpad(number::text, 2, '0') || '/' || CASE WHEN abbreviation IS NULL THEN agency_symbol || '-' || unit ELSE abbreviation || '-' || agency_symbol END
             END AS number_symbol,
             CASE WHEN direction = 'outgoing' AND abbreviation IS NULL THEN unit END AS unit_symbol,
             sender_name AS issuer_name, sender_code AS issuer_code,
             CASE WHEN direction = 'incoming' THEN (t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - lag_days
                  WHEN number IS NOT NULL THEN (t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS issued_on,
             CASE WHEN direction = 'incoming' THEN t END AS received_at,
             channel, due_on, leader_id, signer_id,
             CASE WHEN signer_id IS NOT NULL THEN 'Giám đốc' END AS signer_position,
             CASE WHEN number IS NOT NULL AND direction = 'outgoing' THEN t END AS signed_at,
             CASE WHEN number IS NOT NULL AND direction = 'outgoing' THEN t END AS issued_at,
             clerk AS created_by, t AS created_at, t AS updated_at
        FROM (
          SELECT r.*, reg.id AS register_id,
                 CASE WHEN reg.id IS NOT NULL THEN reg.last_number + row_number() OVER (PARTITION BY reg.id ORDER BY r.i) END AS number
            FROM (
              SELECT i, t, year, a.id AS agency_id, a.symbol AS agency_symbol, a.clerk, dir.direction, st.status, ty.code AS doc_type, ty.abbreviation,
                     ty.lead || ' ' || topic.text || CASE WHEN place.text = '' THEN '' ELSE ' ' || place.text END
                       || CASE WHEN ${h(6)} % 10 < 6 THEN ' năm ' || year
                               WHEN ${h(6)} % 10 < 8 THEN ' quý ' || extract(quarter FROM t AT TIME ZONE 'Asia/Ho_Chi_Minh') || ' năm ' || year
                               WHEN ${h(6)} % 10 < 9 THEN ' 6 tháng đầu năm ' || year ELSE '' END AS summary,
                     CASE WHEN ${h(7)} % 100 < 85 THEN 0 WHEN ${h(7)} % 100 < 95 THEN 1 WHEN ${h(7)} % 100 < 99 THEN 2 ELSE 3 END AS urgency,
                     CASE WHEN ${h(8)} % 1000 < 5 THEN 1 ELSE 0 END AS confidentiality,
                     unit.text AS unit,
                     CASE WHEN dir.direction = 'incoming' THEN (1 + ${h(9)} % ${SENDER_NUMBERS})::text END AS sender_number,
                     CASE WHEN dir.direction = 'incoming' THEN sender.symbol END AS sender_symbol,
                     CASE WHEN dir.direction = 'incoming' THEN sender.name END AS sender_name,
                     CASE WHEN dir.direction = 'incoming' THEN sender.code END AS sender_code,
                     ${h(10)} % 5 AS lag_days,
                     CASE WHEN dir.direction = 'incoming' THEN CASE WHEN ${h(11)} % 10 < 3 THEN 'paper' WHEN ${h(11)} % 10 < 7 THEN 'platform' ELSE 'axis' END END AS channel,
                     CASE WHEN st.status IN ('in_progress', 'done') AND ${h(12)} % 2 = 0 THEN (t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10 END AS due_on,
                     CASE WHEN st.status IN ('registered', 'in_progress', 'done', 'in_review', 'signed', 'issued') THEN a.leader END AS leader_id,
                     CASE WHEN st.status IN ('signed', 'issued') THEN a.leader END AS signer_id,
                     st.status IN ('registered', 'in_progress', 'done', 'issued') AS numbered
                FROM generate_series(1, $1::int) AS i
               CROSS JOIN LATERAL (SELECT timestamptz '2024-01-02 07:30+07' + (i::float8 / $1::int) * (timestamptz '2026-11-28 17:00+07' - timestamptz '2024-01-02 07:30+07') AS t) tt
               CROSS JOIN LATERAL (SELECT extract(year FROM t AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year) yy
                JOIN g_agency a ON a.n = CASE WHEN i % ${SEARCHER_SHARE} = 0 THEN 0 ELSE 1 + ${h(1)} % ${otherCount} END
               CROSS JOIN LATERAL (SELECT CASE WHEN ${h(2)} % 100 < 55 THEN 'incoming' ELSE 'outgoing' END AS direction) dir
               CROSS JOIN LATERAL (SELECT CASE WHEN dir.direction = 'incoming'
                                               THEN CASE WHEN ${h(3)} % 100 < 3 THEN 'arrived' WHEN ${h(3)} % 100 < 13 THEN 'registered'
                                                         WHEN ${h(3)} % 100 < 30 THEN 'in_progress' ELSE 'done' END
                                               ELSE CASE WHEN ${h(3)} % 100 < 3 THEN 'draft' WHEN ${h(3)} % 100 < 5 THEN 'in_review' ELSE 'issued' END END AS status) st
                JOIN g_type ty ON ${h(4)} % 100 >= ty.lo AND ${h(4)} % 100 < ty.hi
                JOIN g_topic topic ON topic.n = ${h(5)} % ${TOPICS.length}
                JOIN g_place place ON place.n = ${h(13)} % ${PLACES.length}
                JOIN g_unit unit ON unit.n = ${h(14)} % ${UNITS.length}
                JOIN g_sender sender ON sender.n = ${h(15)} % ${SENDERS.length}
            ) r
            LEFT JOIN g_register reg ON r.numbered AND reg.agency_id = r.agency_id AND reg.direction = r.direction AND reg.year = r.year
        ) x`, [count]));

    // The generated search_vector (vn_fold of each summary) costs most of the writing: it is shared among the cores. The ids are
    // given, in date order. The foreign keys are checked once, when they are added back, rather than by one trigger per row and key.
    const foreignKeys = (await db.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'documents'::regclass AND contype = 'f'`)).rows;
    for (const fk of foreignKeys) await db.query(`ALTER TABLE documents DROP CONSTRAINT ${quote(fk.name)}`);
    const sessions = Math.max(1, Math.min(writers, 8));
    const documents = await step('documents', async () => {
      const slice = Math.ceil(count / sessions);
      const written = await Promise.all(Array.from({ length: sessions }, async (_, k) => {
        const writer = await pool.connect();
        writer.on('error', () => undefined);
        try {
          await writer.query('SET jit = off');
          return (await writer.query(`INSERT INTO documents (id, ${DOCUMENT_COLUMNS})
            SELECT $1::bigint + i, ${DOCUMENT_COLUMNS} FROM ${STAGING} WHERE i > $2::int AND i <= $3::int ORDER BY i`,
          [before, k * slice, (k + 1) * slice])).rowCount ?? 0;
        } finally {
          writer.release();
        }
      }));
      await db.query(`SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT max(id) FROM documents))`);
      return written.reduce((sum, n) => sum + n, 0);
    });
    await step('foreign keys checked', async () => {
      for (const fk of foreignKeys) await db.query(`ALTER TABLE documents ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
    });
    await db.query(`DROP TABLE ${STAGING}`);

    await step('registers numbered', () => db.query(`
      UPDATE document_registers r SET last_number = n.last
        FROM (SELECT register_id, max(number) AS last FROM documents WHERE id > $1 AND register_id IS NOT NULL GROUP BY register_id) n
       WHERE r.id = n.register_id`, [before]));

    // The lead of 15 % of the incoming documents in progress or done assigned to another agency (1 in 15 to the searcher's).
    const d = (k: number) => `(hashint8extended(d.id, ${k}) & 1048575)::int`;
    const assignments = await step('assignments', async () => (await db.query(`
      INSERT INTO document_assignments (document_id, agency_id, role, deadline, note, status, assigned_by, assigned_at, done_at, done_by)
      SELECT d.id, target.id, 'lead', d.due_on, 'Chủ trì tham mưu, báo cáo kết quả', CASE d.status WHEN 'done' THEN 'done' ELSE 'open' END,
             coalesce(d.leader_id, $2), d.received_at + interval '2 hours',
             CASE WHEN d.status = 'done' THEN d.received_at + interval '5 days' END,
             CASE WHEN d.status = 'done' THEN coalesce(target.clerk, target.leader) END
        FROM documents d
        JOIN g_agency target ON target.n = CASE WHEN ${d(2)} % ${SEARCHER_SHARE} = 0 THEN 0 ELSE 1 + ${d(3)} % ${otherCount} END
       WHERE d.id > $1 AND d.direction = 'incoming' AND d.status IN ('in_progress', 'done') AND ${d(1)} % 100 < 15 AND target.id <> d.agency_id`,
    [before, anyLeader])).rowCount ?? 0);

    await step('vacuum analyze', () => db.query('VACUUM (ANALYZE) documents, document_assignments, document_registers'));
    await db.query('CHECKPOINT').catch(() => undefined);
    const searcherDocuments = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE agency_id = $1', [searcherAgencyId])).rows[0]!.n;
    return { documents, assignments, registers, searcherDocuments, seconds };
  } finally {
    await db.query('DISCARD TEMP').catch(() => undefined);
    db.release();
  }
}

/** The searcher's user id and agencies (every role bound to an agency, as the platform's officialAgencies). */
export async function searcher(db: Queryable, username = SEARCHER): Promise<{ userId: number; agencyIds: number[] }> {
  const found = await db.query<{ id: string; agencies: string[] }>(
    `SELECT u.id, array_agg(DISTINCT r.agency_id) FILTER (WHERE r.agency_id IS NOT NULL) AS agencies
       FROM users u LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.username = $1 GROUP BY u.id`, [username]);
  const row = found.rows[0];
  if (!row?.agencies?.length) throw new Error(`${username} is not an official of the demo province`);
  return { userId: Number(row.id), agencyIds: row.agencies.map(Number) };
}

// ---- the search, as the platform runs it ----

/**
 * The platform's own search statement (the page of what the official may see and its total, as
 * server/src/modules/documents/ builds it), for the baseline and the bare SQL timings: not a copy that
 * could drift from it.
 */
export function searchQuery(who: { userId: number; agencyIds: number[] }, q: string, pageSize = 20): pg.QueryConfig {
  const { text, values } = documentRepository.listQuery(searchFilter(who, { q, pageSize }));
  return { text, values };
}
