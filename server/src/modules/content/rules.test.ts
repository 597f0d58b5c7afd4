import { describe, expect, it } from 'vitest';
import { canRunArticle, canRunQuestion, publicAskerName, slugify } from './rules.js';

describe('publicAskerName', () => {
  it('shows the given name only, or "Công dân" when hidden', () => {
    expect(publicAskerName('Nguyễn Văn An', false)).toBe('An');
    expect(publicAskerName('  Hoàng   Thị   Mai ', false)).toBe('Mai');
    expect(publicAskerName('Nguyễn Văn An', true)).toBe('Công dân');
    expect(publicAskerName('   ', false)).toBe('Công dân');
  });
});

describe('slugify', () => {
  it('folds Vietnamese to ASCII words joined by hyphens', () => {
    expect(slugify('Thông báo lịch tiếp công dân tháng 12/2026')).toBe('thong-bao-lich-tiep-cong-dan-thang-12-2026');
    expect(slugify('Đường Bà Triệu: đóng cửa!')).toBe('duong-ba-trieu-dong-cua');
    expect(slugify('!!!')).toBe('');
  });

  it('stops at 80 characters on a word boundary', () => {
    const slug = slugify('rất '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('states', () => {
  it('lets an article be approved only in review and edited only as a draft or unpublished', () => {
    expect(canRunArticle('approve', 'review')).toBe(true);
    expect(canRunArticle('approve', 'draft')).toBe(false);
    expect(canRunArticle('edit', 'published')).toBe(false);
    expect(canRunArticle('edit', 'unpublished')).toBe(true);
    expect(canRunArticle('unpublish', 'published')).toBe(true);
    expect(canRunArticle('return', 'published')).toBe(false);
  });

  it('publishes only an answered question and never answers a rejected one', () => {
    expect(canRunQuestion('publish', 'answered')).toBe(true);
    expect(canRunQuestion('publish', 'pending')).toBe(false);
    expect(canRunQuestion('answer', 'rejected')).toBe(false);
    expect(canRunQuestion('reject', 'published')).toBe(false);
  });
});
