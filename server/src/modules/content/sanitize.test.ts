import { describe, expect, it } from 'vitest';
import { hasContent, sanitizeArticleHtml } from './sanitize.js';

const PUBLIC = 'https://dichvucong.langson.gov.vn';
const KEY = '0123456789abcdef0123456789abcdef';
const clean = (html: string) => sanitizeArticleHtml(html, PUBLIC);

describe('sanitizeArticleHtml', () => {
  it('keeps what the editor writes: paragraphs, headings, emphasis, lists, quotes, links', () => {
    const html = '<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u></p><ul><li>Một</li></ul><blockquote><p>Trích</p></blockquote>';
    expect(clean(html)).toBe(html);
    expect(clean('<p><a href="https://langson.gov.vn/van-ban">Văn bản</a></p>')).toBe('<p><a href="https://langson.gov.vn/van-ban" rel="noopener noreferrer nofollow">Văn bản</a></p>');
  });

  it('removes scripts, event handlers and styles', () => {
    expect(clean('<p>An<script>alert(1)</script></p>')).toBe('<p>An</p>');
    expect(clean('<p onclick="x()" style="color:red">An</p>')).toBe('<p>An</p>');
    expect(clean(`<img src="/api/news/images/${KEY}" onerror="alert(1)">`)).toBe(`<img src="/api/news/images/${KEY}" alt="" />`);
    expect(clean('<iframe src="https://example.com"></iframe><p>x</p>')).toBe('<p>x</p>');
  });

  it('removes javascript: and data: links but keeps the text', () => {
    expect(clean('<a href="javascript:alert(1)">bấm</a>')).toBe('<a rel="noopener noreferrer nofollow">bấm</a>');
    expect(clean('<a href="JaVaScRiPt:alert(1)">bấm</a>')).not.toContain('javascript');
    expect(clean('<a href="data:text/html,<script>alert(1)</script>">x</a>')).not.toContain('data:');
  });

  it('keeps only the platform\'s own images, an absolute address of the portal as a path', () => {
    expect(clean('<img src="https://evil.example/x.png">')).toBe('');
    expect(clean('<img src="//evil.example/x.png">')).toBe('');
    expect(clean('<img src="/api/news/images/../../x">')).toBe('');
    expect(clean('<img src="data:image/png;base64,AAAA">')).toBe('');
    expect(clean(`<img src="${PUBLIC}/api/news/images/${KEY}" alt="Ảnh">`)).toBe(`<img src="/api/news/images/${KEY}" alt="Ảnh" />`);
  });

  it('tells an empty body from one with text or an image', () => {
    expect(hasContent(clean('<p><script>x</script></p>'))).toBe(false);
    expect(hasContent(clean(`<p><img src="/api/news/images/${KEY}"></p>`))).toBe(true);
    expect(hasContent(clean('<p>Nội dung</p>'))).toBe(true);
  });
});
