import { createHash } from 'node:crypto';
import type { Queryable } from '../platform/db.js';

/**
 * The demo's Open311 API key (README): any GeoReport v2 client can post with it, e.g.
 * curl -d api_key=… -d service_code=ha-tang-giao-thong -d lat=21.85 -d long=106.765 -d description=… http://localhost:3000/open311/v2/requests.json
 */
export const DEMO_OPEN311_KEY = 'o311_demo-langson-2026-thu-nghiem-open311';

type DemoCategory = { code: string; name: string; description: string; days: number; level: 'agency' | 'district' | 'commune'; agency: string };

/** Categories (lĩnh vực) with who handles them: a fixed department, or the district or commune where the point lies (default when outside every area). */
export const demoFeedbackCategories: DemoCategory[] = [
  { code: 'ha-tang-giao-thong', name: 'Hạ tầng giao thông', description: 'Đường hư hỏng, ổ gà, cầu, biển báo, đèn tín hiệu', days: 10, level: 'district', agency: 'sgtvt' },
  { code: 'moi-truong', name: 'Môi trường', description: 'Rác thải, ô nhiễm, tiếng ồn, vệ sinh môi trường', days: 10, level: 'commune', agency: 'stnmt' },
  { code: 'trat-tu-do-thi', name: 'Trật tự đô thị', description: 'Lấn chiếm vỉa hè, xây dựng trái phép, quảng cáo sai quy định', days: 7, level: 'commune', agency: 'sxd' },
  { code: 'an-ninh-trat-tu', name: 'An ninh trật tự', description: 'Mất trật tự công cộng, tụ tập gây rối (việc khẩn cấp: gọi 113)', days: 5, level: 'commune', agency: 'vp' },
  { code: 'dien-chieu-sang', name: 'Điện chiếu sáng', description: 'Đèn đường hỏng, thiếu chiếu sáng công cộng', days: 7, level: 'district', agency: 'sxd' },
  { code: 'cap-thoat-nuoc', name: 'Cấp thoát nước', description: 'Ngập úng, cống hở, vỡ đường ống nước', days: 7, level: 'district', agency: 'sxd' },
  { code: 'y-te', name: 'Y tế', description: 'Cơ sở khám chữa bệnh, an toàn thực phẩm, dịch bệnh', days: 10, level: 'agency', agency: 'vp' },
  { code: 'giao-duc', name: 'Giáo dục', description: 'Trường lớp, học phí, cơ sở vật chất trường học', days: 10, level: 'district', agency: 'vp' },
  { code: 'thu-tuc-hanh-chinh', name: 'Thủ tục hành chính', description: 'Phản ánh, kiến nghị về quy định và việc giải quyết thủ tục hành chính', days: 10, level: 'agency', agency: 'vp' },
];

const box = (minLng: number, minLat: number, maxLng: number, maxLat: number) =>
  [[[minLng, minLat], [maxLng, minLat], [maxLng, maxLat], [minLng, maxLat], [minLng, minLat]]];

/**
 * Rough boundaries, not the official ones: the districts do not overlap (TP Lạng Sơn and Cao Lộc share
 * a border at 106.80°E), and each commune lies inside its district.
 */
export const demoAreas: { agency: string; name: string; level: 'district' | 'commune'; coordinates: number[][][] }[] = [
  { agency: 'tpls', name: 'Thành phố Lạng Sơn', level: 'district', coordinates: [[[106.70, 21.80], [106.80, 21.80], [106.80, 21.90], [106.74, 21.905], [106.70, 21.88], [106.70, 21.80]]] },
  { agency: 'chilang', name: 'Phường Chi Lăng', level: 'commune', coordinates: box(106.755, 21.84, 106.775, 21.86) },
  { agency: 'hvt', name: 'Phường Hoàng Văn Thụ', level: 'commune', coordinates: box(106.735, 21.84, 106.755, 21.86) },
  { agency: 'maipha', name: 'Xã Mai Pha', level: 'commune', coordinates: box(106.72, 21.805, 106.78, 21.835) },
  { agency: 'caoloc', name: 'Huyện Cao Lộc', level: 'district', coordinates: [[[106.80, 21.85], [106.95, 21.85], [106.95, 22.00], [106.82, 22.00], [106.80, 21.90], [106.80, 21.85]]] },
  { agency: 'ttcaoloc', name: 'Thị trấn Cao Lộc', level: 'commune', coordinates: box(106.83, 21.86, 106.86, 21.89) },
  { agency: 'hopthanh', name: 'Xã Hợp Thành', level: 'commune', coordinates: box(106.87, 21.92, 106.92, 21.97) },
  { agency: 'huulung', name: 'Huyện Hữu Lũng', level: 'district', coordinates: [[[106.25, 21.45], [106.45, 21.45], [106.45, 21.60], [106.30, 21.62], [106.25, 21.55], [106.25, 21.45]]] },
  { agency: 'tthuulung', name: 'Thị trấn Hữu Lũng', level: 'commune', coordinates: box(106.33, 21.49, 106.36, 21.52) },
];

/** The demo province's feedback data, seeded with the province (see seed.ts); `agencyIds` maps demo agency keys to ids. */
export async function seedDemoFeedback(tx: Queryable, agencyIds: Map<string, number>): Promise<void> {
  const id = (key: string) => {
    const found = agencyIds.get(key);
    if (found === undefined) throw new Error(`demo agency ${key} missing`);
    return found;
  };
  for (const [position, c] of demoFeedbackCategories.entries()) {
    await tx.query(
      `INSERT INTO feedback_categories (code, name, description, deadline_days, level, agency_id, position) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [c.code, c.name, c.description, c.days, c.level, id(c.agency), position]);
  }
  for (const a of demoAreas) {
    const lngs = a.coordinates[0]!.map((p) => p[0]!);
    const lats = a.coordinates[0]!.map((p) => p[1]!);
    await tx.query(
      `INSERT INTO feedback_areas (agency_id, name, level, geometry, min_lng, min_lat, max_lng, max_lat) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id(a.agency), a.name, a.level, JSON.stringify({ type: 'Polygon', coordinates: a.coordinates }), Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]);
  }
  await tx.query(
    `UPDATE feedback_areas c SET parent_area_id = d.id FROM agencies ca, feedback_areas d
      WHERE c.level = 'commune' AND ca.id = c.agency_id AND d.agency_id = ca.parent_id AND d.level = 'district'`);
  await tx.query(`INSERT INTO feedback_open311_keys (name, key_hash, prefix) VALUES ('Khóa thử nghiệm (demo)', $1, $2)`,
    [createHash('sha256').update(DEMO_OPEN311_KEY).digest('hex'), DEMO_OPEN311_KEY.slice(0, 9)]);

  // Two public reports on the map: one answered, one being handled.
  const category = async (code: string) => (await tx.query<{ id: number }>('SELECT id FROM feedback_categories WHERE code = $1', [code])).rows[0]!.id;
  const reports = [
    {
      code: 'PA-DEM0-0001', category: await category('ha-tang-giao-thong'), agency: id('tpls'), status: 'answered', lat: 21.8531, lng: 106.7612,
      title: 'Ổ gà lớn trên đường Trần Đăng Ninh', description: 'Đoạn trước số nhà 45 đường Trần Đăng Ninh có ổ gà sâu khoảng 20 cm, xe máy đi qua rất nguy hiểm, nhất là buổi tối.',
      address: '45 Trần Đăng Ninh, phường Chi Lăng, TP Lạng Sơn', answer: 'UBND thành phố đã giao Ban Quản lý dự án vá ổ gà; việc sửa chữa hoàn thành trong tuần. Cảm ơn Ông/Bà đã phản ánh.',
    },
    {
      code: 'PA-DEM0-0002', category: await category('moi-truong'), agency: id('chilang'), status: 'in_progress', lat: 21.8502, lng: 106.7655,
      title: 'Rác thải tập kết sai nơi quy định', description: 'Góc ngã ba gần chợ Giếng Vuông thường xuyên có rác tập kết qua đêm, bốc mùi, ảnh hưởng người đi đường.',
      address: 'Ngã ba gần chợ Giếng Vuông, phường Chi Lăng', answer: null,
    },
  ];
  for (const r of reports) {
    const created = await tx.query<{ id: number }>(
      `INSERT INTO feedback_reports (code, category_id, agency_id, status, title, description, public_title, public_description, lat, lng, address,
         anonymous_to_public, reporter_name, channels, due_at, answered_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $5, $6, $7, $8, $9, true, 'Người dân (demo)', '{}', now() + interval '10 days',
               CASE WHEN $4 = 'answered' THEN now() ELSE NULL END, now() - interval '2 days') RETURNING id`,
      [r.code, r.category, r.agency, r.status, r.title, r.description, r.lat, r.lng, r.address]);
    const reportId = created.rows[0]!.id;
    await tx.query(`INSERT INTO feedback_history (report_id, action, at) VALUES ($1, 'submit', now() - interval '2 days'), ($1, 'accept', now() - interval '1 day')`, [reportId]);
    if (r.answer) {
      await tx.query(`INSERT INTO feedback_answers (report_id, text, status, decided_at) VALUES ($1, $2, 'approved', now())`, [reportId, r.answer]);
      await tx.query(`INSERT INTO feedback_history (report_id, action) VALUES ($1, 'approve')`, [reportId]);
    }
  }
}
