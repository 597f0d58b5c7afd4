import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { PublicQuestion } from '../modules/content/api';
import '../modules/content/content.css';
import { Loading, Notice, Page, Section } from '../ui/kit';
import { formatDate } from '../ui/format';

/** One answered question: what was asked (the asker's given name only), the agency's answer, the procedure it concerns. */
export function QuestionPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [question, setQuestion] = useState<PublicQuestion>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!Number.isSafeInteger(id) || id < 1) return setError(t('content.qa.notFound'));
    unwrap(api.GET('/api/questions/{id}', { params: { path: { id } } })).then(setQuestion)
      .catch((e: unknown) => setError(e instanceof ApiError && e.status === 404 ? t('content.qa.notFound') : t('common.error')));
  }, [id, t]);

  const back = <p style={{ margin: 0 }}><Link to="/hoi-dap">‹ {t('content.qa.back')}</Link></p>;
  if (error) return <Page title={t('content.qa.title')} before={back}><Notice tone="error">{error}</Notice></Page>;
  if (!question) return <Page title={t('content.qa.title')} before={back}><Loading /></Page>;
  return (
    <Page title={question.title} before={back}>
      <Section>
        <p className="kit-muted kit-small" style={{ marginTop: 0 }}>{t('content.qa.askedBy', { name: question.askerName, date: formatDate(question.askedAt) })}</p>
        <p className="content-pre">{question.body}</p>
        {question.procedureId && (
          <p className="kit-small">{t('content.qa.procedure')}: <Link to={`/thu-tuc/${question.procedureId}`}>{question.procedureName}</Link></p>
        )}
      </Section>
      <Section title={t('content.qa.answerOf', { agency: question.agencyName })} id="tra-loi">
        <div className="content-answer">{question.answer}</div>
        <p className="kit-muted kit-small">{t('content.qa.publishedOn', { date: formatDate(question.publishedAt) })}</p>
      </Section>
      <p><Link to={question.procedureId ? `/hoi-dap?thu-tuc=${question.procedureId}#dat-cau-hoi` : '/hoi-dap#dat-cau-hoi'}>{t('content.qa.askAnother')}</Link></p>
    </Page>
  );
}
