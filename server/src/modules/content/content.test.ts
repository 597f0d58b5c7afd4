import { DOMParser } from '@xmldom/xmldom';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../../simulators/smtp-sink/sink.js';
import { buildArticle, buildArticleImage, insertEditor } from '../../../test/access/content.js';
import { buildAgency, buildOfficial } from '../../../test/factories.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';

let sink: SmtpSink;
let t: TestApp;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({ smtpUrl: sink.smtpUrl });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const procedureId = async (nationalCode: string) =>
  (await t.db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1', [nationalCode])).rows[0]!.id;

describe('questions and answers', () => {
  it('takes a visitor\'s question to the procedure\'s agency, a specialist answers, a leader publishes, and the visitor is told by email', async () => {
    const copy = await procedureId('2.000815');
    const visitor = t.client();
    const asked = await visitor.post('/api/questions', {
      title: 'Cấp bản sao giấy khai sinh cho người ở xa', body: 'Tôi đang ở Hà Nội, có thể nhờ người thân xin cấp bản sao từ sổ gốc giấy khai sinh không?',
      procedureId: copy, name: 'Đặng Thị Thu Hà', email: 'thuha.dang@example.vn',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const id = asked.body.id;
    // Not public until answered and published.
    expect((await visitor.get(`/api/questions/${id}`)).status).toBe(404);

    const specialist = await t.login('chuyenvien.chilang');
    const inbox = await specialist.get('/api/questions/inbox?status=pending');
    const mine = inbox.body.items.find((q: { id: number }) => q.id === id);
    expect(mine).toMatchObject({ askerName: 'Đặng Thị Thu Hà', procedureName: 'Cấp bản sao từ sổ gốc', status: 'pending', canPublish: false });
    expect(JSON.stringify(mine)).not.toContain('thuha.dang@example.vn');
    const answered = await specialist.post(`/api/questions/${id}/answer`, { answer: 'Được. Người thân mang giấy ủy quyền có chứng thực đến UBND phường Chi Lăng.', version: mine.version });
    expect(answered.body).toEqual({ status: 'answered' });
    expect((await visitor.get(`/api/questions/${id}`)).status).toBe(404);
    // A specialist does not publish.
    expect((await specialist.post(`/api/questions/${id}/publish`, { version: mine.version + 1 })).body.error.code).toBe('QUESTION_LEADER_ONLY');

    const leader = await t.login('lanhdao.chilang');
    const published = await leader.post(`/api/questions/${id}/publish`, { version: mine.version + 1 });
    expect(published.body).toEqual({ status: 'published' });

    const seen = await visitor.get(`/api/questions/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ askerName: 'Hà', procedureId: copy, agencyName: 'UBND phường Chi Lăng', answer: expect.stringContaining('giấy ủy quyền') });
    expect(JSON.stringify(seen.body)).not.toMatch(/thuha|example\.vn|Đặng Thị/);

    await t.settle();
    const mail = sink.messages.find((m) => m.to.includes('thuha.dang@example.vn'));
    expect(mail?.subject).toContain('đã được trả lời');
    expect(mail?.text).toContain(`${t.config.publicUrl}/hoi-dap/${id}`);
  });

  it('publishes a leader\'s answer at once', async () => {
    const citizen = await t.login('citizen');
    const asked = await citizen.post('/api/questions', { title: 'Đăng ký kết hôn với người nước ngoài', body: 'Xin hỏi đăng ký kết hôn với người nước ngoài làm ở đâu?', hideName: true });
    expect(asked.status).toBe(201);
    // No procedure, no agency: the province's People's Committee answers.
    const admin = (await t.db.query<{ agencyId: number }>('SELECT agency_id AS "agencyId" FROM questions WHERE id = $1', [asked.body.id])).rows[0]!;
    expect(admin.agencyId).toBe(await t.agencyId('000.00.00.H37'));
    const agency = await buildAgency(t);
    await t.db.query('UPDATE questions SET agency_id = $2 WHERE id = $1', [asked.body.id, agency.id]);
    const leader = await buildOfficial(t, agency.id, 'leader');
    const answered = await leader.client.post(`/api/questions/${asked.body.id}/answer`, { answer: 'Tại UBND cấp huyện nơi cư trú của công dân Việt Nam.', version: 1 });
    expect(answered.body).toEqual({ status: 'published' });
    const seen = await t.client().get(`/api/questions/${asked.body.id}`);
    // The citizen asked to hide their name.
    expect(seen.body.askerName).toBe('Công dân');
    expect(JSON.stringify(seen.body)).not.toContain('Nguyễn Văn An');
  });

  it('finds answered questions by words typed without diacritics, and by procedure', async () => {
    const anyone = t.client();
    const found = await anyone.get('/api/questions?q=cap%20ban%20sao');
    expect(found.status).toBe(200);
    expect(found.body.items.length).toBeGreaterThan(0);
    expect(found.body.items.every((q: { title: string; body: string; answer: string }) => /bản sao/i.test(`${q.title} ${q.body} ${q.answer}`))).toBe(true);
    expect(found.body.items.map((q: { title: string }) => q.title)).toContain('Cấp bản sao từ sổ gốc giấy khai sinh khi bản chính bị mất');
    const copy = await procedureId('2.000815');
    const byProcedure = await anyone.get(`/api/questions?procedureId=${copy}`);
    expect(byProcedure.body.total).toBeGreaterThan(0);
    expect(byProcedure.body.items.every((q: { procedureId: number }) => q.procedureId === copy)).toBe(true);
    expect((await anyone.get('/api/questions?q=khong%20co%20tu%20nay%20xyzw')).body).toEqual({ items: [], total: 0 });
    // No public answer carries an email.
    const all = await anyone.get('/api/questions?pageSize=50');
    expect(JSON.stringify(all.body)).not.toMatch(/@/);
  });

  it('asks a visitor for a name and an email, and refuses an unknown procedure', async () => {
    const visitor = t.client();
    const base = { title: 'Câu hỏi không có liên hệ', body: 'Nội dung câu hỏi đủ dài để gửi.' };
    expect((await visitor.post('/api/questions', base)).body.error.code).toBe('QUESTION_CONTACT_REQUIRED');
    expect((await visitor.post('/api/questions', { ...base, name: 'Khách', email: 'khong-phai-email' })).status).toBe(400);
    expect((await visitor.post('/api/questions', { ...base, name: 'Khách', email: 'a@example.vn', procedureId: 999_999 })).body.error.code).toBe('QUESTION_PROCEDURE_UNKNOWN');
  });

  it('lets staff reject a duplicate pointing at the published answer, and hides other agencies\' questions', async () => {
    const visitor = t.client();
    const asked = await visitor.post('/api/questions', { title: 'Mất bản chính giấy khai sinh', body: 'Bị mất bản chính giấy khai sinh thì làm sao?', procedureId: await procedureId('2.000815'), name: 'Lâm Văn Tài', email: 'tai.lam@example.vn' });
    const published = (await visitor.get(`/api/questions?procedureId=${await procedureId('2.000815')}`)).body.items[0].id;
    const other = await t.login('chuyenvien.stp');
    expect((await other.post(`/api/questions/${asked.body.id}/answer`, { answer: 'Câu trả lời của cơ quan khác.', version: 1 })).status).toBe(404);
    const reception = await t.login('tiepnhan.chilang');
    expect((await reception.post(`/api/questions/${asked.body.id}/reject`, { reason: 'Trùng', version: 1 })).body.error.code).toBe('QUESTION_ANSWERER_ONLY');
    const specialist = await t.login('chuyenvien.chilang');
    expect((await specialist.post(`/api/questions/${asked.body.id}/reject`, { reason: 'Trùng', duplicateOf: asked.body.id, version: 1 })).body.error.code).toBe('QUESTION_DUPLICATE_UNKNOWN');
    const rejected = await specialist.post(`/api/questions/${asked.body.id}/reject`, { reason: 'Câu hỏi trùng với câu đã được trả lời.', duplicateOf: published, version: 1 });
    expect(rejected.body).toEqual({ status: 'rejected' });
    // Two officials acting on what they read: the second is told it changed.
    expect((await specialist.post(`/api/questions/${asked.body.id}/answer`, { answer: 'Trả lời sau khi đã từ chối.', version: 1 })).status).toBe(409);
    await t.settle();
    const mail = sink.messages.find((m) => m.to.includes('tai.lam@example.vn'));
    expect(mail?.text).toContain(`${t.config.publicUrl}/hoi-dap/${published}`);
  });
});

describe('news and announcements', () => {
  let agencyId: number;
  let editor: ApiClient;
  let leader: ApiClient;
  beforeAll(async () => {
    agencyId = (await buildAgency(t, { kind: 'department', name: 'Sở Thông tin và Truyền thông (thử nghiệm)' })).id;
    editor = await t.login((await insertEditor(t, agencyId)).username);
    leader = (await buildOfficial(t, agencyId, 'leader')).client;
  });

  const write = (fields: Record<string, unknown> = {}) => editor.post('/api/editorial/articles', {
    agencyId, title: 'Khai trương Trung tâm Phục vụ hành chính công tỉnh', summary: 'Trung tâm đi vào hoạt động từ ngày 01/12.',
    bodyHtml: '<p>Trung tâm tiếp nhận hồ sơ của 19 sở, ngành.</p>', category: 'activity', ...fields,
  });

  it('goes from draft to review to published, appears in the list and on its page, and can be unpublished', async () => {
    const created = await write();
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.slug).toBe('khai-truong-trung-tam-phuc-vu-hanh-chinh-cong-tinh');
    // The same title again gets a slug of its own.
    expect((await write()).body.slug).toBe('khai-truong-trung-tam-phuc-vu-hanh-chinh-cong-tinh-2');
    const id = created.body.id;
    expect((await t.client().get(`/api/news/${created.body.slug}`)).status).toBe(404);
    // The leader approves only what was submitted; the editor does not approve.
    expect((await leader.post(`/api/editorial/articles/${id}/approve`, { version: 1 })).body.error.code).toBe('ARTICLE_WRONG_STATE');
    expect((await editor.post(`/api/editorial/articles/${id}/submit`, { version: 1 })).body).toEqual({ status: 'review', version: 2 });
    expect((await editor.post(`/api/editorial/articles/${id}/approve`, { version: 2 })).body.error.code).toBe('ARTICLE_APPROVER_ONLY');
    // Returned with a comment, edited, submitted again.
    expect((await leader.post(`/api/editorial/articles/${id}/return`, { comment: 'Bổ sung địa chỉ Trung tâm.', version: 2 })).body.status).toBe('draft');
    const returned = await editor.get(`/api/editorial/articles/${id}`);
    expect(returned.body).toMatchObject({ status: 'draft', reviewComment: 'Bổ sung địa chỉ Trung tâm.', canEdit: true, canApprove: false });
    const edited = await editor.put(`/api/editorial/articles/${id}`, {
      title: 'Khai trương Trung tâm Phục vụ hành chính công tỉnh', summary: 'Trung tâm đi vào hoạt động từ ngày 01/12.', category: 'activity',
      bodyHtml: '<p>Trung tâm tại số 1 đường Hùng Vương tiếp nhận hồ sơ của 19 sở, ngành.</p>', version: returned.body.version,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    await editor.post(`/api/editorial/articles/${id}/submit`, { version: edited.body.version });
    const approved = await leader.post(`/api/editorial/articles/${id}/approve`, { version: edited.body.version + 1 });
    expect(approved.body.status).toBe('published');

    const anyone = t.client();
    const page = await anyone.get(`/api/news/${created.body.slug}`);
    expect(page.body).toMatchObject({ title: 'Khai trương Trung tâm Phục vụ hành chính công tỉnh', categoryName: 'Tin hoạt động', bodyHtml: expect.stringContaining('Hùng Vương') });
    expect((await anyone.get('/api/news?category=activity')).body.items[0].slug).toBe(created.body.slug);
    expect((await anyone.get('/api/news?category=announcement')).body.items.map((a: { slug: string }) => a.slug)).not.toContain(created.body.slug);

    expect((await editor.post(`/api/editorial/articles/${id}/unpublish`, { version: approved.body.version })).body.status).toBe('unpublished');
    expect((await anyone.get(`/api/news/${created.body.slug}`)).status).toBe(404);
  });

  it('sanitizes the body on the server: no script, no event handler, no javascript: link, no foreign image', async () => {
    const image = await buildArticleImage(t, agencyId);
    const created = await write({
      title: 'Bài viết có nội dung độc hại',
      bodyHtml: `<p>Chào<script>alert(1)</script></p><p onclick="x()"><a href="javascript:alert(1)">bấm</a></p>`
        + `<img src="x" onerror="alert(1)"><img src="https://evil.example/theo-doi.png"><img src="${t.config.publicUrl}/api/news/images/${image.key}" alt="Ảnh">`,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const stored = (await editor.get(`/api/editorial/articles/${created.body.id}`)).body.bodyHtml as string;
    expect(stored).not.toMatch(/script|onerror|onclick|javascript:|evil\.example/i);
    expect(stored).toContain(`<img src="/api/news/images/${image.key}" alt="Ảnh" />`);
    expect(stored).toContain('<a rel="noopener noreferrer nofollow">bấm</a>');
    // Nothing left but what was refused: the article is refused.
    expect((await write({ title: 'Bài viết rỗng', bodyHtml: '<script>alert(1)</script>' })).body.error.code).toBe('ARTICLE_BODY_EMPTY');
  });

  it('keeps an article approved with a future date out of every public list until that time', async () => {
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const created = await write({ title: 'Thông báo nghỉ Tết Nguyên đán', category: 'announcement', publishAt: later });
    await editor.post(`/api/editorial/articles/${created.body.id}/submit`, { version: 1 });
    expect((await leader.post(`/api/editorial/articles/${created.body.id}/approve`, { version: 2 })).body.status).toBe('published');
    const anyone = t.client();
    expect((await anyone.get(`/api/news/${created.body.slug}`)).status).toBe(404);
    expect((await anyone.get('/api/news?pageSize=50')).body.items.map((a: { slug: string }) => a.slug)).not.toContain(created.body.slug);
    // Its time comes: public without any job having run.
    await t.db.query(`UPDATE articles SET published_at = now() - interval '1 second' WHERE id = $1`, [created.body.id]);
    expect((await anyone.get(`/api/news/${created.body.slug}`)).status).toBe(200);
  });

  it('lets nobody else work on the agency\'s articles: another agency\'s leader and editor do not see them', async () => {
    const created = await write({ title: 'Bài viết nội bộ chưa duyệt' });
    const otherAgency = (await buildAgency(t)).id;
    const otherLeader = (await buildOfficial(t, otherAgency, 'leader')).client;
    const otherEditor = await t.login((await insertEditor(t, otherAgency)).username);
    expect((await otherLeader.get(`/api/editorial/articles/${created.body.id}`)).status).toBe(404);
    expect((await otherEditor.post(`/api/editorial/articles/${created.body.id}/submit`, { version: 1 })).status).toBe(404);
    expect((await otherEditor.post('/api/editorial/articles', { agencyId, title: 'Bài của cơ quan khác', summary: 'Tóm tắt bài viết.', bodyHtml: '<p>x</p>', category: 'activity' })).body.error.code)
      .toBe('ARTICLE_EDITOR_ONLY');
    expect((await otherLeader.get('/api/editorial/articles')).body.items.map((a: { id: number }) => a.id)).not.toContain(created.body.id);
    // The province admin approves any agency's news.
    const admin = await t.login('admin');
    expect((await admin.get(`/api/editorial/articles/${created.body.id}`)).body).toMatchObject({ canApprove: true, canEdit: false });
    await editor.post(`/api/editorial/articles/${created.body.id}/submit`, { version: 1 });
    expect((await admin.post(`/api/editorial/articles/${created.body.id}/approve`, { version: 2 })).body.status).toBe('published');
  });

  it('re-encodes an uploaded photo without its EXIF, and refuses what is not an image', async () => {
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .jpeg().withExif({ IFD0: { Make: 'MayAnhThuNghiem', Copyright: 'Vi tri nha rieng' } }).toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const uploaded = await editor.upload('/api/editorial/images', { agencyId: String(agencyId) }, { name: 'anh.jpg', data: photo, type: 'image/jpeg' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body).toMatchObject({ width: 64, height: 48, url: `/api/news/images/${uploaded.body.key}` });
    const served = await t.client().download(uploaded.body.url);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(served.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(served.data.includes(Buffer.from('MayAnhThuNghiem'))).toBe(false);

    const pdf = await editor.upload('/api/editorial/images', { agencyId: String(agencyId) }, { name: 'anh.jpg', data: Buffer.from('%PDF-1.4 rác'), type: 'image/jpeg' });
    expect(pdf.status).toBe(415);
    // A cover must be the agency's own image.
    const foreign = await buildArticleImage(t, (await buildAgency(t)).id);
    expect((await write({ title: 'Bài có ảnh của cơ quan khác', coverImageKey: foreign.key })).body.error.code).toBe('ARTICLE_IMAGE_UNKNOWN');
    expect((await write({ title: 'Bài có ảnh đại diện', coverImageKey: uploaded.body.key })).status).toBe(201);
  });

  it('serves an RSS 2.0 feed of public articles only, with absolute links, per category too', async () => {
    const published = await buildArticle(t, { agencyId, state: 'published', category: 'new_policy', title: 'Chính sách hỗ trợ chuyển đổi số & <cộng đồng>' });
    const draft = await buildArticle(t, { agencyId, state: 'draft', category: 'new_policy', title: 'Bản nháp không được lên RSS' });
    const future = await buildArticle(t, { agencyId, state: 'published', category: 'new_policy', title: 'Bài hẹn giờ chưa đến', publishedAt: new Date(Date.now() + 86_400_000) });
    const response = await t.client().download('/api/news/rss.xml?category=new_policy');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const errors: string[] = [];
    const xml = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(response.data.toString('utf8'), 'text/xml');
    expect(errors).toEqual([]);
    expect(xml.documentElement!.nodeName).toBe('rss');
    expect(xml.documentElement!.getAttribute('version')).toBe('2.0');
    const items = Array.from(xml.getElementsByTagName('item')).map((item) => ({
      title: item.getElementsByTagName('title')[0]!.textContent, link: item.getElementsByTagName('link')[0]!.textContent,
      category: item.getElementsByTagName('category')[0]!.textContent,
    }));
    expect(items).toContainEqual({ title: 'Chính sách hỗ trợ chuyển đổi số & <cộng đồng>', link: `${t.config.publicUrl}/tin-tuc/${published.slug}`, category: 'Chính sách mới' });
    const titles = items.map((i) => i.title);
    expect(titles).not.toContain('Bản nháp không được lên RSS');
    expect(titles).not.toContain('Bài hẹn giờ chưa đến');
    expect(items.every((i) => i.category === 'Chính sách mới')).toBe(true);
    expect(draft.slug && future.slug).toBeTruthy();
    // The whole feed has every category's public articles, the seeded ones too.
    const all = await t.client().download('/api/news/rss.xml');
    expect(all.data.toString('utf8')).toContain('Thông báo lịch tiếp công dân định kỳ tháng 12');
  });
});
