import { useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Card } from 'antd';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { QueueItem } from '../modules/dossiers/api';
import { DossierTable } from '../modules/dossiers/DossierTable';
import { useSession } from '../modules/identity/session';

export function MyDossiersPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: QueueItem[]; total: number }>({ items: [], total: 0 });
  const [busy, setBusy] = useState(true);
  useEffect(() => {
    if (!user) return;
    setBusy(true);
    unwrap(api.GET('/api/my/dossiers', { params: { query: { page, pageSize: 20 } } })).then(setData).finally(() => setBusy(false));
  }, [user, page]);
  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap" replace />;
  return (
    <Card title={t('nav.myDossiers')}>
      <DossierTable items={data.items} total={data.total} page={page} loading={busy} onPage={setPage} emptyText={t('dossier.none')} showApplicant={false} />
    </Card>
  );
}
