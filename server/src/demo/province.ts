/**
 * The demo province: Lạng Sơn (level-1 code H37) with the seeds' three levels, province → departments
 * and districts → communes. Codes follow the classic layout; they are demo data, not the official list.
 */
export type DemoAgency = { key: string; parent: string | null; code: string; name: string; kind: 'province' | 'department' | 'district' | 'commune' };

export const demoAgencies: DemoAgency[] = [
  { key: 'province', parent: null, code: '000.00.00.H37', name: 'UBND tỉnh Lạng Sơn', kind: 'province' },
  { key: 'vp', parent: 'province', code: '000.00.01.H37', name: 'Văn phòng UBND tỉnh Lạng Sơn', kind: 'department' },
  { key: 'stp', parent: 'province', code: '000.00.12.H37', name: 'Sở Tư pháp tỉnh Lạng Sơn', kind: 'department' },
  { key: 'skhdt', parent: 'province', code: '000.00.05.H37', name: 'Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn', kind: 'department' },
  { key: 'sxd', parent: 'province', code: '000.00.15.H37', name: 'Sở Xây dựng tỉnh Lạng Sơn', kind: 'department' },
  { key: 'sgtvt', parent: 'province', code: '000.00.14.H37', name: 'Sở Giao thông vận tải tỉnh Lạng Sơn', kind: 'department' },
  { key: 'stnmt', parent: 'province', code: '000.00.16.H37', name: 'Sở Tài nguyên và Môi trường tỉnh Lạng Sơn', kind: 'department' },
  { key: 'tpls', parent: 'province', code: '000.00.21.H37', name: 'UBND thành phố Lạng Sơn', kind: 'district' },
  { key: 'chilang', parent: 'tpls', code: '000.01.21.H37', name: 'UBND phường Chi Lăng', kind: 'commune' },
  { key: 'hvt', parent: 'tpls', code: '000.02.21.H37', name: 'UBND phường Hoàng Văn Thụ', kind: 'commune' },
  { key: 'maipha', parent: 'tpls', code: '000.03.21.H37', name: 'UBND xã Mai Pha', kind: 'commune' },
  { key: 'caoloc', parent: 'province', code: '000.00.22.H37', name: 'UBND huyện Cao Lộc', kind: 'district' },
  { key: 'ttcaoloc', parent: 'caoloc', code: '000.01.22.H37', name: 'UBND thị trấn Cao Lộc', kind: 'commune' },
  { key: 'hopthanh', parent: 'caoloc', code: '000.02.22.H37', name: 'UBND xã Hợp Thành', kind: 'commune' },
  { key: 'huulung', parent: 'province', code: '000.00.26.H37', name: 'UBND huyện Hữu Lũng', kind: 'district' },
  { key: 'tthuulung', parent: 'huulung', code: '000.01.26.H37', name: 'UBND thị trấn Hữu Lũng', kind: 'commune' },
];

/** Password of every demo account (demo mode only; documented in the README). */
export const DEMO_PASSWORD = 'TinhSo@2026';

type DemoStaff = { username: string; fullName: string; role: 'reception' | 'specialist' | 'leader' | 'clerk' | 'admin' | 'finance' | 'editor'; agency: string };

const staffOf = (suffix: string, agency: string, people: [string, string, string]): DemoStaff[] => [
  { username: `tiepnhan.${suffix}`, fullName: people[0], role: 'reception', agency },
  { username: `chuyenvien.${suffix}`, fullName: people[1], role: 'specialist', agency },
  { username: `lanhdao.${suffix}`, fullName: people[2], role: 'leader', agency },
];

export const demoStaff: DemoStaff[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống tỉnh', role: 'admin', agency: 'province' },
  { username: 'admin.caoloc', fullName: 'Quản trị huyện Cao Lộc', role: 'admin', agency: 'caoloc' },
  ...staffOf('stp', 'stp', ['Hoàng Thị Lan', 'Nông Văn Hùng', 'Lương Văn Minh']),
  ...staffOf('skhdt', 'skhdt', ['Vi Thị Hạnh', 'Lý Văn Toàn', 'Đinh Quang Huy']),
  ...staffOf('tpls', 'tpls', ['Nguyễn Thị Mai', 'Hà Văn Bình', 'Trần Đức Long']),
  ...staffOf('chilang', 'chilang', ['Lộc Thị Thu', 'Chu Văn Sơn', 'Mã Văn Thắng']),
  ...staffOf('caoloc', 'caoloc', ['Hoàng Văn Tùng', 'Lăng Thị Dung', 'Vy Văn Thành']),
  // Finance officers (kế toán): payments, receipts and the daily reconciliation of their agency.
  { username: 'ketoan.stp', fullName: 'Đàm Thị Huệ', role: 'finance', agency: 'stp' },
  { username: 'ketoan.tpls', fullName: 'Hoàng Văn Phúc', role: 'finance', agency: 'tpls' },
  ...staffOf('hopthanh', 'hopthanh', ['Lành Thị Nga', 'Nông Văn Khải', 'Hứa Văn Quân']),
  // Clerks (văn thư): registers of incoming and outgoing documents, numbering and issuing.
  { username: 'vanthu.stp', fullName: 'Triệu Thị Hằng', role: 'clerk', agency: 'stp' },
  { username: 'vanthu.tpls', fullName: 'Lục Thị Vân', role: 'clerk', agency: 'tpls' },
  { username: 'vanthu.chilang', fullName: 'Phùng Thị Hoa', role: 'clerk', agency: 'chilang' },
  // The portal's editor (biên tập viên): news and announcements of the province office, approved by the province admin.
  { username: 'bientap.vp', fullName: 'Nông Thị Thanh Huyền', role: 'editor', agency: 'vp' },
];

/** Agencies outside the province, reached over the national document axis (its simulator in demo mode). */
export const DEMO_EXTERNAL_ORGANS = [
  { organId: '000.00.00.H06', organName: 'UBND tỉnh Bắc Giang' },
  { organId: '000.00.00.G09', organName: 'Bộ Tư pháp' },
];

export const demoCitizens = [
  { username: 'citizen', fullName: 'Nguyễn Văn An', kind: 'citizen' as const, identityNumber: '020095001234', phone: '0912345678', email: 'an.nguyen@example.vn' },
  { username: 'doanhnghiep', fullName: 'Trần Thị Bích', kind: 'business' as const, identityNumber: '4900123456', phone: '0205381234', email: 'lienhe@hoalong.example.vn', organization: 'Công ty TNHH Thương mại Hoa Long' },
];

/** Reception counters of the one-stop units that take appointments, by agency key. */
export const demoCounters: Record<string, string[]> = {
  stp: ['Quầy 1 — Lý lịch tư pháp', 'Quầy 2 — Chứng thực, hộ tịch'],
  tpls: ['Quầy 1', 'Quầy 2'],
  chilang: ['Quầy một cửa'],
};

/**
 * The demo relying party of the OpenID provider: a confidential client that accepts any loopback
 * redirect URI, http://127.0.0.1:{port}/callback (a native application, RFC 8252). Its secret is in the
 * README: demo mode only.
 */
export const DEMO_RP = {
  clientId: 'demo-rp',
  name: 'Ứng dụng thử nghiệm (demo-rp)',
  secret: 'demo-rp-secret-TinhSo-2026',
  metadata: {
    application_type: 'native', redirect_uris: ['http://127.0.0.1/callback'], post_logout_redirect_uris: ['http://127.0.0.1/'],
    grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic',
    scope: 'openid profile email phone agency offline_access',
  },
};
