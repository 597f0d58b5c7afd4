import type { Queryable } from '../platform/db.js';

/**
 * The demo province's questions and answers and its news: real-sounding, dated in the last weeks, in
 * every news category; no images from elsewhere (articles carry text only).
 */

type DemoQuestion = {
  procedureCode: string | null; agency: string; title: string; body: string; askerName: string; hideName: boolean; answer: string; daysAgo: number;
};

const questions: DemoQuestion[] = [
  {
    procedureCode: '2.000815', agency: 'chilang', title: 'Cấp bản sao từ sổ gốc giấy khai sinh khi bản chính bị mất',
    body: 'Tôi bị mất bản chính giấy khai sinh, trước đây đăng ký khai sinh tại phường Chi Lăng. Tôi có thể xin cấp bản sao từ sổ gốc không và cần mang theo giấy tờ gì?',
    askerName: 'Hoàng Văn Dũng', hideName: false, daysAgo: 12,
    answer: 'Ông/Bà được cấp bản sao từ sổ gốc tại UBND phường Chi Lăng, nơi đang lưu sổ hộ tịch. Khi đến, xuất trình căn cước công dân và nộp tờ khai '
      + '(có thể nộp trực tuyến trên Cổng dịch vụ công). Lệ phí 8.000 đồng một bản; kết quả trả ngay trong ngày nếu nộp trước 15 giờ.',
  },
  {
    procedureCode: '1.001193', agency: 'chilang', title: 'Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn',
    body: 'Vợ chồng tôi chưa đăng ký kết hôn, nay sinh con. Xin hỏi có đăng ký khai sinh cho cháu được không, và phần thông tin người cha ghi thế nào?',
    askerName: 'Lý Thị Hồng', hideName: true, daysAgo: 9,
    answer: 'Được. Trường hợp cha mẹ chưa đăng ký kết hôn, người mẹ đăng ký khai sinh cho con; phần thông tin người cha để trống. Nếu người cha '
      + 'muốn nhận con, hai bên thực hiện đồng thời thủ tục đăng ký khai sinh và nhận cha, con (Điều 15 Nghị định 123/2015/NĐ-CP).',
  },
  {
    procedureCode: '2.000488', agency: 'stp', title: 'Thời gian cấp Phiếu lý lịch tư pháp số 2',
    body: 'Tôi cần Phiếu lý lịch tư pháp số 2 để bổ sung hồ sơ du học. Thời gian giải quyết bao lâu và có nhận kết quả qua bưu điện được không?',
    askerName: 'Nguyễn Thu Trang', hideName: false, daysAgo: 7,
    answer: 'Thời hạn cấp Phiếu lý lịch tư pháp không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Ông/Bà có thể nộp và thanh toán '
      + 'trực tuyến, chọn nhận kết quả qua dịch vụ bưu chính công ích khi nộp hồ sơ; phí chuyển phát do người nhận trả.',
  },
  {
    procedureCode: '2.000720', agency: 'tpls', title: 'Hộ kinh doanh có bắt buộc khắc con dấu không?',
    body: 'Tôi chuẩn bị đăng ký hộ kinh doanh bán tạp hóa tại phường Hoàng Văn Thụ. Hộ kinh doanh có phải khắc dấu không, và bao lâu thì có giấy chứng nhận?',
    askerName: 'Vi Văn Quyết', hideName: false, daysAgo: 5,
    answer: 'Hộ kinh doanh không bắt buộc có con dấu. Giấy chứng nhận đăng ký hộ kinh doanh được cấp trong 03 ngày làm việc kể từ ngày '
      + 'Phòng Tài chính – Kế hoạch UBND thành phố nhận đủ hồ sơ hợp lệ.',
  },
  {
    procedureCode: null, agency: 'province', title: 'Giờ làm việc của bộ phận một cửa các cấp trong tỉnh',
    body: 'Xin cho biết giờ tiếp nhận hồ sơ của bộ phận một cửa cấp tỉnh, huyện, xã và có làm việc sáng thứ Bảy không?',
    askerName: 'Công dân', hideName: true, daysAgo: 3,
    answer: 'Bộ phận một cửa các cấp tiếp nhận hồ sơ từ 07 giờ đến 11 giờ 30 và từ 13 giờ 30 đến 17 giờ các ngày làm việc trong tuần. '
      + 'Một số đơn vị tiếp nhận sáng thứ Bảy theo thông báo riêng; hồ sơ trực tuyến được nộp mọi lúc trên Cổng dịch vụ công.',
  },
];

type DemoArticle = { slug: string; category: 'activity' | 'announcement' | 'new_document' | 'new_policy'; title: string; summary: string; body: string; daysAgo: number };

const p = (...paragraphs: string[]) => paragraphs.map((x) => `<p>${x}</p>`).join('');

const articles: DemoArticle[] = [
  {
    slug: 'lang-son-day-manh-dich-vu-cong-truc-tuyen-toan-trinh', category: 'activity', daysAgo: 2,
    title: 'Lạng Sơn đẩy mạnh dịch vụ công trực tuyến toàn trình',
    summary: 'UBND tỉnh yêu cầu các sở, ngành, địa phương nâng tỉ lệ hồ sơ nộp trực tuyến và thanh toán trực tuyến trong quý IV.',
    body: p('Chiều qua, UBND tỉnh Lạng Sơn họp đánh giá kết quả cải cách thủ tục hành chính chín tháng đầu năm.',
      'Tỉ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt trên 60%; các đơn vị được giao rà soát quy trình nội bộ, số hóa kết quả giải quyết và hướng dẫn người dân thanh toán trực tuyến.')
      + '<h2>Nhiệm vụ trọng tâm</h2><ul><li>Số hóa 100% hồ sơ khi tiếp nhận</li><li>Trả kết quả điện tử có ký số</li><li>Trả lời đầy đủ câu hỏi của người dân trên chuyên mục Hỏi đáp</li></ul>',
  },
  {
    slug: 'thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12', category: 'announcement', daysAgo: 4,
    title: 'Thông báo lịch tiếp công dân định kỳ tháng 12',
    summary: 'Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân tỉnh.',
    body: p('Thực hiện Luật Tiếp công dân, Văn phòng UBND tỉnh Lạng Sơn thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 12.',
      'Thời gian: từ 07 giờ 30 ngày 15/12. Địa điểm: Trụ sở Tiếp công dân tỉnh, số 2 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn.',
      'Công dân đến tiếp mang theo căn cước công dân và các giấy tờ liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh.'),
  },
  {
    slug: 'quy-dinh-moi-ve-muc-thu-le-phi-ho-tich', category: 'new_document', daysAgo: 6,
    title: 'Nghị quyết quy định mức thu lệ phí hộ tịch trên địa bàn tỉnh',
    summary: 'HĐND tỉnh ban hành nghị quyết quy định mức thu, miễn lệ phí hộ tịch, áp dụng từ ngày 01/01 năm sau.',
    body: p('Nghị quyết quy định mức thu lệ phí đăng ký hộ tịch tại UBND cấp xã và cấp huyện; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
      'Đăng ký khai sinh, khai tử đúng hạn được miễn lệ phí. Các đơn vị niêm yết công khai mức thu tại bộ phận một cửa và trên Cổng dịch vụ công.'),
  },
  {
    slug: 'ho-tro-chi-phi-nop-ho-so-truc-tuyen', category: 'new_policy', daysAgo: 8,
    title: 'Giảm 50% phí, lệ phí khi nộp hồ sơ trực tuyến',
    summary: 'Người dân, doanh nghiệp nộp hồ sơ trực tuyến một số thủ tục được giảm 50% phí, lệ phí theo nghị quyết của HĐND tỉnh.',
    body: p('Chính sách áp dụng với các thủ tục cấp bản sao từ sổ gốc, chứng thực, đăng ký hộ kinh doanh và cấp phiếu lý lịch tư pháp khi nộp và thanh toán trực tuyến.',
      'Mức giảm được tính tự động khi nộp hồ sơ trên Cổng dịch vụ công; người dân không phải làm thêm thủ tục nào.'),
  },
  {
    slug: 'phuong-chi-lang-tra-ket-qua-trong-ngay', category: 'activity', daysAgo: 10,
    title: 'Phường Chi Lăng trả kết quả chứng thực trong ngày',
    summary: 'Bộ phận một cửa phường Chi Lăng trả kết quả chứng thực bản sao, chữ ký ngay trong ngày với hồ sơ nộp trước 15 giờ.',
    body: p('Từ đầu tháng, UBND phường Chi Lăng bố trí thêm một cán bộ chứng thực tại bộ phận một cửa, rút ngắn thời gian chờ của người dân.',
      'Người dân có thể đặt lịch hẹn nộp tại quầy trên Cổng dịch vụ công để không phải xếp hàng.'),
  },
];

const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

export async function seedDemoContent(tx: Queryable, agencyIds: Map<string, number>): Promise<void> {
  for (const q of questions) {
    const agencyId = agencyIds.get(q.agency)!;
    const procedureId = q.procedureCode
      ? (await tx.query<{ id: number }>('SELECT id FROM procedure_directory WHERE national_code = $1 AND agency_id = $2', [q.procedureCode, agencyId])).rows[0]?.id ?? null
      : null;
    const asked = ago(q.daysAgo);
    const answered = ago(q.daysAgo - 2);
    await tx.query(
      `INSERT INTO questions (agency_id, procedure_id, title, body, asker_name, hide_name, status, answer, answered_at, published_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'published', $7, $8, $8, $9)`,
      [agencyId, procedureId, q.title, q.body, q.askerName, q.hideName, q.answer, answered, asked]);
  }
  const office = agencyIds.get('vp')!;
  for (const a of articles) {
    const at = ago(a.daysAgo);
    await tx.query(
      `INSERT INTO articles (agency_id, slug, title, summary, body_html, category, status, publish_at, published_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'published', $7, $7, $7, $7)`,
      [office, a.slug, a.title, a.summary, a.body, a.category, at]);
  }
}
