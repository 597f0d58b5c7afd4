import { Feed } from 'feed';
import type { ModuleDeps } from '../../platform/context.js';
import { contentRepository as repo } from './repository.js';
import { ARTICLE_CATEGORIES, type ArticleCategory } from './rules.js';
import { imagePath } from './sanitize.js';

const ITEMS = 30;

/**
 * The portal's news as an RSS 2.0 feed (all categories, or one), built with `feed`: absolute links from
 * PUBLIC_URL, only articles public now (approved and past their publish date).
 */
export async function newsFeed(deps: ModuleDeps, category?: ArticleCategory): Promise<string> {
  const base = deps.config.publicUrl;
  const { items } = await repo.publicArticles(deps.db, { category, limit: ITEMS, offset: 0 });
  const self = `${base}/api/news/rss.xml${category ? `?category=${category}` : ''}`;
  const feed = new Feed({
    title: category ? `${ARTICLE_CATEGORIES[category]} — Cổng thông tin điện tử` : 'Tin tức, thông báo — Cổng thông tin điện tử',
    description: 'Tin tức, thông báo, văn bản và chính sách mới của chính quyền tỉnh',
    id: `${base}/tin-tuc`,
    link: category ? `${base}/tin-tuc?chuyen-muc=${category}` : `${base}/tin-tuc`,
    language: 'vi',
    copyright: 'Ủy ban nhân dân tỉnh',
    updated: items[0]?.publishedAt ?? undefined,
    generator: 'Tỉnh Số',
    feedLinks: { rss: self },
    ttl: 30,
  });
  // Relative addresses in the bodies (the platform's images) are made absolute: a reader fetches them from elsewhere.
  const absolute = (html: string) => html.replace(/(<img [^>]*src=")\/api\//g, `$1${base}/api/`);
  for (const a of items) {
    feed.addItem({
      title: a.title,
      id: `${base}/tin-tuc/${a.slug}`,
      link: `${base}/tin-tuc/${a.slug}`,
      description: a.summary,
      content: absolute(a.bodyHtml),
      date: a.publishedAt!,
      category: [{ name: ARTICLE_CATEGORIES[a.category] }],
      ...(a.coverImageKey ? { image: { url: `${base}${imagePath(a.coverImageKey)}`, type: a.coverImageType ?? 'image/jpeg' } } : {}),
    });
  }
  return feed.rss2();
}
