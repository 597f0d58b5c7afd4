import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { formatDate } from '../../ui/format';
import { DownloadIcon } from '../../ui/icons';
import { Button, Facts, Notice, Page, Section, Tag, TextArea, TextField, useRequest } from '../../ui/kit';
import { fileUrl, uploadDossierFile, type Dossier, type FileKind } from './api';
import { DeadlineTag } from './DeadlineTag';
import { FeePanel } from '../payments/FeePanel';
import { ResultDeliveryChoice } from './ResultDelivery';
import { EFormFields, isShown } from '../eform/EFormFields';
import { StatusTag } from './StatusTag';

const dateTime = (value: string | null | undefined) => (value ? dayjs(value).format('HH:mm DD/MM/YYYY') : '—');
type Props = { dossier: Dossier; reload: () => Promise<void>; setDossier: (dossier: Dossier) => void };
type Answers = Record<string, string>;

/** The server gives the applicant the result to download (the signed copy, or the refusal) and the forms sent to them. */
const applicantFiles = (dossier: Dossier) => ({
  results: dossier.files.filter((f) => f.kind === 'result'),
  slips: dossier.files.filter((f) => f.kind === 'slip'),
});

type StoredDocument = Reply<'/api/my/documents', 'get'>['items'][number];

/** Documents of the citizen's earlier dossiers, offered for one document of the draft: one click, no upload. */
function FromStore({ dossier, name, stored, onReused }: { dossier: Dossier; name: string; stored: StoredDocument[]; onReused: () => Promise<void> }) {
  const { t } = useI18n();
  const reuse = useRequest();
  if (stored.length === 0) return null;
  // The same document first (same name), then the others.
  const ordered = [...stored.filter((s) => s.label === name), ...stored.filter((s) => s.label !== name)].slice(0, 8);
  const pick = async (doc: StoredDocument) => {
    if (await reuse.run(() => unwrap(api.POST('/api/dossiers/{id}/files/reuse', { params: { path: { id: dossier.id } }, body: { fileId: doc.fileId, label: name } })))) await onReused();
  };
  return (
    <details className="kit-store">
      <summary>{t('store.reuse')}</summary>
      <ul className="kit-list">
        {ordered.map((doc) => (
          <li key={doc.fileId}>
            <span>{doc.label}</span>
            <span className="kit-small kit-muted">{doc.fileName} · {t('store.from', { reference: doc.reference })} · {formatDate(doc.createdAt)}</span>
            <span className="kit-actions"><Button busy={reuse.busy} onClick={() => void pick(doc)} aria-label={`${t('store.use')}: ${doc.fileName} → ${name}`}>{t('store.use')}</Button></span>
          </li>
        ))}
      </ul>
      {reuse.error && <span className="kit-error" role="alert">{reuse.error.message}</span>}
    </details>
  );
}

/** One required document: what is attached, and a file picker labelled with the document's name. */
function DocumentUpload({ dossier, kind, name, optional, error, onUploaded, stored = [] }: { dossier: Dossier; kind: FileKind; name: string; optional?: boolean; error?: string; onUploaded: () => Promise<void>; stored?: StoredDocument[] }) {
  const { t } = useI18n();
  const upload = useRequest();
  const input = useRef<HTMLInputElement>(null);
  const files = dossier.files.filter((f) => f.kind === kind && f.label === name);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    const done = await upload.run(async () => {
      await uploadDossierFile(dossier.id, kind, name, file);
      return true;
    });
    if (input.current) input.current.value = '';
    if (done) await onUploaded();
  };
  const problem = upload.error?.message ?? error;
  return (
    <li className={problem ? 'kit-field-error' : undefined}>
      <span>{name}{optional && <> <Tag>{t('dossier.optional')}</Tag></>}</span>
      {files.map((f) => <a key={f.id} href={fileUrl(dossier.id, f.id)} className="kit-small">{f.fileName}{f.reusedFrom ? ` (${t('store.from', { reference: f.reusedFrom.reference })})` : ''}</a>)}
      <span className="kit-actions">
        <Button busy={upload.busy} onClick={() => input.current?.click()} aria-label={`${t('dossier.upload')}: ${name}`}>{files.length ? t('dossier.uploadAnother') : t('dossier.upload')}</Button>
        <input ref={input} type="file" accept="application/pdf,image/jpeg,image/png" hidden tabIndex={-1} aria-hidden="true" onChange={(e) => void pick(e.target.files?.[0])} />
      </span>
      {kind === 'submission' && files.length === 0 && <FromStore dossier={dossier} name={name} stored={stored} onReused={onUploaded} />}
      {problem && <span className="kit-error" role="alert">{problem}</span>}
    </li>
  );
}

/**
 * The draft: contact details, the e-form and the documents. Answers are saved as they are typed, and
 * "Nộp hồ sơ" sends what is on the screen, so nothing typed is ever lost or refused for not being saved.
 */
function DraftForm({ dossier, reload, setDossier, onSaved }: Props & { onSaved: (saved: Dossier) => void }) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<Answers>(() => ({
    address: dossier.applicant.address ?? '', phone: dossier.applicant.phone ?? '',
    ...Object.fromEntries(dossier.formFields.map((f) => [f.name, dossier.formData[f.name] ?? ''])),
  }));
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [missingDocs, setMissingDocs] = useState<Set<string>>(new Set());
  const save = useRequest();
  const submit = useRequest();
  const dirty = useRef(false);
  const [stored, setStored] = useState<StoredDocument[]>([]);
  useEffect(() => {
    void unwrap(api.GET('/api/my/documents')).then((r) => setStored(r.items), () => undefined);
  }, []);
  const latest = useRef(answers);
  latest.current = answers;

  const persist = useCallback(async (): Promise<Dossier | undefined> => {
    dirty.current = false;
    const { address, phone, ...formData } = latest.current;
    const body = {
      applicant: { ...(address?.trim() ? { address: address.trim() } : {}), ...(phone?.trim() ? { phone: phone.trim() } : {}) },
      formData: Object.fromEntries(Object.entries(formData).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== '')),
    };
    const updated = await save.run(() => unwrap(api.PATCH('/api/dossiers/{id}', { params: { path: { id: dossier.id } }, body })));
    if (updated) {
      setSavedAt(new Date());
      onSaved(updated);
    }
    return updated;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dossier.id]);

  // Saved a second after the last keystroke.
  useEffect(() => {
    if (!dirty.current) return;
    // Not again if "Nộp hồ sơ" saved the answers meanwhile: a late second save would change the
    // dossier's version under the submission and have it refused.
    const timer = setTimeout(() => dirty.current && void persist(), 1000);
    return () => clearTimeout(timer);
  }, [answers, persist]);

  const change = (name: string) => (e: { target: { value: string } }) => {
    dirty.current = true;
    setAnswers((current) => ({ ...current, [name]: e.target.value }));
    setProblems((current) => ({ ...current, [name]: '' }));
  };

  const send = async () => {
    const absent = Object.fromEntries(dossier.formFields.filter((f) => f.required && f.type !== 'file' && isShown(f, dossier.formFields, answers) && !answers[f.name]?.trim())
      .map((f) => [f.name, t('form.required', { field: f.label.toLowerCase() })]));
    const attached = new Set(dossier.files.filter((f) => f.kind === 'submission').map((f) => f.label));
    const docs = new Set(dossier.procedureDocuments.filter((d) => !d.optional && !attached.has(d.name)).map((d) => d.name));
    setProblems(absent);
    setMissingDocs(docs);
    if (Object.keys(absent).length > 0 || docs.size > 0) {
      submit.setError(new ApiError(400, 'INCOMPLETE', t('dossier.incomplete')));
      return;
    }
    const saved = await persist();
    if (!saved) return;
    const { data: done, error } = await submit.attempt(() => unwrap(api.POST('/api/dossiers/{id}/submit', { params: { path: { id: dossier.id } }, body: { version: saved.version } })));
    if (done) {
      setDossier(done);
      window.scrollTo({ top: 0 });
      return;
    }
    // The server's word on the form: each field's message next to it.
    const details = (error?.details ?? {}) as { missing?: string[]; fields?: { field: string; label: string; message: string }[] };
    setProblems(Object.fromEntries((details.fields ?? []).map((p) => [p.field, `${p.label} ${p.message}.`])));
    if (error?.code === 'MISSING_DOCUMENTS') setMissingDocs(new Set(details.missing ?? []));
  };
  const serverError = submit.error;

  return (
    <>
      <Section title={t('dossier.form')} id="to-khai">
        <div className="kit-grid-2">
          <TextField label={t('dossier.address')} value={answers.address} onChange={change('address')} autoComplete="street-address" />
          <TextField label={t('dossier.phone')} type="tel" inputMode="tel" value={answers.phone} onChange={change('phone')} autoComplete="tel" />
        </div>
        <EFormFields fields={dossier.formFields} answers={answers} errors={problems} onChange={(name, value) => change(name)({ target: { value } })} />
        <p className="kit-muted kit-small" role="status" style={{ margin: 0 }}>
          {save.busy ? t('dossier.saving') : save.error ? save.error.message : savedAt ? t('dossier.savedAt', { time: dayjs(savedAt).format('HH:mm') }) : t('dossier.autosave')}
        </p>
      </Section>
      <ResultDeliveryChoice dossier={dossier} onSaved={onSaved} />
      <Section title={t('dossier.documents')} id="giay-to">
        <ul className="kit-list">
          {dossier.procedureDocuments.map((doc) => (
            <DocumentUpload key={doc.name} dossier={dossier} kind="submission" name={doc.name} optional={doc.optional} stored={stored}
              error={missingDocs.has(doc.name) ? t('dossier.documentMissing') : undefined} onUploaded={async () => { setMissingDocs(new Set()); await reload(); }} />
          ))}
        </ul>
        <p className="kit-muted kit-small">{t('dossier.uploadHint')}</p>
      </Section>
      <div className="kit-sticky-actions kit-stack">
        {serverError && <Notice tone="error">{serverError.message}</Notice>}
        <Button variant="primary" block busy={submit.busy} onClick={() => void send()}>{t('action.submit')}</Button>
      </div>
    </>
  );
}

/** What the officer asked for, one upload per item, then "Nộp bổ sung"; the clock resumes then. */
function SupplementForm({ dossier, reload, setDossier }: Props) {
  const { t } = useI18n();
  const request = [...dossier.events].reverse().find((e) => e.action === 'request_supplement');
  const asked = request?.items ?? [];
  const items = asked.length > 0 ? asked : [t('dossier.supplementOther')];
  const resubmit = useRequest();
  const since = dossier.pausedAt ? new Date(dossier.pausedAt) : null;
  const uploadedSince = dossier.files.some((f) => f.kind === 'supplement' && since && new Date(f.createdAt) >= since);
  const send = async () => {
    const done = await resubmit.run(() => unwrap(api.POST('/api/dossiers/{id}/resubmit', { params: { path: { id: dossier.id } }, body: { version: dossier.version } })));
    if (done) setDossier(done);
  };
  return (
    <Section title={t('dossier.supplementRequest')} id="bo-sung">
      {request?.note && <Notice tone="warning">{request.note}</Notice>}
      <ul className="kit-list">
        {items.map((item) => <DocumentUpload key={item} dossier={dossier} kind="supplement" name={item} onUploaded={reload} />)}
      </ul>
      {resubmit.error && <Notice tone="error">{resubmit.error.message}</Notice>}
      <Button variant="primary" block busy={resubmit.busy} disabled={!uploadedSince} onClick={() => void send()}>{t('action.resubmit')}</Button>
      {!uploadedSince && <p className="kit-muted kit-small">{t('dossier.supplementFirst')}</p>}
    </Section>
  );
}

function Withdraw({ dossier, setDossier }: Omit<Props, 'reload'>) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useRequest();
  if (!open) return <Button variant="danger" onClick={() => setOpen(true)}>{t('action.withdraw')}</Button>;
  const send = async () => {
    const done = await withdraw.run(() => unwrap(api.POST('/api/dossiers/{id}/withdraw', { params: { path: { id: dossier.id } }, body: { version: dossier.version, reason: reason.trim() } })));
    if (done) setDossier(done);
  };
  const tooShort = reason.trim().length < 3;
  return (
    <Section title={t('action.withdraw')}>
      <TextArea label={t('dossier.reason')} value={reason} onChange={(e) => setReason(e.target.value)} required error={withdraw.error?.message} />
      <div className="kit-actions">
        <Button variant="danger" busy={withdraw.busy} disabled={tooShort} onClick={() => void send()}>{t('action.withdraw')}</Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </div>
    </Section>
  );
}

function Rating({ dossier, reload }: Props) {
  const { t } = useI18n();
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const rate = useRequest();
  if (dossier.rating) return <Notice tone="success">{t('dossier.rated')}: {t(`rating.${dossier.rating}` as MessageKey)}</Notice>;
  const send = async () => {
    if (await rate.run(() => unwrap(api.POST('/api/dossiers/{id}/rating', { params: { path: { id: dossier.id } }, body: { rating: rating as 'satisfied', ...(comment.trim() ? { comment: comment.trim() } : {}) } })))) await reload();
  };
  return (
    <Section title={t('dossier.rate')} id="danh-gia">
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
        <legend className="kit-label">{t('dossier.rate')}</legend>
        {(['very_satisfied', 'satisfied', 'unsatisfied'] as const).map((r) => (
          <label key={r} style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 44 }}>
            <input type="radio" name="rating" value={r} checked={rating === r} onChange={() => setRating(r)} style={{ width: 20, height: 20 }} />{t(`rating.${r}`)}
          </label>
        ))}
      </fieldset>
      <TextArea label={t('dossier.ratingComment')} value={comment} onChange={(e) => setComment(e.target.value)} error={rate.error?.message} />
      <Button variant="primary" busy={rate.busy} disabled={!rating} onClick={() => void send()}>{t('dossier.rate')}</Button>
    </Section>
  );
}

/** A dossier as its applicant sees it, from the draft to the result, on a phone first. */
export function ApplicantDossier({ dossier, reload, setDossier }: Props) {
  const { t } = useI18n();
  // The fee of a draft follows its answers (copies, area) as they are saved, without replacing the
  // dossier on the screen (an upload may have changed it meanwhile).
  const [savedFee, setSavedFee] = useState<Dossier['feePreview']>();
  useEffect(() => setSavedFee(undefined), [dossier]);
  const { results, slips } = applicantFiles(dossier);
  const closed = ['returned', 'rejected', 'withdrawn', 'stopped'].includes(dossier.status);
  const a = dossier.applicant;
  const facts: [ReactNode, ReactNode][] = [
    [t('dossier.code'), dossier.code ?? (dossier.status === 'draft' ? t('status.draft') : t('dossier.awaitingCode'))],
    ...(dossier.status === 'draft' ? [] : [[t('dossier.trackingCode'), <strong>{dossier.trackingCode}</strong>] as [string, ReactNode]]),
    [t('dossier.status'), <><StatusTag status={dossier.status} />{dossier.outcome === 'refused' && <> <Tag tone="red">{t('dossier.outcomeRefused')}</Tag></>}</>],
    [t('dossier.receivingAgency'), dossier.receivingAgencyName],
  ];
  if (dossier.submittedAt) facts.push([t('dossier.submittedAt'), dateTime(dossier.submittedAt)]);
  if (dossier.receivedAt) facts.push([t('dossier.receivedAt'), dateTime(dossier.receivedAt)]);
  if (dossier.dueAt) facts.push([t('dossier.dueAt'), dateTime(dossier.extendedDueAt ?? dossier.dueAt)]);
  if (!closed && dossier.status !== 'draft' && dossier.status !== 'result_ready' && (dossier.workingDaysLeft !== null || dossier.pausedAt)) {
    facts.push([t('dossier.daysLeft'), <DeadlineTag workingDaysLeft={dossier.workingDaysLeft} paused={!!dossier.pausedAt} />]);
  }
  if (!closed && dossier.status === 'processing' && dossier.stepName) facts.push([t('dossier.step'), `${dossier.stepName} · ${dossier.currentAgencyName}`]);
  if (dossier.closedReason) facts.push([t('dossier.reason'), dossier.closedReason]);
  if (dossier.resultDelivery === 'post' && dossier.status !== 'draft') {
    facts.push([t('delivery.byPost'), `${dossier.deliveryAddress ?? ''}${dossier.consignmentNumber ? ` · ${t('delivery.consignment')} ${dossier.consignmentNumber}` : ''}${dossier.deliveryStatus ? ` · ${t(`delivery.status.${dossier.deliveryStatus}` as MessageKey)}` : ''}`]);
  }

  return (
    <Page title={dossier.procedureName} before={<Link to="/ho-so-cua-toi">← {t('nav.myDossiers')}</Link>}>
      {dossier.status === 'submitted' && !dossier.code && <Notice tone="success" live>{t('dossier.submittedNotice', { agency: dossier.receivingAgencyName, tracking: dossier.trackingCode })}</Notice>}
      {dossier.status === 'result_ready' && <Notice tone="success">{t('dossier.collectResult', { agency: dossier.receivingAgencyName })}</Notice>}
      <Section><Facts items={facts} /></Section>
      <FeePanel dossier={savedFee === undefined ? dossier : { ...dossier, feePreview: savedFee }} reload={reload} />
      {results.length > 0 && (
        <Section title={t('dossier.fileKind.result')} id="ket-qua">
          <ul className="kit-list">{results.map((f) => (
            <li key={f.id}>
              {f.ready ? <a href={fileUrl(dossier.id, f.id)} className="kit-btn kit-btn-primary"><DownloadIcon />{t('dossier.downloadResult')}</a>
                : <span role="status" className="kit-muted">{t('dossier.fileSigning')}</span>}
              <span className="kit-muted kit-small">{f.label} · {formatDate(f.createdAt)}</span>
            </li>
          ))}</ul>
        </Section>
      )}
      {dossier.status === 'draft' && <DraftForm dossier={dossier} reload={reload} setDossier={setDossier} onSaved={(saved) => setSavedFee(saved.feePreview)} />}
      {dossier.status === 'awaiting_supplement' && <SupplementForm dossier={dossier} reload={reload} setDossier={setDossier} />}
      {dossier.status === 'returned' && <Rating dossier={dossier} reload={reload} setDossier={setDossier} />}
      {dossier.status !== 'draft' && (
        <Section title={t('dossier.form')} id="to-khai">
          <Facts items={[
            [t('dossier.applicant'), a.fullName],
            ...(a.identityNumber ? [[t('auth.identityNumber'), a.identityNumber] as [string, string]] : []),
            ...(a.address ? [[t('dossier.address'), a.address] as [string, string]] : []),
            ...(a.phone ? [[t('dossier.phone'), a.phone] as [string, string]] : []),
            ...dossier.formFields.filter((f) => dossier.formDisplay[f.name]).map((f) => [f.label, dossier.formDisplay[f.name]] as [string, string]),
          ]} />
        </Section>
      )}
      {slips.length > 0 && (
        <Section title={t('dossier.fileKind.slip')} id="phieu">
          <ul className="kit-list">{slips.map((f) => (
            <li key={f.id}>
              <span>{f.label} · {formatDate(f.createdAt)}</span>
              {f.ready ? <a href={fileUrl(dossier.id, f.id)}>{t('dossier.download')} <span className="kit-small">({f.fileName})</span></a>
                : <span role="status" className="kit-muted">{t('dossier.fileSigning')}</span>}
            </li>
          ))}</ul>
        </Section>
      )}
      <Section title={t('dossier.history')} id="lich-su">
        <ol className="kit-list kit-history">
          {[...dossier.events].reverse().map((e) => (
            <li key={e.id}>
              <strong>{t(`action.${e.action}` as MessageKey) || t(`status.${e.toStatus}` as MessageKey)}</strong>
              <span className="kit-small">{dateTime(e.at)}{e.stepName ? ` · ${e.stepName}` : ''}{e.agencyName ? ` · ${e.agencyName}` : ''}</span>
              {e.note && <span>{e.note}</span>}
            </li>
          ))}
        </ol>
      </Section>
      {dossier.actions.includes('withdraw') && <Withdraw dossier={dossier} setDossier={setDossier} />}
    </Page>
  );
}
