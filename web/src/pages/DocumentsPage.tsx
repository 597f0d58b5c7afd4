import { useMemo, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Flex } from 'antd';
import { EditOutlined, InboxOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/i18n';
import { agenciesWith, useDirectory, useDocumentTypes } from '../modules/documents/api';
import { DocumentList } from '../modules/documents/DocumentList';
import { IncomingForm } from '../modules/documents/IncomingForm';
import { Quarantine } from '../modules/documents/Quarantine';
import { Statistics } from '../modules/documents/Statistics';
import { WrappedTabs } from '../modules/documents/WrappedTabs';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';

/** Văn bản, điều hành: the registers of incoming and outgoing documents, the work assigned to me, and for clerks the refused packages. */
export function DocumentsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { user, loading } = useSession();
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const official = user?.kind === 'official';
  const types = useDocumentTypes();
  const directory = useDirectory(official);
  const clerkAgencies = useMemo(() => agenciesWith(user, 'clerk'), [user]);
  const drafter = agenciesWith(user, 'specialist', 'leader').length > 0;
  const clerk = clerkAgencies.length > 0 || hasRole(user, 'admin');
  // Statistics of the user's own agencies (an admin: every agency of their scope).
  const statsAgencies = useMemo(() => {
    const own = new Set((user?.roles ?? []).map((r) => r.agencyId));
    return (directory?.agencies ?? []).filter((a) => hasRole(user, 'admin') || own.has(a.id)).map((a) => ({ id: a.id, name: a.name }));
  }, [directory, user]);

  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Fvan-ban" replace />;
  if (!official) return <Navigate to="/" replace />;

  const items = [
    { key: 'den', label: t('doc.tab.incoming'), children: <DocumentList key="den" direction="incoming" types={types} idPrefix="den" label={t('doc.tab.incoming')} /> },
    { key: 'di', label: t('doc.tab.outgoing'), children: <DocumentList key="di" direction="outgoing" types={types} idPrefix="di" label={t('doc.tab.outgoing')} /> },
    { key: 'cua-toi', label: t('doc.tab.mine'), children: <DocumentList key="cua-toi" mine types={types} idPrefix="cua-toi" label={t('doc.tab.mine')} /> },
    ...(clerk ? [{ key: 'bi-tu-choi', label: t('doc.tab.quarantine'), children: <Quarantine /> }] : []),
    { key: 'thong-ke', label: t('doc.tab.statistics'), children: <Statistics agencies={statsAgencies} /> },
  ];

  return (
    <Card title={<PageTitle text={t('doc.title')} />}>
      {(clerkAgencies.length > 0 || drafter) && (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          {clerkAgencies.length > 0 && <Button icon={<InboxOutlined />} onClick={() => setRegistering(true)}>{t('doc.registerIncoming')}</Button>}
          {drafter && <Button type="primary" icon={<EditOutlined />} onClick={() => navigate('/van-ban/moi')}>{t('doc.compose')}</Button>}
        </Flex>
      )}
      <WrappedTabs id="van-ban" label={t('doc.title')} items={items} active={params.get('tab') ?? 'den'}
        onChange={(tab) => setParams(tab === 'den' ? {} : { tab }, { replace: true })} />
      <IncomingForm open={registering} onClose={() => setRegistering(false)} agencies={clerkAgencies} types={types} directory={directory} />
    </Card>
  );
}
