import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { getPublicReport, rateReport, reporterKeyFor, subscribeToReport, useMapView, type PublicReport } from '../modules/feedback/api';
import { FeedbackMap, type MapPoint } from '../modules/feedback/FeedbackMap';
import { FeedbackStatusTag } from '../modules/feedback/FeedbackStatusTag';
import { useSession } from '../modules/identity/session';
import { formatDate } from '../ui/format';
import { Button, Facts, Loading, Notice, Page, Section, TextArea, TextField, useRequest } from '../ui/kit';
import '../modules/feedback/feedback.css';

const dateTime = (value: string) => new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(value));

/**
 * One report as the public sees it: the text with personal data hidden by staff, the photos staff left
 * visible, the place, what happened so far, and the approved answer. The reporter rates the answer;
 * anyone may follow the report (signed in, or by email).
 */
export function FeedbackReportPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const view = useMapView();
  const [report, setReport] = useState<PublicReport>();
  const load = useRequest();
  const refresh = () => void load.run(() => getPublicReport(code)).then((found) => found && setReport(found));
  useEffect(refresh, [code]); // eslint-disable-line react-hooks/exhaustive-deps

  const points = useMemo<MapPoint[]>(() => (report?.location ? [{ key: report.code, lat: report.location.lat, lng: report.location.lng, title: report.title, detail: report.address ?? undefined }] : []), [report]);

  if (load.error && !report) {
    return (
      <Page title={t('feedback.report.notFound')} narrow before={<Link to="/phan-anh">← {t('feedback.public.title')}</Link>}>
        <Notice tone="error">{load.error.message}</Notice>
      </Page>
    );
  }
  if (!report) return <Loading />;

  return (
    <Page title={report.title} before={<Link to="/phan-anh">← {t('feedback.public.title')}</Link>}>
      {report.mergedInto && <Notice tone="info">{t('feedback.report.mergedInto')} <Link to={`/phan-anh/${encodeURIComponent(report.mergedInto)}`}>{report.mergedInto}</Link></Notice>}
      {report.overdue && <Notice tone="warning">{t('feedback.report.overdue')}</Notice>}
      <div className="fb-browse">
        <div className="kit-stack">
          <Section>
            <Facts items={[
              [t('feedback.trackingCode'), <strong>{report.code}</strong>],
              [t('feedback.field.status'), <FeedbackStatusTag status={report.status} />],
              [t('feedback.field.category'), report.categoryName],
              [t('feedback.report.agency'), report.agencyName ?? '—'],
              [t('feedback.report.sentAt'), formatDate(report.createdAt)],
              ...(report.dueAt ? [[t('feedback.report.dueAt'), formatDate(report.dueAt)] as [string, string]] : []),
              [t('feedback.report.reporter'), report.reporterName ?? t('feedback.report.anonymous')],
              [t('feedback.field.address'), report.address || '—'],
            ]} />
          </Section>
          <Section title={t('feedback.field.description')} id="noi-dung">
            <p className="fb-text">{report.description}</p>
          </Section>
          {report.photos.length > 0 && (
            <Section title={t('feedback.photos.title')} id="anh">
              <ul className="fb-gallery">
                {report.photos.map((photo, i) => (
                  <li key={photo.url}><a href={photo.url} target="_blank" rel="noreferrer"><img src={photo.url} alt={t('feedback.photos.ofReport', { n: i + 1 })} loading="lazy" /></a></li>
                ))}
              </ul>
            </Section>
          )}
          <Section title={t('feedback.report.answer')} id="tra-loi">
            {report.answer ? (
              <div className="fb-answer">
                <p className="fb-text">{report.answer.text}</p>
                <p className="kit-small kit-muted" style={{ marginBottom: 0 }}>{report.answer.agencyName} · {formatDate(report.answer.at)}</p>
              </div>
            ) : <p className="kit-muted" style={{ margin: 0 }}>{t('feedback.report.noAnswer')}</p>}
            {report.answer && <Rating report={report} onRated={refresh} />}
          </Section>
          <Section title={t('feedback.report.timeline')} id="tien-trinh">
            <ol className="kit-list kit-history">
              {report.timeline.map((entry, i) => (
                <li key={i}>
                  <strong>{entry.label}</strong>
                  <span className="kit-small kit-muted">{dateTime(entry.at)}</span>
                  {entry.note && <span className="fb-text">{entry.note}</span>}
                </li>
              ))}
            </ol>
          </Section>
          <Subscribe report={report} onSubscribed={refresh} />
        </div>
        <Section title={t('feedback.report.place')} id="vi-tri">
          {points.length === 0 ? <p className="kit-muted" style={{ margin: 0 }}>{t('feedback.report.noPoint')}</p>
            : view ? <FeedbackMap view={view} points={points} label={t('feedback.report.mapLabel')} description={report.address ? t('feedback.report.mapHelpAddress', { address: report.address }) : t('feedback.report.mapHelp')} /> : <Loading />}
        </Section>
      </div>
    </Page>
  );
}

/** The reporter rates the answer once: one to five, and a word if they like. */
function Rating({ report, onRated }: { report: PublicReport; onRated: () => void }) {
  const { t } = useI18n();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const rate = useRequest();
  if (report.rating) {
    return <p className="kit-small" style={{ marginBottom: 0 }}>{t('feedback.rate.given', { score: report.rating.score })}{report.rating.comment ? ` — ${report.rating.comment}` : ''}</p>;
  }
  // The reporter: their account, or the key this device kept when they sent it.
  if (!report.mine && !reporterKeyFor(report.code)) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!score) return setMissing(true);
    const done = await rate.run(() => rateReport(report.code, score, comment.trim() || undefined));
    if (done !== undefined) onRated();
  };
  return (
    <form onSubmit={(e) => void submit(e)} style={{ marginTop: 16 }}>
      <fieldset className="fb-stars" aria-describedby={missing ? 'danh-gia-loi' : undefined}>
        <legend className="kit-label" style={{ marginBottom: 4 }}>{t('feedback.rate.title')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={n <= score ? 'fb-star-on' : undefined}>
            <input type="radio" name="score" value={n} checked={score === n} onChange={() => { setScore(n); setMissing(false); }} />
            <span aria-hidden="true">{'★'.repeat(n)}</span><span className="sr-only">{t('feedback.rate.score', { n })}</span>
          </label>
        ))}
      </fieldset>
      {missing && <div id="danh-gia-loi" className="kit-error" role="alert">{t('feedback.rate.choose')}</div>}
      <TextArea label={t('feedback.rate.comment')} value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} />
      {rate.error && <Notice tone="error">{rate.error.message}</Notice>}
      <Button type="submit" variant="primary" busy={rate.busy}>{t('feedback.rate.submit')}</Button>
    </form>
  );
}

/** Follow the report: a signed-in user by the app, anyone by email. */
function Subscribe({ report, onSubscribed }: { report: PublicReport; onSubscribed: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);
  const subscribe = useRequest();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data, error } = await subscribe.attempt(() => subscribeToReport(report.code, user ? undefined : email.trim()));
    // Following twice is still following.
    if (data || error?.code === 'FEEDBACK_ALREADY_SUBSCRIBED') {
      subscribe.setError(null);
      setDone(true);
      onSubscribed();
    }
  };
  return (
    <Section title={t('feedback.subscribe.title')} id="theo-doi">
      {done || report.subscribed ? <Notice tone="success" live>{t('feedback.subscribe.done')}</Notice> : (
        <form onSubmit={(e) => void submit(e)}>
          <p className="kit-small" style={{ marginTop: 0 }}>{user ? t('feedback.subscribe.signedIn') : t('feedback.subscribe.byEmail')}</p>
          {!user && <TextField label={t('feedback.field.email')} type="email" required value={email} maxLength={200} onChange={(e) => setEmail(e.target.value)} autoComplete="email" error={subscribe.error?.message} />}
          {user && subscribe.error && <Notice tone="error">{subscribe.error.message}</Notice>}
          <Button type="submit" busy={subscribe.busy}>{t('feedback.subscribe.submit')}</Button>
        </form>
      )}
    </Section>
  );
}
