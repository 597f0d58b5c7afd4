import { createHash } from 'node:crypto';
import type { Queryable } from '../platform/db.js';

/**
 * The demo's video-conference endpoints (điểm cầu) and a few past meetings with their attendance, so
 * that the endpoint list and the statistics page have figures. Demo keys are fixed and documented in the
 * README (`/diem-cau/phong/diem-cau-demo-<agency>-2026`); real endpoints get random ones from the admin.
 * Called inside the province seed transaction.
 */

type Level = 'province' | 'district' | 'commune';
const ENDPOINTS: { agency: string; level: Level; name: string; room: string; equipment: string; contact: string; phone: string }[] = [
  { agency: 'province', level: 'province', name: 'Điểm cầu UBND tỉnh', room: 'Hội trường tầng 3, trụ sở UBND tỉnh', equipment: 'Codec hội nghị, 2 camera PTZ, 3 màn hình 86 inch, 24 micro đại biểu', contact: 'Hoàng Minh Tuấn', phone: '0205 3812 001' },
  { agency: 'vp', level: 'province', name: 'Điểm cầu Văn phòng UBND tỉnh', room: 'Phòng họp trực tuyến tầng 2', equipment: 'Camera PTZ, màn hình 75 inch, loa hội nghị', contact: 'Đặng Thu Hà', phone: '0205 3812 002' },
  { agency: 'tpls', level: 'district', name: 'Điểm cầu UBND thành phố Lạng Sơn', room: 'Phòng họp số 1', equipment: 'Camera PTZ, 2 màn hình 65 inch, 12 micro', contact: 'Lý Văn Hải', phone: '0205 3870 100' },
  { agency: 'caoloc', level: 'district', name: 'Điểm cầu UBND huyện Cao Lộc', room: 'Hội trường UBND huyện', equipment: 'Camera PTZ, màn hình 75 inch, 10 micro', contact: 'Vy Thị Mến', phone: '0205 3861 200' },
  { agency: 'huulung', level: 'district', name: 'Điểm cầu UBND huyện Hữu Lũng', room: 'Phòng họp trực tuyến', equipment: 'Camera, màn hình 65 inch, loa, micro', contact: 'Trần Văn Đức', phone: '0205 3825 300' },
  { agency: 'chilang', level: 'commune', name: 'Điểm cầu phường Chi Lăng', room: 'Phòng họp UBND phường', equipment: 'Webcam hội nghị, tivi 55 inch, loa micro liền', contact: 'Chu Văn Sơn', phone: '0912 000 401' },
  { agency: 'hvt', level: 'commune', name: 'Điểm cầu phường Hoàng Văn Thụ', room: 'Phòng họp UBND phường', equipment: 'Webcam hội nghị, tivi 55 inch', contact: 'Nông Thị Hiền', phone: '0912 000 402' },
  { agency: 'maipha', level: 'commune', name: 'Điểm cầu xã Mai Pha', room: 'Hội trường UBND xã', equipment: 'Webcam, tivi 50 inch, loa', contact: 'Hà Văn Lực', phone: '0912 000 403' },
  { agency: 'ttcaoloc', level: 'commune', name: 'Điểm cầu thị trấn Cao Lộc', room: 'Phòng họp UBND thị trấn', equipment: 'Webcam hội nghị, tivi 55 inch', contact: 'Lăng Văn Tám', phone: '0912 000 404' },
  { agency: 'hopthanh', level: 'commune', name: 'Điểm cầu xã Hợp Thành', room: 'Hội trường UBND xã', equipment: 'Webcam, tivi 50 inch, loa', contact: 'Nông Văn Khải', phone: '0912 000 405' },
  { agency: 'tthuulung', level: 'commune', name: 'Điểm cầu thị trấn Hữu Lũng', room: 'Phòng họp UBND thị trấn', equipment: 'Webcam hội nghị, tivi 55 inch', contact: 'Dương Thị Nhung', phone: '0912 000 406' },
];

export const demoEndpointKey = (agency: string) => `diem-cau-demo-${agency}-2026`;

/** Past meetings: the organiser, days ago, whether the centre joined, and the agencies whose endpoints took part (absent ones marked). */
const MEETINGS: { organiser: string; title: string; daysAgo: number; central?: boolean; agencies: string[]; absent?: string[] }[] = [
  { organiser: 'province', title: 'Hội nghị trực tuyến Chính phủ với địa phương về giải ngân vốn đầu tư công', daysAgo: 62, central: true, agencies: ['province', 'vp', 'tpls', 'caoloc', 'huulung', 'chilang', 'hopthanh'] },
  { organiser: 'province', title: 'Hội nghị triển khai Đề án 06 đến cấp xã', daysAgo: 48, agencies: ['province', 'tpls', 'caoloc', 'huulung', 'chilang', 'hvt', 'maipha', 'ttcaoloc', 'hopthanh', 'tthuulung'], absent: ['tthuulung'] },
  { organiser: 'stp', title: 'Tập huấn nghiệp vụ chứng thực, hộ tịch', daysAgo: 35, agencies: ['province', 'tpls', 'caoloc', 'huulung', 'chilang', 'hopthanh'] },
  { organiser: 'province', title: 'Họp giao ban công tác cải cách hành chính tháng', daysAgo: 30, agencies: ['province', 'vp', 'tpls', 'caoloc', 'huulung'] },
  { organiser: 'skhdt', title: 'Rà soát danh mục dự án đầu tư công trung hạn', daysAgo: 21, agencies: ['province', 'tpls', 'caoloc', 'huulung'], absent: ['huulung'] },
  { organiser: 'tpls', title: 'Giao ban thành phố với các phường, xã', daysAgo: 14, agencies: ['tpls', 'chilang', 'hvt', 'maipha'] },
  { organiser: 'caoloc', title: 'Triển khai phòng chống thiên tai mùa mưa lũ', daysAgo: 9, agencies: ['caoloc', 'ttcaoloc', 'hopthanh'] },
  { organiser: 'province', title: 'Họp giao ban trực tuyến tiến độ chuyển đổi số', daysAgo: 4, agencies: ['province', 'vp', 'tpls', 'caoloc', 'huulung'] },
];

export async function seedDemoMeetings(tx: Queryable, agencyIds: Map<string, number>): Promise<void> {
  const endpointIds = new Map<string, number>();
  for (const e of ENDPOINTS) {
    const key = createHash('sha256').update(demoEndpointKey(e.agency)).digest('hex');
    const created = await tx.query<{ id: number }>(`INSERT INTO meeting_endpoints (agency_id, name, room, equipment, contact_name, contact_phone, key_sha256)
      VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, [agencyIds.get(e.agency), e.name, e.room, e.equipment, e.contact, e.phone, key]);
    endpointIds.set(e.agency, created.rows[0]!.id);
  }
  const levelOf = new Map(ENDPOINTS.map((e) => [e.agency, e.level]));
  for (const [n, m] of MEETINGS.entries()) {
    // Held at 08:00 local time, two and a half hours.
    const created = await tx.query<{ id: number }>(`INSERT INTO meetings (agency_id, title, agenda, starts_at, ends_at, central, room)
      SELECT $1, $2, '', s, s + interval '150 minutes', $4, $5
        FROM (SELECT (date_trunc('day', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') - $3 * interval '1 day' + interval '8 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS s) x
      RETURNING id`, [agencyIds.get(m.organiser), m.title, m.daysAgo, m.central ?? false, `tinhso-demo-${String(n + 1).padStart(4, '0')}`]);
    for (const agency of m.agencies) {
      const absent = m.absent?.includes(agency) ?? false;
      await tx.query(`INSERT INTO meeting_participants (meeting_id, endpoint_id, agency_id, level, attendance, attendance_by, attendance_at, attendees)
        SELECT $1, $2, $3, $4, $5, $6, m.starts_at - interval '5 minutes', $7 FROM meetings m WHERE m.id = $1`,
      [created.rows[0]!.id, endpointIds.get(agency), agencyIds.get(agency), levelOf.get(agency), absent ? 'absent' : 'present', absent ? 'organiser' : 'room',
        absent ? null : 4 + ((n + agency.length) % 9)]);
    }
  }
}
