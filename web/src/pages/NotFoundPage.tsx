import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/kit';

export function NotFoundPage() {
  const { t } = useI18n();
  return <Page title={t('common.notFound')}><Link to="/">{t('nav.home')}</Link></Page>;
}
