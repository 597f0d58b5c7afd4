import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { formatVnd } from '../../ui/format';
import { DownloadIcon } from '../../ui/icons';
import { Button, Notice, Section, SelectField, Tag, useRequest } from '../../ui/kit';
import type { Dossier } from '../dossiers/api';

export type Payment = Reply<'/api/payments/{reference}', 'get'>;
type Fee = NonNullable<Dossier['fee']>;


export const receiptUrl = (reference: string) => `/api/payments/${reference}/receipt.pdf`;

const thousands = new Intl.NumberFormat('vi-VN');

/**
 * The fee's lines as the server computed them, two columns wide for a phone: the item with how it was
 * computed (when it is more than the amount itself) and its legal basis; the amount; the reduction, the total.
 */
export function FeeLines({ fee }: { fee: Fee }) {
  const { t } = useI18n();
  return (
    <table className="kit-table">
      <caption className="sr-only">{t('fee.title')}</caption>
      <thead><tr><th scope="col">{t('fee.item')}</th><th scope="col" className="kit-num">{t('fee.amount')}</th></tr></thead>
      <tbody>
        {fee.lines.map((l) => (
          <tr key={l.code}>
            <td>
              {l.name}
              {l.basis !== `${thousands.format(l.amount)} đồng` && <div className="kit-small">{t('fee.basis')}: {l.basis}</div>}
              <div className="kit-small kit-muted">{l.legalBasis}</div>
            </td>
            <td className="kit-num">{formatVnd(l.amount)}</td>
          </tr>
        ))}
        {fee.exemption && <tr><td>{t('fee.discount', { label: fee.exemption.label })}</td><td className="kit-num">−{formatVnd(fee.discount)}</td></tr>}
      </tbody>
      <tfoot><tr><th scope="row">{t('fee.total')}</th><td className="kit-num"><strong>{formatVnd(fee.total)}</strong></td></tr></tfoot>
    </table>
  );
}

/** The payments made for a dossier, each with its receipt once signed. */
function PaymentList({ payments }: { payments: Payment[] }) {
  const { t } = useI18n();
  if (payments.length === 0) return null;
  return (
    <>
      <h3 className="kit-subtitle">{t('fee.payments')}</h3>
      <ul className="kit-list">
        {payments.map((p) => (
          <li key={p.reference}>
            <span>
              <Tag tone={p.status === 'paid' ? 'green' : p.status === 'pending' ? 'blue' : 'red'}>{t(`payment.status.${p.status}` as MessageKey)}</Tag>{' '}
              {formatVnd(p.amount)} · {t(`payment.channel.${p.channel}` as MessageKey)} · {dayjs(p.paidAt ?? p.createdAt).format('HH:mm DD/MM/YYYY')}
            </span>
            <span className="kit-small kit-muted">{t('payment.reference')}: {p.reference}</span>
            {p.status === 'paid' && (p.receiptReady
              ? <a href={receiptUrl(p.reference)}><DownloadIcon /> {t('fee.receipt')}</a>
              : <span role="status" className="kit-muted kit-small">{t('fee.receiptSigning')}</span>)}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * What the applicant owes and pays: on a draft, the amount as the form stands and the exemption
 * category; once submitted, the fee, the button to pay online and the receipts.
 */
export function FeePanel({ dossier, reload }: { dossier: Dossier; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const [payments, setPayments] = useState<Payment[]>([]);
  const pay = useRequest();
  const category = useRequest();
  const fee = dossier.fee ?? dossier.feePreview;
  const draft = dossier.status === 'draft';

  useEffect(() => {
    if (draft || dossier.paymentStatus === 'none') return;
    void unwrap(api.GET('/api/dossiers/{id}/payments', { params: { path: { id: dossier.id } } })).then((r) => setPayments(r.items), () => undefined);
  }, [dossier.id, dossier.version, dossier.paymentStatus, draft]);

  if (!fee && !(draft && dossier.feeExemptions.length > 0) && dossier.paymentStatus === 'none') return null;
  const startPayment = async () => {
    const payment = await pay.run(() => unwrap(api.POST('/api/dossiers/{id}/payments', { params: { path: { id: dossier.id } } })));
    if (payment?.paymentUrl) window.location.assign(payment.paymentUrl);
  };
  const choose = async (value: string) => {
    if (await category.run(() => unwrap(api.PATCH('/api/dossiers/{id}', { params: { path: { id: dossier.id } }, body: { feeCategory: value || null } })))) await reload();
  };
  const canPay = dossier.payable && dossier.viewerRoles.includes('applicant');

  return (
    <Section title={t('fee.title')} id="le-phi">
      {dossier.status === 'awaiting_payment' && fee && (
        <Notice tone="warning">{t(dossier.receivedAt ? 'fee.awaitingResult' : 'fee.awaitingReception', { amount: formatVnd(fee.total) })}</Notice>
      )}
      {draft && dossier.feeExemptions.length > 0 && (
        <SelectField label={t('fee.exemption')} value={dossier.feeCategory ?? ''} onChange={(e) => void choose(e.target.value)} hint={t('fee.exemptionHint')}
          error={category.error?.message}
          options={[{ value: '', label: t('fee.noExemption') }, ...dossier.feeExemptions.map((e) => ({ value: e.category, label: `${e.label} (${e.percent === 100 ? 'miễn' : `giảm ${e.percent}%`})` }))]} />
      )}
      {fee ? <FeeLines fee={fee} /> : <p className="kit-muted">{t('fee.previewPending')}</p>}
      {fee && <p className="kit-small kit-muted">{t(`fee.${fee.payWhen}` as MessageKey)}</p>}
      {!draft && <p><Tag tone={dossier.paymentStatus === 'paid' || dossier.paymentStatus === 'exempt' ? 'green' : 'orange'}>{t(`fee.status.${dossier.paymentStatus}` as MessageKey)}</Tag></p>}
      {canPay && fee && (
        <div className="kit-stack">
          {pay.error && <Notice tone="error">{pay.error.message}</Notice>}
          <Button variant="primary" block busy={pay.busy} onClick={() => void startPayment()}>{t('fee.payOnline', { amount: formatVnd(fee.total) })}</Button>
        </div>
      )}
      <PaymentList payments={payments} />
    </Section>
  );
}
