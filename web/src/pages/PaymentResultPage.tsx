import { useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { loginPath } from '../ui/PortalLayout';
import type { Payment } from '../modules/payments/FeePanel';
import { receiptUrl } from '../modules/payments/FeePanel';
import { formatVnd } from '../ui/format';
import { ButtonLink, Loading, Notice, Page } from '../ui/kit';

const POLL_MS = 1500;
const GIVE_UP_MS = 20_000;

/**
 * Where the payment platform sends the citizen back. Its parameters say which payment, never whether it
 * was paid: that comes from our server, which has the platform's callback or asks the platform itself.
 */
export function PaymentResultPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const here = useLocation();
  const reference = params.get('MaThamChieu') ?? '';
  const [payment, setPayment] = useState<Payment>();
  const [error, setError] = useState<ApiError>();
  const [gaveUp, setGaveUp] = useState(false);

  useEffect(() => {
    if (!/^TT\d{16}$/.test(reference)) {
      setError(new ApiError(404, 'PAYMENT_NOT_FOUND', t('payment.failed')));
      return;
    }
    let stopped = false;
    const started = Date.now();
    const check = async () => {
      try {
        const found = await unwrap(api.GET('/api/payments/{reference}', { params: { path: { reference } } }));
        if (stopped) return;
        setPayment(found);
        if (found.status !== 'pending') return;
      } catch (e) {
        if (!stopped) setError(e as ApiError);
        return;
      }
      if (Date.now() - started > GIVE_UP_MS) setGaveUp(true);
      else setTimeout(() => void check(), POLL_MS);
    };
    void check();
    return () => {
      stopped = true;
    };
  }, [reference, t]);

  const back = payment ? <ButtonLink to={`/ho-so/${payment.dossierId}`} variant="primary">{t('payment.backToDossier')}</ButtonLink> : null;
  return (
    <Page title={t('payment.resultTitle')} narrow>
      {error?.status === 401 && <Notice tone="info"><Link to={loginPath(`${here.pathname}${here.search}`)}>{t('nav.login')}</Link></Notice>}
      {error && error.status !== 401 && <Notice tone="error">{error.message}</Notice>}
      {!error && !payment && <Loading />}
      {payment?.status === 'pending' && !gaveUp && <Notice tone="info" live>{t('payment.checking')}</Notice>}
      {payment?.status === 'pending' && gaveUp && <Notice tone="warning" live>{t('payment.stillPending')}</Notice>}
      {payment?.status === 'paid' && (
        <Notice tone="success" live>
          {t('payment.paid', { amount: formatVnd(payment.amount) })}
          {payment.receiptReady && <> <a href={receiptUrl(payment.reference)}>{t('fee.receipt')}</a></>}
        </Notice>
      )}
      {(payment?.status === 'failed' || payment?.status === 'expired') && <Notice tone="error" live>{t('payment.failed')}</Notice>}
      {payment && <p className="kit-muted kit-small">{t('payment.reference')}: {payment.reference}</p>}
      {back}
    </Page>
  );
}
