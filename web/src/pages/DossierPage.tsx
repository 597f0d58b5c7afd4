import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../api/client';
import { ApplicantDossier } from '../modules/dossiers/ApplicantDossier';
import type { Dossier } from '../modules/dossiers/api';
import { useSession } from '../modules/identity/session';
import { Loading, Page } from '../ui/kit';

// Officials work with Ant Design's tables and dialogs; applicants never download them.
const OfficialDossier = lazy(async () => {
  const [{ OfficialDossier: View }, { AntdScope }] = await Promise.all([import('../modules/dossiers/OfficialDossier'), import('../ui/AntdScope')]);
  return { default: (props: Parameters<typeof View>[0]) => <AntdScope><View {...props} /></AntdScope> };
});
// The documents drafted as the dossier's result (văn bản, điều hành), for officials only.
const LinkedDocuments = lazy(async () => {
  const [{ LinkedDocuments: View }, { AntdScope }] = await Promise.all([import('../modules/documents/LinkedDocuments'), import('../ui/AntdScope')]);
  return { default: (props: Parameters<typeof View>[0]) => <AntdScope><View {...props} /></AntdScope> };
});

export function DossierPage() {
  const { id } = useParams();
  const { user } = useSession();
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      setDossier(await unwrap(api.GET('/api/dossiers/{id}', { params: { path: { id: Number(id) } } })));
    } catch (e) {
      setError(e as ApiError);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  // Forms are signed right after the action that asks for them: look again until they are ready.
  const pending = dossier?.files.some((f) => !f.ready) ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void load(), 1000);
    return () => clearTimeout(timer);
  }, [pending, dossier, load]);

  if (error) return <Page title={error.message} />;
  if (!dossier) return <Loading />;
  const props = { dossier, reload: load, setDossier };
  return dossier.viewerRoles.some((r) => r !== 'applicant')
    ? (
      <>
        <Suspense fallback={<Loading />}><OfficialDossier {...props} /></Suspense>
        {user?.kind === 'official' && (
          <Suspense fallback={null}>
            <LinkedDocuments dossierId={dossier.id} canDraft={dossier.status === 'processing' && dossier.viewerRoles.some((r) => r === 'specialist' || r === 'leader')} />
          </Suspense>
        )}
      </>
    )
    : <ApplicantDossier {...props} />;
}
