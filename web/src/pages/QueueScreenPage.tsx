import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Loading, Notice, Page } from '../ui/kit';

type Screen = Reply<'/api/public/agencies/{id}/queue', 'get'>;
const REFRESH_MS = 3000;

/** The waiting room's screen at a one-stop unit: the number called and where, the ones before it, how many wait. */
export function QueueScreenPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const [screen, setScreen] = useState<Screen>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const found = await unwrap(api.GET('/api/public/agencies/{id}/queue', { params: { path: { id: Number(id) } } }));
        if (!stopped) setScreen(found);
      } catch (e) {
        if (!stopped) setError(e as ApiError);
      }
      if (!stopped) setTimeout(() => void tick(), REFRESH_MS);
    };
    void tick();
    return () => {
      stopped = true;
    };
  }, [id]);
  if (error) return <Page title={error.message} />;
  if (!screen) return <Loading />;
  const [now, ...before] = screen.called;
  return (
    <Page title={`${t('screen.title')} — ${screen.agencyName}`}>
      <div className="queue-screen">
        <div className="queue-now" aria-live="polite">
          {now ? <><span>{t('screen.now')}</span><strong>{String(now.number).padStart(3, '0')}</strong><span>{t('screen.to', { counter: now.counterName })}</span></> : <p>{t('screen.none')}</p>}
        </div>
        <p>{t('screen.waiting', { n: screen.waiting.toLocaleString('vi-VN') })} · {dayjs().format('HH:mm DD/MM/YYYY')}</p>
        {before.length > 0 && (
          <ul className="queue-list" aria-label={t('screen.before')}>
            {before.map((c) => <li key={`${c.number}-${c.calledAt}`}><strong>{String(c.number).padStart(3, '0')}</strong>{c.counterName}</li>)}
          </ul>
        )}
        {screen.called.length === 0 && screen.waiting === 0 && <Notice tone="info">{t('screen.empty')}</Notice>}
      </div>
    </Page>
  );
}
