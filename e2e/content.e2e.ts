import { expect, test, type Browser, type Page } from '@playwright/test';
import { checkPage, signIn } from './helpers';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/** Someone in a browser of their own, on a phone; signed in when a user name is given. */
async function person(browser: Browser, username?: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  if (username) await signIn(page, username);
  return page;
}

/**
 * Hỏi đáp: a citizen asks about "Cấp bản sao từ sổ gốc" from its page; the specialist of UBND phường Chi
 * Lăng answers and the leader publishes; a visitor finds it by typing without diacritics, and from the
 * procedure's page.
 */
test('a question about a procedure is answered, published, and found without diacritics and from the procedure page', async ({ browser }) => {
  test.setTimeout(240_000);
  // A retry meets the first attempt's question: this run's is told apart by a tag.
  const tag = Date.now().toString(36).slice(-6).toUpperCase();
  const title = `Xin cấp bản sao trích lục khai sinh cho con (${tag})`;

  const citizen = await person(browser, 'citizen');
  await citizen.goto('/?q=cap+ban+sao');
  await citizen.getByRole('link', { name: 'Cấp bản sao từ sổ gốc', exact: true }).click();
  await expect(citizen).toHaveURL(/\/thu-tuc\/\d+$/);
  const procedurePath = new URL(citizen.url()).pathname;
  await checkPage(citizen, procedurePath, 'procedure-questions');
  await citizen.getByRole('link', { name: 'Đặt câu hỏi về thủ tục này' }).click();
  await expect(citizen).toHaveURL(/\/hoi-dap\?thu-tuc=\d+/);
  await checkPage(citizen, new URL(citizen.url()).pathname + new URL(citizen.url()).search, 'questions-ask');
  await expect(citizen.getByText('Câu hỏi về thủ tục "Cấp bản sao từ sổ gốc"', { exact: false })).toBeVisible();
  await citizen.getByLabel('Tiêu đề').fill(title);
  await citizen.getByLabel('Nội dung câu hỏi').fill('Con tôi sinh năm 2015 tại phường Chi Lăng, nay cần bản sao trích lục khai sinh để nhập học. Tôi cần mang theo giấy tờ gì?');
  await citizen.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(citizen.getByText('Câu hỏi đã được gửi')).toBeVisible();

  const specialist = await person(browser, 'chuyenvien.chilang');
  await checkPage(specialist, '/hoi-dap/xu-ly', 'questions-inbox');
  const card = specialist.locator('.ant-card').filter({ hasText: tag });
  await card.getByLabel('Câu trả lời').fill('Ông/Bà mang căn cước công dân đến UBND phường Chi Lăng hoặc nộp trực tuyến; bản sao trích lục được cấp trong ngày.');
  await card.getByRole('button', { name: 'Gửi trả lời (chờ lãnh đạo công bố)' }).click();
  await expect(specialist.getByText('Đã gửi câu trả lời, chờ lãnh đạo công bố.')).toBeVisible();

  const leader = await person(browser, 'lanhdao.chilang');
  await leader.goto('/hoi-dap/xu-ly?trang-thai=answered');
  const answered = leader.locator('.ant-card').filter({ hasText: tag });
  await answered.getByRole('button', { name: 'Công bố câu trả lời' }).click();
  await expect(leader.getByText('Câu trả lời đã được công bố.')).toBeVisible();

  // A visitor types without diacritics.
  const visitor = await person(browser);
  await checkPage(visitor, '/hoi-dap', 'questions');
  await visitor.getByLabel('Tìm câu hỏi').fill(`trich luc khai sinh ${tag.toLowerCase()}`);
  await visitor.getByRole('button', { name: 'Tìm', exact: true }).click();
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor).toHaveURL(/\/hoi-dap\/\d+$/);
  await checkPage(visitor, new URL(visitor.url()).pathname, 'question');
  await expect(visitor.getByText('bản sao trích lục được cấp trong ngày', { exact: false })).toBeVisible();
  // The citizen's given name only.
  await expect(visitor.getByText('Hỏi bởi An,', { exact: false })).toBeVisible();
  await expect(visitor.getByText('Nguyễn Văn An')).toHaveCount(0);

  // And from the procedure's page.
  await visitor.goto(procedurePath);
  await visitor.getByRole('link', { name: /Xem \d+ câu hỏi đã trả lời/ }).click();
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
});

/**
 * Tin tức: the province office's editor writes an article with the rich text editor and submits it; the
 * province admin approves it; it is on the home page and its own page.
 */
test('an editor writes an article, it is approved, and the home page shows it', async ({ browser }) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36).slice(-6).toUpperCase();
  const title = `Lạng Sơn khai trương Trung tâm Phục vụ hành chính công ${tag}`;

  const editor = await person(browser, 'bientap.vp');
  await checkPage(editor, '/bien-tap', 'news-editorial');
  await editor.getByRole('button', { name: 'Viết bài mới' }).click();
  await expect(editor).toHaveURL(/\/bien-tap\/moi$/);
  await checkPage(editor, '/bien-tap/moi', 'news-editor');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await editor.getByLabel('Tóm tắt', { exact: true }).fill('Trung tâm tiếp nhận hồ sơ của các sở, ngành từ ngày 01/12.');
  const body = editor.getByRole('textbox', { name: 'Nội dung' });
  await body.click();
  await editor.getByRole('button', { name: 'Chữ đậm' }).click();
  await editor.keyboard.type('Trung tâm mở cửa từ 7 giờ sáng.');
  await editor.getByRole('button', { name: 'Chữ đậm' }).click();
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Người dân có thể đặt lịch hẹn trên Cổng dịch vụ công.');
  await editor.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(editor).toHaveURL(/\/bien-tap\/\d+$/);
  await expect(editor.getByText('Chờ duyệt', { exact: true })).toBeVisible();
  const articlePath = new URL(editor.url()).pathname;

  const admin = await person(browser, 'admin');
  await admin.goto('/bien-tap?trang-thai=review');
  await admin.getByRole('link', { name: title }).click();
  await expect(admin).toHaveURL(new RegExp(`${articlePath}$`));
  await checkPage(admin, articlePath, 'news-review');
  await expect(admin.locator('.content-body strong')).toHaveText('Trung tâm mở cửa từ 7 giờ sáng.');
  await admin.getByRole('button', { name: 'Duyệt và xuất bản' }).click();
  await expect(admin.getByText('Đã xuất bản', { exact: true })).toBeVisible();

  const visitor = await person(browser);
  await checkPage(visitor, '/', 'home');
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor).toHaveURL(/\/tin-tuc\/lang-son-khai-truong-trung-tam-phuc-vu-hanh-chinh-cong-/);
  await checkPage(visitor, new URL(visitor.url()).pathname, 'news-article');
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText('Người dân có thể đặt lịch hẹn trên Cổng dịch vụ công.')).toBeVisible();
  await checkPage(visitor, '/tin-tuc', 'news');
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
  // The feed the page links to carries it.
  const feed = await visitor.request.get('/api/news/rss.xml');
  expect(feed.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(await feed.text()).toContain(title);
});
