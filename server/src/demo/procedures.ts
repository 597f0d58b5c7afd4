/**
 * About twenty procedures of the demo province across its three levels, modelled on the published
 * catalog (names, fees and time limits as commonly published; demo data, not a legal reference).
 */
import type { FeeSchedule } from '../modules/catalog/index.js';

type Doc = { name: string; original: number; copies: number; note?: string; optional?: boolean };
type Field = { name: string; label: string; type: 'text' | 'textarea' | 'date' | 'number'; required?: boolean };
export type DemoProcedure = {
  nationalCode: string; name: string; field: string; level: 'province' | 'district' | 'commune'; agency: string;
  documents: Doc[]; feeVnd: number; feeNote?: string; processingDays: number; onlineLevel: 'full' | 'partial';
  legalBasis: string; result: string; formFields?: Field[];
};

export const demoFields = [
  { code: 'HT', name: 'Hộ tịch' },
  { code: 'CT', name: 'Chứng thực' },
  { code: 'LLTP', name: 'Lý lịch tư pháp' },
  { code: 'TLDN', name: 'Thành lập và hoạt động doanh nghiệp' },
  { code: 'HKD', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  { code: 'HDXD', name: 'Hoạt động xây dựng' },
  { code: 'DB', name: 'Đường bộ' },
  { code: 'DD', name: 'Đất đai' },
  { code: 'BTXH', name: 'Bảo trợ xã hội' },
  { code: 'LTHH', name: 'Lưu thông hàng hóa trong nước' },
];

// Shown at the counter or read from VNeID: not uploaded with an online dossier.
const idCard: Doc = { name: 'Căn cước công dân hoặc giấy tờ tùy thân có ảnh còn giá trị (xuất trình)', original: 1, copies: 0, optional: true };
const form = (name: string): Doc => ({ name, original: 1, copies: 0 });

export const demoProcedures: DemoProcedure[] = [
  {
    nationalCode: '2.000815', name: 'Cấp bản sao từ sổ gốc', field: 'CT', level: 'commune', agency: 'chilang',
    documents: [form('Đơn đề nghị cấp bản sao từ sổ gốc'), idCard], feeVnd: 8000, feeNote: '8.000 đồng/bản',
    processingDays: 1, onlineLevel: 'partial', result: 'Bản sao từ sổ gốc',
    formFields: [
      { name: 'ten_giay_to', label: 'Tên giấy tờ cần cấp bản sao', type: 'text', required: true },
      { name: 'so_ban', label: 'Số bản sao đề nghị cấp', type: 'number', required: true },
      { name: 'muc_dich', label: 'Mục đích sử dụng', type: 'textarea' },
    ],
    legalBasis: 'Nghị định 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Thông tư 226/2016/TT-BTC',
  },
  {
    nationalCode: '2.000908', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'CT', level: 'commune', agency: 'chilang',
    documents: [{ name: 'Bản chính giấy tờ, văn bản cần chứng thực', original: 1, copies: 0 }, { name: 'Bản sao cần chứng thực', original: 0, copies: 1 }],
    feeVnd: 2000, feeNote: '2.000 đồng/trang, từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản', processingDays: 1,
    onlineLevel: 'partial', result: 'Bản sao được chứng thực từ bản chính', legalBasis: 'Nghị định 23/2015/NĐ-CP; Thông tư 01/2020/TT-BTP',
  },
  {
    nationalCode: '2.000884', name: 'Chứng thực chữ ký trong các giấy tờ, văn bản', field: 'CT', level: 'commune', agency: 'chilang',
    documents: [idCard, { name: 'Giấy tờ, văn bản cần chứng thực chữ ký', original: 1, copies: 0 }], feeVnd: 10000,
    feeNote: '10.000 đồng/trường hợp', processingDays: 1, onlineLevel: 'partial', result: 'Giấy tờ, văn bản được chứng thực chữ ký',
    legalBasis: 'Nghị định 23/2015/NĐ-CP; Thông tư 226/2016/TT-BTC',
  },
  {
    nationalCode: '1.001193', name: 'Đăng ký khai sinh', field: 'HT', level: 'commune', agency: 'chilang',
    documents: [form('Tờ khai đăng ký khai sinh theo mẫu'), { name: 'Giấy chứng sinh', original: 1, copies: 0 }, idCard],
    feeVnd: 0, feeNote: 'Miễn lệ phí khi đăng ký đúng hạn', processingDays: 1, onlineLevel: 'full',
    result: 'Giấy khai sinh (bản chính)',
    formFields: [
      { name: 'ho_ten_tre', label: 'Họ, chữ đệm, tên của trẻ', type: 'text', required: true },
      { name: 'ngay_sinh', label: 'Ngày, tháng, năm sinh', type: 'date', required: true },
      { name: 'noi_sinh', label: 'Nơi sinh', type: 'text', required: true },
    ], legalBasis: 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP',
  },
  {
    nationalCode: '1.000894', name: 'Đăng ký kết hôn', field: 'HT', level: 'commune', agency: 'chilang',
    documents: [form('Tờ khai đăng ký kết hôn theo mẫu'), idCard, { name: 'Giấy xác nhận tình trạng hôn nhân (nếu đăng ký tại nơi không thường trú)', original: 1, copies: 0 }],
    feeVnd: 0, feeNote: 'Miễn lệ phí', processingDays: 1, onlineLevel: 'partial', result: 'Giấy chứng nhận kết hôn',
    legalBasis: 'Luật Hôn nhân và gia đình 2014; Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP',
  },
  {
    nationalCode: '1.000656', name: 'Đăng ký khai tử', field: 'HT', level: 'commune', agency: 'hopthanh',
    documents: [form('Tờ khai đăng ký khai tử theo mẫu'), { name: 'Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', original: 1, copies: 0 }],
    feeVnd: 0, feeNote: 'Miễn lệ phí khi đăng ký đúng hạn', processingDays: 1, onlineLevel: 'full', result: 'Trích lục khai tử',
    legalBasis: 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP',
  },
  {
    nationalCode: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'HT', level: 'commune', agency: 'ttcaoloc',
    documents: [form('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu'), idCard], feeVnd: 0, processingDays: 3,
    onlineLevel: 'full', result: 'Giấy xác nhận tình trạng hôn nhân', legalBasis: 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP',
  },
  {
    nationalCode: '2.000815.000.00.21.H37', name: 'Cấp bản sao từ sổ gốc (cấp huyện)', field: 'CT', level: 'district', agency: 'tpls',
    documents: [form('Đơn đề nghị cấp bản sao từ sổ gốc'), idCard], feeVnd: 8000, feeNote: '8.000 đồng/bản', processingDays: 1,
    onlineLevel: 'partial', result: 'Bản sao từ sổ gốc', legalBasis: 'Nghị định 23/2015/NĐ-CP',
  },
  {
    nationalCode: '2.000720', name: 'Đăng ký thành lập hộ kinh doanh', field: 'HKD', level: 'district', agency: 'tpls',
    documents: [form('Giấy đề nghị đăng ký hộ kinh doanh'), { name: 'Biên bản họp thành viên hộ gia đình (nếu các thành viên cùng góp vốn)', original: 1, copies: 0 }, idCard],
    feeVnd: 100000, processingDays: 3, onlineLevel: 'full', result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    legalBasis: 'Luật Doanh nghiệp 2020; Nghị định 01/2021/NĐ-CP về đăng ký doanh nghiệp',
  },
  {
    nationalCode: '1.009994', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', field: 'HDXD', level: 'district', agency: 'tpls',
    documents: [form('Đơn đề nghị cấp giấy phép xây dựng'), { name: 'Giấy tờ chứng minh quyền sử dụng đất', original: 0, copies: 1 }, { name: 'Bản vẽ thiết kế xây dựng', original: 2, copies: 0 }],
    feeVnd: 75000, feeNote: '75.000 đồng/giấy phép', processingDays: 15, onlineLevel: 'partial', result: 'Giấy phép xây dựng',
    legalBasis: 'Luật Xây dựng 2014, sửa đổi 2020; Nghị định 15/2021/NĐ-CP',
  },
  {
    nationalCode: '2.000633', name: 'Cấp Giấy phép bán lẻ sản phẩm rượu', field: 'LTHH', level: 'district', agency: 'caoloc',
    documents: [form('Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm rượu'), { name: 'Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', original: 0, copies: 1 }, { name: 'Văn bản giới thiệu hoặc hợp đồng mua bán với nhà cung cấp', original: 0, copies: 1 }],
    feeVnd: 1200000, feeNote: 'Phí thẩm định tại khu vực thành phố, thị xã', processingDays: 10, onlineLevel: 'full',
    result: 'Giấy phép bán lẻ sản phẩm rượu', legalBasis: 'Nghị định 105/2017/NĐ-CP về kinh doanh rượu; Nghị định 17/2020/NĐ-CP',
  },
  {
    // Received by the commune, decided by the district: a liên thông workflow (see demoWorkflows).
    nationalCode: '1.001776', name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', field: 'BTXH', level: 'district', agency: 'hopthanh',
    documents: [form('Tờ khai đề nghị trợ giúp xã hội theo mẫu'), { name: 'Giấy tờ chứng minh thuộc đối tượng bảo trợ xã hội', original: 0, copies: 1 }],
    feeVnd: 0, processingDays: 22, onlineLevel: 'partial', result: 'Quyết định trợ cấp xã hội hàng tháng',
    legalBasis: 'Nghị định 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
  },
  {
    nationalCode: '2.000488', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: 'LLTP', level: 'province', agency: 'stp',
    documents: [form('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'), idCard, { name: 'Giấy tờ chứng minh nơi cư trú', original: 0, copies: 1 }],
    feeVnd: 200000, feeNote: '200.000 đồng/lần; sinh viên, người có công: 100.000 đồng', processingDays: 10, onlineLevel: 'full',
    result: 'Phiếu lý lịch tư pháp', legalBasis: 'Luật Lý lịch tư pháp 2009; Thông tư 244/2016/TT-BTC',
  },
  {
    nationalCode: '2.000815.000.00.12.H37', name: 'Cấp bản sao từ sổ gốc (Sở Tư pháp)', field: 'CT', level: 'province', agency: 'stp',
    documents: [form('Đơn đề nghị cấp bản sao từ sổ gốc'), idCard], feeVnd: 8000, feeNote: '8.000 đồng/bản', processingDays: 1, onlineLevel: 'full',
    result: 'Bản sao từ sổ gốc', legalBasis: 'Nghị định 23/2015/NĐ-CP',
    formFields: [
      { name: 'ten_giay_to', label: 'Tên giấy tờ cần cấp bản sao', type: 'text', required: true },
      { name: 'so_ban', label: 'Số bản sao đề nghị cấp', type: 'number', required: true },
    ],
  },
  {
    nationalCode: '1.010027', name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', field: 'TLDN', level: 'province', agency: 'skhdt',
    documents: [form('Giấy đề nghị đăng ký doanh nghiệp'), { name: 'Điều lệ công ty', original: 1, copies: 0 }, idCard],
    feeVnd: 50000, feeNote: 'Miễn lệ phí khi nộp trực tuyến', processingDays: 3, onlineLevel: 'full',
    result: 'Giấy chứng nhận đăng ký doanh nghiệp', legalBasis: 'Luật Doanh nghiệp 2020; Nghị định 01/2021/NĐ-CP',
  },
  {
    nationalCode: '2.001610', name: 'Đăng ký thành lập doanh nghiệp tư nhân', field: 'TLDN', level: 'province', agency: 'skhdt',
    documents: [form('Giấy đề nghị đăng ký doanh nghiệp'), idCard], feeVnd: 50000, feeNote: 'Miễn lệ phí khi nộp trực tuyến',
    processingDays: 3, onlineLevel: 'full', result: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: 'Luật Doanh nghiệp 2020; Nghị định 01/2021/NĐ-CP',
  },
  {
    nationalCode: '1.009972', name: 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II', field: 'HDXD', level: 'province', agency: 'sxd',
    documents: [form('Đơn đề nghị cấp giấy phép xây dựng'), { name: 'Quyết định phê duyệt dự án và thông báo kết quả thẩm định', original: 0, copies: 1 }, { name: 'Bản vẽ thiết kế xây dựng', original: 2, copies: 0 }],
    feeVnd: 150000, processingDays: 20, onlineLevel: 'partial', result: 'Giấy phép xây dựng',
    legalBasis: 'Luật Xây dựng 2014, sửa đổi 2020; Nghị định 15/2021/NĐ-CP',
  },
  {
    nationalCode: '1.002804', name: 'Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp', field: 'DB', level: 'province', agency: 'sgtvt',
    documents: [form('Đơn đề nghị đổi giấy phép lái xe theo mẫu'), { name: 'Giấy khám sức khỏe của người lái xe', original: 1, copies: 0 }, { name: 'Giấy phép lái xe', original: 0, copies: 1 }],
    feeVnd: 135000, processingDays: 5, onlineLevel: 'full', result: 'Giấy phép lái xe',
    legalBasis: 'Thông tư 12/2017/TT-BGTVT; Thông tư 37/2023/TT-BTC',
  },
  {
    nationalCode: '1.004227', name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', field: 'DD', level: 'province', agency: 'stnmt',
    documents: [form('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'), { name: 'Bản gốc Giấy chứng nhận đã cấp', original: 1, copies: 0 }, { name: 'Hợp đồng, văn bản về việc chuyển quyền', original: 1, copies: 0 }],
    feeVnd: 30000, processingDays: 10, onlineLevel: 'partial', result: 'Giấy chứng nhận quyền sử dụng đất được xác nhận thay đổi',
    legalBasis: 'Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP',
  },
  {
    nationalCode: '1.003003', name: 'Đăng ký đất đai, tài sản gắn liền với đất và cấp Giấy chứng nhận lần đầu', field: 'DD', level: 'district', agency: 'caoloc',
    documents: [form('Đơn đăng ký, cấp Giấy chứng nhận'), { name: 'Giấy tờ về quyền sử dụng đất (nếu có)', original: 0, copies: 1 }],
    feeVnd: 100000, feeNote: 'Phí thẩm định theo diện tích, lệ phí cấp giấy chứng nhận 25.000 đồng', processingDays: 20, onlineLevel: 'partial',
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    legalBasis: 'Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP',
    formFields: [
      { name: 'dia_chi_thua_dat', label: 'Địa chỉ thửa đất', type: 'text', required: true },
      { name: 'dien_tich', label: 'Diện tích thửa đất (m²)', type: 'number', required: true },
    ],
  },
  {
    nationalCode: '1.001022', name: 'Đăng ký nhận cha, mẹ, con', field: 'HT', level: 'commune', agency: 'ttcaoloc',
    documents: [form('Tờ khai đăng ký nhận cha, mẹ, con theo mẫu'), { name: 'Chứng cứ chứng minh quan hệ cha, mẹ, con', original: 1, copies: 0 }, idCard],
    feeVnd: 15000, processingDays: 3, onlineLevel: 'partial', result: 'Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP',
  },
];

const lltp = 'Thông tư 244/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp';

/** Fees collected through the dossier (demo amounts as commonly published), by national code. */
export const demoFeeSchedules: Record<string, FeeSchedule> = {
  '2.000488': {
    payWhen: 'before_reception',
    lines: [{ code: 'LLTP', name: 'Phí cung cấp thông tin lý lịch tư pháp', kind: 'phi', legalBasis: lltp, rule: { type: 'fixed', amount: 200_000 } }],
    exemptions: [
      { category: 'sinh_vien', label: 'Sinh viên', percent: 50 },
      { category: 'nguoi_co_cong', label: 'Người có công với cách mạng', percent: 50 },
      { category: 'tre_em', label: 'Trẻ em, người cao tuổi, người khuyết tật, hộ nghèo', percent: 100 },
    ],
  },
  '2.000720': {
    payWhen: 'before_reception', exemptions: [],
    lines: [{ code: 'LPHKD', name: 'Lệ phí đăng ký hộ kinh doanh', kind: 'le_phi', legalBasis: 'Nghị quyết của HĐND tỉnh về lệ phí đăng ký hộ kinh doanh', rule: { type: 'fixed', amount: 100_000 } }],
  },
  '1.002804': {
    payWhen: 'before_reception', exemptions: [],
    lines: [{ code: 'LPGPLX', name: 'Lệ phí cấp giấy phép lái xe', kind: 'le_phi', legalBasis: 'Thông tư 37/2023/TT-BTC', rule: { type: 'fixed', amount: 135_000 } }],
  },
  '2.000815.000.00.12.H37': {
    payWhen: 'before_result', exemptions: [],
    lines: [{ code: 'BSSG', name: 'Phí cấp bản sao từ sổ gốc', kind: 'phi', legalBasis: 'Thông tư 226/2016/TT-BTC',
      rule: { type: 'per_unit', field: 'so_ban', unit: 'bản', tiers: [{ upTo: null, unitAmount: 8000 }] } }],
  },
  '1.003003': {
    payWhen: 'before_result',
    exemptions: [{ category: 'ho_ngheo', label: 'Hộ nghèo', percent: 100 }],
    lines: [
      { code: 'TDGCN', name: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận', kind: 'phi', legalBasis: 'Nghị quyết của HĐND tỉnh về phí thẩm định hồ sơ cấp giấy chứng nhận',
        rule: { type: 'band', field: 'dien_tich', unit: 'm²', bands: [{ upTo: 500, amount: 100_000 }, { upTo: 1000, amount: 200_000 }, { upTo: null, amount: 300_000 }] } },
      { code: 'LPGCN', name: 'Lệ phí cấp Giấy chứng nhận', kind: 'le_phi', legalBasis: 'Nghị quyết của HĐND tỉnh về lệ phí cấp giấy chứng nhận', rule: { type: 'fixed', amount: 25_000 } },
    ],
  },
};

type DemoStep = { name: string; role: 'specialist' | 'leader'; agency: string | null; timeShare: number };

/** Workflow templates other than the default (receiving agency's specialist, then its leader). */
export const demoWorkflows: Record<string, DemoStep[]> = {
  '1.001776': [
    { name: 'Công chức xã thẩm tra hồ sơ', role: 'specialist', agency: null, timeShare: 25 },
    { name: 'Chủ tịch UBND xã xác nhận, chuyển UBND huyện', role: 'leader', agency: null, timeShare: 15 },
    { name: 'Phòng Lao động - Thương binh và Xã hội thẩm định', role: 'specialist', agency: 'caoloc', timeShare: 40 },
    { name: 'Chủ tịch UBND huyện quyết định', role: 'leader', agency: 'caoloc', timeShare: 20 },
  ],
};
