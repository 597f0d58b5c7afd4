import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { CATEGORIES, type ArticleCategory } from '../modules/content/api';
import '../modules/content/content.css';
import { Loading, Notice, Page, Pager, Section, Tag } from '../ui/kit';
import { formatDate } from '../ui/format';

type Results = Reply<'/api/news', 'get'>;
const PAGE_SIZE = 10;
export const categoryKey = (category: ArticleCategory) => `content.category.${category}` as MessageKey;

/** Tin tức, thông báo: the published articles, newest first, by category, a page at a time; the RSS feed. */
export function NewsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const raw = params.get('chuyen-muc');
  const category = CATEGORIES.includes(raw as ArticleCategory) ? (raw as ArticleCategory) : undefined;
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const [result, setResult] = useState<Results>();
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    setResult(undefined);
    unwrap(api.GET('/api/news', { params: { query: { category, page, pageSize: PAGE_SIZE } } })).then(setResult).catch((e: Error) => setFailed(e.message));
  }, [category, page]);
  const href = (c: ArticleCategory | undefined, p = 1) => {
    const next = new URLSearchParams();
    if (c) next.set('chuyen-muc', c);
    if (p > 1) next.set('trang', String(p));
    return `/tin-tuc${next.size ? `?${next}` : ''}`;
  };
  const feed = `/api/news/rss.xml${category ? `?category=${category}` : ''}`;

  return (
    <Page title={t('content.news.title')}>
      <nav aria-label={t('content.news.categories')}>
        <ul className="content-chips">
          <li><Link to={href(undefined)} aria-current={!category ? 'page' : undefined}>{t('content.news.all')}</Link></li>
          {CATEGORIES.map((c) => <li key={c}><Link to={href(c)} aria-current={category === c ? 'page' : undefined}>{t(categoryKey(c))}</Link></li>)}
        </ul>
      </nav>
      <Section title={category ? t(categoryKey(category)) : t('content.news.latest')} id="danh-sach">
        {failed ? <Notice tone="error">{failed}</Notice> : !result ? <Loading /> : result.items.length === 0 ? <p className="kit-muted">{t('content.news.empty')}</p> : (
          <ul className="kit-list">
            {result.items.map((a) => (
              <li key={a.id} className="content-item">
                {a.coverImageUrl && <img className="content-thumb" src={a.coverImageUrl} alt="" loading="lazy" />}
                <div>
                  <Link to={`/tin-tuc/${a.slug}`} style={{ fontWeight: 600 }}>{a.title}</Link>
                  <div className="kit-small kit-muted">{formatDate(a.publishedAt)} · {a.agencyName}</div>
                  <p className="kit-small" style={{ margin: '4px 0' }}>{a.summary}</p>
                  <Tag tone="blue">{t(categoryKey(a.category))}</Tag>
                </div>
              </li>
            ))}
          </ul>
        )}
        {result && <Pager page={page} pageSize={PAGE_SIZE} total={result.total} href={(p) => href(category, p)} />}
      </Section>
      <p className="kit-small"><a href={feed} type="application/rss+xml">{t('content.news.rss')}</a></p>
    </Page>
  );
}
