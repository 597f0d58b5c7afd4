import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { NewsArticle } from '../modules/content/api';
import '../modules/content/content.css';
import { Loading, Notice, Page, Section, Tag } from '../ui/kit';
import { formatDate } from '../ui/format';
import { categoryKey } from './NewsPage';

/**
 * One article. Its body is the server's sanitized HTML (an allow-list applied on saving, images only from
 * the platform): the one place the portal renders HTML it did not write itself.
 */
export function NewsArticlePage() {
  const { t } = useI18n();
  const slug = useParams().slug ?? '';
  const [article, setArticle] = useState<NewsArticle>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return setError(t('content.news.notFound'));
    unwrap(api.GET('/api/news/{slug}', { params: { path: { slug } } })).then(setArticle)
      .catch((e: unknown) => setError(e instanceof ApiError && e.status === 404 ? t('content.news.notFound') : t('common.error')));
  }, [slug, t]);

  const back = <p style={{ margin: 0 }}><Link to="/tin-tuc">‹ {t('content.news.back')}</Link></p>;
  if (error) return <Page title={t('content.news.title')} before={back}><Notice tone="error">{error}</Notice></Page>;
  if (!article) return <Page title={t('content.news.title')} before={back}><Loading /></Page>;
  return (
    <Page title={article.title} before={back}>
      <p className="kit-small kit-muted" style={{ margin: 0 }}>
        <Tag tone="blue">{t(categoryKey(article.category))}</Tag> {formatDate(article.publishedAt)} · {article.agencyName}
      </p>
      <Section>
        {article.coverImageUrl && <img className="content-cover" src={article.coverImageUrl} alt="" />}
        <p style={{ fontWeight: 600 }}>{article.summary}</p>
        <div className="content-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      </Section>
    </Page>
  );
}
