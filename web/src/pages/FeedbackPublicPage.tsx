import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { listPublicReports, PUBLIC_STATUSES, useCategories, useMapView, type FeedbackStatus, type PublicList } from '../modules/feedback/api';
import { FeedbackMap, type MapPoint } from '../modules/feedback/FeedbackMap';
import { FeedbackStatusTag } from '../modules/feedback/FeedbackStatusTag';
import { formatDate } from '../ui/format';
import { Button, ButtonLink, Loading, Notice, Page, Pager, Section, SelectField, TextField, useRequest } from '../ui/kit';
import '../modules/feedback/feedback.css';

const PAGE_SIZE = 20;

/**
 * Phản ánh công khai: the reports the public may see, on a map and in a list with the same reports (the
 * map's text alternative), filtered by category and status; the filters and page live in the address.
 */
export function FeedbackPublicPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const categoryId = params.get('linh-vuc') ?? '';
  const status = params.get('trang-thai') ?? '';
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const categories = useCategories();
  const view = useMapView();
  const [data, setData] = useState<PublicList>();
  const load = useRequest();

  useEffect(() => {
    void load.run(() => listPublicReports({ categoryId: categoryId ? Number(categoryId) : undefined, status: (status || undefined) as FeedbackStatus | undefined, q: q || undefined, page, pageSize: PAGE_SIZE })).then((found) => found && setData(found));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [categoryId, status, q, page]);

  const points = useMemo<MapPoint[]>(() => (data?.items ?? []).flatMap((r) => (r.location ? [{
    key: r.code, lat: r.location.lat, lng: r.location.lng, title: `${r.code}: ${r.title}`, detail: `${r.categoryName} · ${t(`feedback.status.${r.status}`)}`, href: `/phan-anh/${encodeURIComponent(r.code)}`,
  }] : [])), [data, t]);

  const filter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('trang');
    setParams(next, { replace: true });
  };
  const href = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('trang', String(p));
    return `/phan-anh?${next.toString()}`;
  };

  return (
    <Page title={t('feedback.public.title')}>
      <p style={{ margin: 0 }}>{t('feedback.public.intro')}</p>
      <div><ButtonLink to="/phan-anh/gui" variant="primary">{t('feedback.send.title')}</ButtonLink></div>
      <form className="fb-filters" role="search" aria-label={t('feedback.public.filters')} onSubmit={(e) => { e.preventDefault(); filter('q', text.trim()); }}>
        <div className="fb-search">
          <TextField label={t('feedback.public.search')} type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} placeholder={t('feedback.public.searchHint')} />
          <Button type="submit">{t('feedback.public.searchButton')}</Button>
        </div>
        <SelectField label={t('feedback.field.category')} value={categoryId} onChange={(e) => filter('linh-vuc', e.target.value)}
          options={[{ value: '', label: t('feedback.public.allCategories') }, ...(categories ?? []).map((c) => ({ value: String(c.id), label: c.name }))]} />
        <SelectField label={t('feedback.field.status')} value={status} onChange={(e) => filter('trang-thai', e.target.value)}
          options={[{ value: '', label: t('feedback.public.allStatuses') }, ...PUBLIC_STATUSES.map((s) => ({ value: s, label: t(`feedback.status.${s}`) }))]} />
      </form>
      <div className="fb-browse">
        <Section title={t('feedback.public.map')} id="ban-do">
          {view ? <FeedbackMap view={view} points={points} label={t('feedback.public.mapLabel')} description={t('feedback.public.mapHelp')} /> : <Loading />}
        </Section>
        <Section title={data ? t('feedback.public.count', { total: data.total.toLocaleString('vi-VN') }) : t('feedback.public.list')} id="danh-sach">
          {load.error && <Notice tone="error">{load.error.message}</Notice>}
          {!data && !load.error && <Loading />}
          {data?.items.length === 0 && <p className="kit-muted">{t('feedback.public.none')}</p>}
          <ul className="kit-list" aria-live="polite">
            {data?.items.map((r) => (
              <li key={r.code}>
                <Link to={`/phan-anh/${encodeURIComponent(r.code)}`} style={{ fontWeight: 600 }}>{r.title}</Link>
                <span className="kit-small kit-muted">{r.code} · {r.categoryName} · {formatDate(r.createdAt)}{r.address ? ` · ${r.address}` : ''}</span>
                <span className="kit-actions"><FeedbackStatusTag status={r.status} />{!r.location && <span className="kit-small kit-muted">{t('feedback.public.notOnMap')}</span>}</span>
              </li>
            ))}
          </ul>
          {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} href={href} />}
        </Section>
      </div>
    </Page>
  );
}
