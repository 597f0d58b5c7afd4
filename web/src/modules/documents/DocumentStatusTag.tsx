import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { statusKey, type DocStatus } from './api';

// Only the preset colours whose text is darkened to 4.5:1 in styles.css.
const COLORS: Record<DocStatus, string | undefined> = {
  arrived: 'orange', registered: 'blue', in_progress: 'geekblue', done: 'green', returned: 'red',
  draft: undefined, in_review: 'cyan', approved: 'orange', signed: 'blue', issued: 'green',
};

export function DocumentStatusTag({ status }: { status: DocStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status]}>{t(statusKey(status))}</Tag>;
}

/** An assignment still open after its deadline, or a document with one. */
export function OverdueTag() {
  const { t } = useI18n();
  return <Tag color="red">{t('doc.overdue')}</Tag>;
}
