import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { unsubscribeByToken } from '../modules/feedback/api';
import { Button, Notice, Page, Section, useRequest } from '../ui/kit';

/**
 * The link at the foot of a report's email updates. Stopping them takes a press of a button, not the
 * visit itself: mail scanners open links, and must not unsubscribe anyone.
 */
export function FeedbackUnsubscribePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('ma') ?? '';
  const request = useRequest();
  const [done, setDone] = useState(false);
  const stop = async () => {
    if ((await request.attempt(() => unsubscribeByToken(token))).error === undefined) setDone(true);
  };
  return (
    <Page title={t('feedback.unsubscribe.title')}>
      <Section>
        {done
          ? <Notice tone="success" live>{t('feedback.unsubscribe.done')}</Notice>
          : (
            <>
              <p style={{ marginTop: 0 }}>{t('feedback.unsubscribe.explain')}</p>
              {request.error && <Notice tone="error">{request.error.message}</Notice>}
              <Button variant="primary" busy={request.busy} disabled={!token} onClick={() => void stop()}>{t('feedback.unsubscribe.confirm')}</Button>
            </>
          )}
        <p><Link to="/phan-anh">{t('feedback.nav.public')}</Link></p>
      </Section>
    </Page>
  );
}
