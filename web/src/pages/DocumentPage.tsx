import { useCallback, useEffect, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { Alert, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { ApartmentOutlined, FileTextOutlined, FilePdfOutlined, RollbackOutlined } from '@ant-design/icons';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { edxmlUrl, fileUrl, rolesAt, useDirectory, useDocumentTypes, type DocAssignment, type DocumentDetail } from '../modules/documents/api';
import { DocumentActions } from '../modules/documents/DocumentActions';
import { ReassignModal } from '../modules/documents/DirectionForm';
import { Assignments, Attachments, DocumentFacts, History, Reviews } from '../modules/documents/DocumentSections';
import { DocumentStatusTag } from '../modules/documents/DocumentStatusTag';
import { useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';

/** One document: its register entry, what the user may do with it now, the direction and assignments, the opinions, files and history. */
export function DocumentPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { user, loading } = useSession();
  const types = useDocumentTypes();
  const directory = useDirectory(user?.kind === 'official');
  const [detail, setDetail] = useState<DocumentDetail>();
  const [failure, setFailure] = useState<string>();
  const [issued, setIssued] = useState<string>();
  const [reassigning, setReassigning] = useState<DocAssignment | null>(null);

  const load = useCallback(async () => {
    try {
      setDetail(await unwrap(api.GET('/api/documents/{id}', { params: { path: { id: Number(id) } } })));
      setFailure(undefined);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : t('common.error'));
    }
  }, [id, t]);
  useEffect(() => {
    if (user) void load();
  }, [load, user]);
  useEffect(() => setIssued(undefined), [id]);

  if (loading) return null;
  if (!user) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(`/van-ban/${id ?? ''}`)}`} replace />;
  if (failure && !detail) return <Card title={<PageTitle text={t('doc.title')} />}><Alert type="error" showIcon message={failure} /><Link to="/van-ban">{t('doc.backToList')}</Link></Card>;
  if (!detail) return <Card><Skeleton active /></Card>;

  const d = detail.document;
  const typeName = types?.types.find((x) => x.code === d.docType)?.name ?? '';
  const heading = d.numberSymbol ? t('doc.heading', { type: typeName, number: d.numberSymbol }) : t('doc.headingDraft', { type: typeName });
  const canReassign = rolesAt(user, d.agencyId).includes('leader') && detail.assignments.some((a) => a.status === 'open');
  const hasPdf = d.hasFile || (d.direction === 'outgoing' && d.confidentiality === 0);
  const showAssignments = d.direction === 'incoming' && d.status !== 'arrived' && d.status !== 'returned';

  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={heading} />}>
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ fontSize: 16, marginBottom: 0 }}>{d.summary}</Typography.Paragraph>
          <Flex gap={4} wrap>
            <Tag>{t(d.direction === 'incoming' ? 'doc.incoming' : 'doc.outgoing')}</Tag>
            <DocumentStatusTag status={d.status} />
            {d.urgency > 0 && types && <Tag color="red">{types.urgency[d.urgency]}</Tag>}
            {d.confidentiality > 0 && types && <Tag color="red">{types.confidentiality[d.confidentiality]}</Tag>}
          </Flex>
          {issued && <Alert type="success" showIcon message={t('doc.issued', { number: issued })} />}
          {d.status === 'draft' && d.createdBy === user.id && detail.reviews.some((r) => r.verdict === 'returned') && (
            <Alert type="warning" showIcon message={t('doc.returnedForChanges')} />
          )}
          <DocumentActions detail={detail} user={user} directory={directory} reload={load} onIssued={setIssued} />
          <DocumentFacts detail={detail} types={types} />
          <Flex gap={16} wrap>
            {hasPdf && (
              <a href={fileUrl(d.id)} target="_blank" rel="noreferrer">
                <FilePdfOutlined /> {d.hasFile ? t('doc.viewPdf') : t('doc.previewPdf')}
              </a>
            )}
            {d.direction === 'outgoing' && d.status === 'issued' && <a href={edxmlUrl(d.id)}><FileTextOutlined /> {t('doc.edxml')}</a>}
            {d.dossierId && <Link to={`/ho-so/${d.dossierId}`}><ApartmentOutlined /> {t('doc.dossierLink')}</Link>}
            {d.respondsTo && <Link to={`/van-ban/${d.respondsTo}`}><RollbackOutlined /> {t('doc.repliedDocument')}</Link>}
          </Flex>
        </Flex>
      </Card>
      {showAssignments && <Assignments detail={detail} canReassign={canReassign} onReassign={setReassigning} />}
      <Row gutter={[16, 16]}>
        {(d.direction === 'outgoing' || detail.reviews.length > 0) && <Col xs={24} lg={12}><Reviews detail={detail} /></Col>}
        <Col xs={24} lg={12}><Attachments detail={detail} /></Col>
        <Col xs={24} lg={12}><History detail={detail} /></Col>
      </Row>
      <Link to={`/van-ban${d.direction === 'outgoing' ? '?tab=di' : ''}`}>← {t('doc.backToList')}</Link>
      <ReassignModal assignment={reassigning} onClose={() => setReassigning(null)} detail={detail} directory={directory}
        onDone={() => { setReassigning(null); void load(); }} />
    </Flex>
  );
}
