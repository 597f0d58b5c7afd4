import { Button, Card, Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { attachmentUrl, day, dayTime, recipientStatusKey, type DocAssignment, type DocTypes, type DocumentDetail } from './api';
import { OverdueTag } from './DocumentStatusTag';
import { ScrollBox } from './ScrollBox';

const RECIPIENT_COLORS: Record<string, string | undefined> = {
  delivered: 'blue', sent: 'blue', arrived: 'cyan', registered: 'blue', assigned: 'geekblue', in_progress: 'geekblue', done: 'green', rejected: 'red', failed: 'red',
};

/** The document's register entry: who issued it and when, its numbers, grades, people and recipients. */
export function DocumentFacts({ detail, types }: { detail: DocumentDetail; types?: DocTypes }) {
  const { t } = useI18n();
  const d = detail.document;
  const incoming = d.direction === 'incoming';
  const items = [
    { key: 'type', label: t('doc.type'), children: types?.types.find((x) => x.code === d.docType)?.name ?? d.docType },
    { key: 'number', label: t('doc.numberSymbol'), children: d.numberSymbol ?? t('doc.draftNumber') },
    { key: 'issuer', label: t('doc.issuer'), children: incoming ? d.issuerName ?? '—' : d.agencyName },
    { key: 'issuedOn', label: t('doc.issuedOn'), children: day(d.issuedOn) },
    ...(incoming ? [
      { key: 'arrival', label: t('doc.arrivalNumber'), children: d.number !== null ? d.number.toLocaleString('vi-VN') : t('doc.notRegistered') },
      { key: 'receivedAt', label: t('doc.receivedAt'), children: dayTime(d.receivedAt) },
      { key: 'receiver', label: t('doc.receiver'), children: d.agencyName },
      { key: 'channel', label: t('doc.channel'), children: d.channel ? t(`doc.channel.${d.channel}` as MessageKey) : '—' },
      { key: 'leader', label: t('doc.leader'), children: d.leaderName ?? '—' },
    ] : [
      { key: 'drafter', label: t('doc.drafter'), children: d.createdByName ?? '—' },
      { key: 'signer', label: t('doc.signer'), children: [d.signerCompetence, d.signerPosition, d.signerName].filter(Boolean).join(' · ') || '—' },
      ...(d.signedAt ? [{ key: 'signedAt', label: t('doc.signedAt'), children: dayTime(d.signedAt) }] : []),
    ]),
    { key: 'urgency', label: t('doc.urgency'), children: types?.urgency[d.urgency] ?? String(d.urgency) },
    { key: 'confidentiality', label: t('doc.confidentiality'), children: types?.confidentiality[d.confidentiality] ?? String(d.confidentiality) },
    ...(d.dueOn ? [{ key: 'dueOn', label: incoming ? t('doc.dueOn') : t('doc.replyDue'), children: day(d.dueOn) }] : []),
    ...(detail.recipients.length > 0 ? [{
      key: 'recipients', label: t('doc.recipients'), span: 'filled' as const,
      children: (
        <Flex vertical gap={4}>
          {detail.recipients.map((r) => (
            <div key={r.id}>
              {r.organName} <Typography.Text type="secondary">({t(r.channel === 'axis' ? 'doc.viaAxis' : 'doc.onPlatform')})</Typography.Text>{' '}
              <Tag color={RECIPIENT_COLORS[r.status]}>{t(recipientStatusKey(r.status))}</Tag>
              {r.statusNote && <Typography.Text type="secondary">{r.statusNote}</Typography.Text>}
            </div>
          ))}
        </Flex>
      ),
    }] : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />;
}

const assignmentStatusKey = (status: string) => `doc.assignmentStatus.${status}` as MessageKey;

/** The leader's directions and the work they assigned, late work marked. */
export function Assignments({ detail, canReassign, onReassign }: { detail: DocumentDetail; canReassign: boolean; onReassign: (a: DocAssignment) => void }) {
  const { t } = useI18n();
  const directions = detail.history.filter((h) => h.action === 'Bút phê' && h.note);
  return (
    <Card title={<h2 className="page-title" style={{ fontSize: 18 }}>{t('doc.section.direction')}</h2>}>
      {directions.length > 0 && (
        <List size="small" dataSource={directions} style={{ marginBottom: 12 }}
          renderItem={(h) => (
            <List.Item>
              <div>
                <div style={{ whiteSpace: 'pre-line' }}>{h.note}</div>
                <Typography.Text type="secondary">{h.actorName} · {dayTime(h.at)}</Typography.Text>
              </div>
            </List.Item>
          )} />
      )}
      <ScrollBox label={t('doc.section.direction')}>
      <Table<DocAssignment> rowKey="id" size="small" dataSource={detail.assignments} pagination={false}
        locale={{ emptyText: t('doc.noAssignments') }} rowClassName={(a) => (a.late ? 'dossier-overdue' : '')}
        columns={[
          { key: 'who', title: t('doc.assignee'), render: (_, a) => <div style={{ minWidth: 160 }}><div>{a.userName ?? a.agencyName}</div>{a.userName && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{a.agencyName}</Typography.Text>}</div> },
          { key: 'role', title: t('doc.role'), render: (_, a) => t(`doc.role.${a.role}` as MessageKey) },
          { key: 'deadline', title: t('doc.deadline'), render: (_, a) => day(a.deadline) },
          {
            key: 'status', title: t('doc.status'),
            render: (_, a) => (
              <Flex gap={4} wrap>
                <Tag color={a.status === 'done' ? 'green' : a.status === 'open' ? 'blue' : undefined}>{t(assignmentStatusKey(a.status))}</Tag>
                {a.late && <OverdueTag />}
              </Flex>
            ),
          },
          {
            key: 'report', title: t('doc.report'),
            render: (_, a) => (
              <div style={{ minWidth: 160, maxWidth: 360 }}>
                {a.report && <div style={{ whiteSpace: 'pre-line' }}>{a.report}</div>}
                {a.doneAt && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{dayTime(a.doneAt)}</Typography.Text>}
                {a.note && <div><Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('doc.note')}: {a.note}</Typography.Text></div>}
              </div>
            ),
          },
          ...(canReassign ? [{
            key: 'actions', title: t('common.actions'),
            render: (_: unknown, a: DocAssignment) => (a.status === 'open'
              ? <Button size="small" onClick={() => onReassign(a)} aria-label={`${t('doc.action.reassign')}: ${a.userName ?? a.agencyName}`}>{t('doc.action.reassign')}</Button>
              : null),
          }] : []),
        ]} />
      </ScrollBox>
    </Card>
  );
}

/** The reviewers' opinions on a draft, round by round. */
export function Reviews({ detail }: { detail: DocumentDetail }) {
  const { t } = useI18n();
  return (
    <Card title={<h2 className="page-title" style={{ fontSize: 18 }}>{t('doc.section.reviews')}</h2>}>
      <List size="small" dataSource={detail.reviews} locale={{ emptyText: t('doc.noReviews') }}
        renderItem={(r) => (
          <List.Item>
            <div>
              <Flex gap={8} wrap align="center">
                <strong>{r.reviewerName}</strong>
                <Tag color={r.verdict === 'passed' ? 'green' : r.verdict === 'returned' ? 'red' : 'blue'}>{t(`doc.verdict.${r.verdict ?? 'pending'}` as MessageKey)}</Tag>
                <Typography.Text type="secondary">{t('doc.round', { n: r.round })} · {dayTime(r.decidedAt ?? r.requestedAt)}</Typography.Text>
              </Flex>
              {r.comment && <div style={{ whiteSpace: 'pre-line' }}>{r.comment}</div>}
            </div>
          </List.Item>
        )} />
    </Card>
  );
}

export function Attachments({ detail }: { detail: DocumentDetail }) {
  const { t } = useI18n();
  const d = detail.document;
  return (
    <Card title={<h2 className="page-title" style={{ fontSize: 18 }}>{t('doc.section.attachments')}</h2>}>
      <List size="small" dataSource={detail.attachments} locale={{ emptyText: t('doc.noAttachments') }}
        renderItem={(a) => (
          <List.Item>
            <div style={{ minWidth: 0 }}>
              <a href={attachmentUrl(d.id, a.id)} style={{ wordBreak: 'break-word' }}><DownloadOutlined /> {a.name}</a>
              <div><Typography.Text type="secondary" style={{ fontSize: 13 }}>{(a.size / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB · {dayTime(a.createdAt)}</Typography.Text></div>
            </div>
          </List.Item>
        )} />
    </Card>
  );
}

/** Every step taken on the document, oldest first: when, who, what, and their note. */
export function History({ detail }: { detail: DocumentDetail }) {
  const { t } = useI18n();
  return (
    <Card title={<h2 className="page-title" style={{ fontSize: 18 }}>{t('doc.section.history')}</h2>}>
      <List size="small" dataSource={detail.history} locale={{ emptyText: '—' }}
        renderItem={(h) => (
          <List.Item>
            <div>
              <div><strong>{h.action}</strong> · {h.actorName}</div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>{dayTime(h.at)}</Typography.Text>
              {h.note && <div style={{ whiteSpace: 'pre-line' }}>{h.note}</div>}
            </div>
          </List.Item>
        )} />
    </Card>
  );
}
