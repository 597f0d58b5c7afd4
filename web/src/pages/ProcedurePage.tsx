import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { formatDays, formatVnd } from '../ui/format';
import { Button, ButtonLink, Facts, Loading, Notice, Page, Section, Tag, useRequest } from '../ui/kit';
import { levelKey, onlineKey, roleKey } from '../ui/labels';
import type { MessageKey } from '../i18n/vi';
import { describeRule } from '../modules/payments/schedule';
import { loginPath } from '../ui/PortalLayout';

type Procedure = Reply<'/api/procedures/{id}', 'get'>;
type Workflow = Reply<'/api/procedures/{id}/workflow', 'get'>;

/** Lines of a text kept as written (the catalog stores them one per line). */
const lines = (text: string) => text.split(/\n+/).map((l) => l.trim()).filter(Boolean);

/** A procedure as the national portal presents it, with the way to apply. */
export function ProcedurePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [workflow, setWorkflow] = useState<Workflow | null>(null);
  const [answered, setAnswered] = useState<number | null>(null);
  const { user } = useSession();
  const navigate = useNavigate();
  const apply = useRequest();

  useEffect(() => {
    setProcedure(null);
    setError(null);
    unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: Number(id) } } })).then(setProcedure).catch((e: ApiError) => setError(e));
    unwrap(api.GET('/api/procedures/{id}/workflow', { params: { path: { id: Number(id) } } })).then(setWorkflow).catch(() => setWorkflow(null));
    setAnswered(null);
    unwrap(api.GET('/api/questions', { params: { query: { procedureId: Number(id), pageSize: 1 } } })).then((found) => setAnswered(found.total)).catch(() => setAnswered(null));
  }, [id]);

  const start = async () => {
    const draft = await apply.run(() => unwrap(api.POST('/api/dossiers', { body: { procedureId: Number(id) } })));
    if (draft) navigate(`/ho-so/${draft.id}`);
  };

  if (error) return <Page title={error.message}><Link to="/">{t('catalog.back')}</Link></Page>;
  if (!procedure) return <Loading />;
  const fee = procedure.feeVnd ? formatVnd(procedure.feeVnd) : t('catalog.free');

  return (
    <Page title={procedure.name} before={<Link to="/">← {t('catalog.back')}</Link>}>
      <div className="kit-actions">
        {!user && <ButtonLink variant="primary" to={loginPath(`/thu-tuc/${procedure.id}`)}>{t('catalog.loginToApply')}</ButtonLink>}
        {user && user.kind !== 'official' && <Button variant="primary" busy={apply.busy} onClick={() => void start()}>{t('catalog.apply')}</Button>}
        {(!user || user.kind !== 'official') && <ButtonLink to={`/dat-lich/${procedure.id}`}>{t('booking.link')}</ButtonLink>}
        {hasRole(user, 'admin') && <ButtonLink to={`/quan-tri/thu-tuc/${procedure.id}`}>{t('procedure.edit')}</ButtonLink>}
        {hasRole(user, 'admin') && <ButtonLink to={`/quan-tri/quy-trinh/${procedure.id}`}>{t('catalog.editWorkflow')}</ButtonLink>}
        {hasRole(user, 'admin') && <ButtonLink to={`/quan-tri/bieu-mau/${procedure.id}`}>{t('designer.link')}</ButtonLink>}
      </div>
      {apply.error && <Notice tone="error">{apply.error.message}</Notice>}
      <Section title={t('catalog.general')} id="thong-tin">
        <Facts items={[
          [t('catalog.code'), procedure.nationalCode],
          [t('catalog.agency'), procedure.agencyName],
          [t('catalog.level'), t(levelKey(procedure.level))],
          [t('catalog.field'), procedure.fieldName],
          [t('catalog.processingTime'), t('catalog.workingDays', { days: formatDays(procedure.processingDays) })],
          [t('catalog.fee'), procedure.feeNote && !procedure.feeNote.includes(fee) ? `${fee} — ${procedure.feeNote}` : procedure.feeNote ?? fee],
          [t('catalog.onlineLevel'), <Tag tone={procedure.onlineLevel === 'full' ? 'green' : 'blue'}>{t(onlineKey(procedure.onlineLevel))}</Tag>],
        ]} />
      </Section>
      {procedure.feeSchedule.lines.length > 0 && (
        <Section title={t('fee.title')} id="phi-le-phi">
          <ul className="kit-list">
            {procedure.feeSchedule.lines.map((line) => (
              <li key={line.code}>
                <strong>{line.name}</strong>
                <span>{describeRule(line.rule)}</span>
                <span className="kit-muted kit-small">{line.legalBasis}</span>
              </li>
            ))}
          </ul>
          {procedure.feeSchedule.exemptions.length > 0 && (
            <p>{t('fee.exemption')}: {procedure.feeSchedule.exemptions.map((e) => `${e.label} (${e.percent === 100 ? 'miễn' : `giảm ${e.percent}%`})`).join('; ')}.</p>
          )}
          <p className="kit-muted kit-small" style={{ margin: 0 }}>{t(`fee.${procedure.feeSchedule.payWhen}` as MessageKey)}</p>
        </Section>
      )}
      {procedure.applicants && (
        <Section title={t('catalog.applicants')} id="doi-tuong"><p style={{ margin: 0 }}>{procedure.applicants}</p></Section>
      )}
      <Section title={t('catalog.methods')} id="cach-thuc">
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          <li>{procedure.onlineLevel === 'full' ? t('catalog.methodOnlineFull') : t('catalog.methodOnlinePartial')}</li>
          <li>{t('catalog.methodCounter', { agency: procedure.agencyName })}</li>
          <li>{t('catalog.methodPost')}</li>
        </ul>
      </Section>
      {procedure.steps && (
        <Section title={t('catalog.steps')} id="trinh-tu">
          <ol className="kit-steps">{lines(procedure.steps).map((line, i) => <li key={i}>{line.replace(/^(Bước\s*\d+\s*[:.]\s*)/i, '')}</li>)}</ol>
        </Section>
      )}
      <Section title={t('catalog.documents')} id="thanh-phan"
        actions={<a href={`/api/procedures/${procedure.id}/form.pdf`} download>{t('catalog.blankForm')}</a>}>
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          {procedure.documents.map((doc) => (
            <li key={doc.name} style={{ marginBottom: 8 }}>
              {doc.name}{doc.optional && <> <Tag tone="grey">{t('dossier.optional')}</Tag></>}
              <div className="kit-muted kit-small">{t('catalog.originalCopies', { original: doc.original, copies: doc.copies })}{doc.note ? ` · ${doc.note}` : ''}</div>
            </li>
          ))}
        </ol>
      </Section>
      {workflow && workflow.steps.length > 0 && (
        <Section title={t('catalog.workflow')} id="quy-trinh">
          <ol className="kit-steps">{workflow.steps.map((s) => <li key={s.position}>{s.name}<div className="kit-muted kit-small">{t(roleKey(s.role))} · {s.timeShare}%</div></li>)}</ol>
        </Section>
      )}
      <Section title={t('catalog.conditions')} id="dieu-kien">
        {procedure.conditions ? <ul style={{ margin: 0, paddingLeft: 20 }}>{lines(procedure.conditions).map((l, i) => <li key={i}>{l}</li>)}</ul> : <p style={{ margin: 0 }}>{t('catalog.noConditions')}</p>}
      </Section>
      <Section title={t('catalog.result')} id="ket-qua"><p style={{ margin: 0 }}>{procedure.result}</p></Section>
      <Section title={t('catalog.legalBasis')} id="can-cu"><ul style={{ margin: 0, paddingLeft: 20 }}>{lines(procedure.legalBasis.replace(/;\s*/g, '\n')).map((l, i) => <li key={i}>{l}</li>)}</ul></Section>
      <Section title={t('content.procedure.questions')} id="hoi-dap">
        <p style={{ marginTop: 0 }}>
          {answered ? <Link to={`/hoi-dap?thu-tuc=${procedure.id}`}>{t('content.procedure.answered', { count: answered.toLocaleString('vi-VN') })}</Link>
            : answered === 0 ? t('content.procedure.none') : null}
        </p>
        <ButtonLink to={`/hoi-dap?thu-tuc=${procedure.id}#dat-cau-hoi`}>{t('content.procedure.ask')}</ButtonLink>
      </Section>
    </Page>
  );
}
