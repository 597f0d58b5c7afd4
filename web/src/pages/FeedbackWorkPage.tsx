import { useEffect, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { Card, Checkbox, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { ALL_STATUSES, listStaffReports, useCategories, type FeedbackStatus, type StaffList } from '../modules/feedback/api';
import { StaffStatusTag } from '../modules/feedback/StaffStatusTag';
import { useSession } from '../modules/identity/session';
import { formatDate } from '../ui/format';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

const PAGE_SIZE = 20;

/**
 * Phản ánh cần xử lý: the reports of the official's agencies (an admin: of their scope), searched without
 * diacritics and filtered by status, category, overdue and "assigned to me"; overdue ones flagged. The
 * filters live in the address, so that a link or the back button keeps them.
 */
export function FeedbackWorkPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const categories = useCategories();
  const { run, busy } = useApiAction();
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<StaffList>({ items: [], total: 0 });
  const status = (params.get('trang-thai') ?? '') as FeedbackStatus | '';
  const categoryId = params.get('linh-vuc') ?? '';
  const overdue = params.get('qua-han') === '1';
  const mine = params.get('cua-toi') === '1';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const official = user?.kind === 'official';

  useEffect(() => {
    if (!official) return;
    let live = true;
    void run(() => listStaffReports({
      status: status || undefined, categoryId: categoryId ? Number(categoryId) : undefined, overdue: overdue || undefined, mine: mine || undefined, q: q || undefined, page, pageSize: PAGE_SIZE,
    })).then((found) => found && live && setData(found));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [official, status, categoryId, overdue, mine, q, page]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'trang') next.delete('trang');
    setParams(next, { replace: key !== 'trang' });
  };

  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Fphan-anh%2Fxu-ly" replace />;
  if (!official) return <Navigate to="/phan-anh-cua-toi" replace />;

  return (
    <Card title={<PageTitle text={t('feedback.work.title')} />}>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Input.Search id="pa-q" aria-label={t('feedback.work.search')} placeholder={t('feedback.work.searchHint')} allowClear defaultValue={q}
            style={{ width: 320, maxWidth: '100%' }} onSearch={(value) => set('q', value.trim())} />
          <Select id="pa-status" aria-label={t('feedback.field.status')} style={{ width: 220, maxWidth: '100%' }} value={status}
            onChange={(value: string) => set('trang-thai', value)}
            options={[{ value: '', label: t('feedback.public.allStatuses') }, ...ALL_STATUSES.map((s) => ({ value: s, label: t(`feedback.status.${s}`) }))]} />
          <Select id="pa-category" aria-label={t('feedback.field.category')} style={{ width: 240, maxWidth: '100%' }} value={categoryId}
            onChange={(value: string) => set('linh-vuc', value)}
            options={[{ value: '', label: t('feedback.public.allCategories') }, ...(categories ?? []).map((c) => ({ value: String(c.id), label: c.name }))]} />
          <Checkbox checked={overdue} onChange={(e) => set('qua-han', e.target.checked ? '1' : '')}>{t('feedback.work.onlyOverdue')}</Checkbox>
          <Checkbox checked={mine} onChange={(e) => set('cua-toi', e.target.checked ? '1' : '')}>{t('feedback.work.onlyMine')}</Checkbox>
        </Flex>
        <Typography.Text type="secondary" aria-live="polite">{t('feedback.work.count', { total: data.total.toLocaleString('vi-VN') })}</Typography.Text>
        <List
          loading={busy}
          dataSource={data.items}
          locale={{ emptyText: t('feedback.work.none') }}
          pagination={data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: (p) => set('trang', String(p)) } : false}
          renderItem={(r) => (
            <List.Item key={r.id} style={{ display: 'block', background: r.overdue ? '#fff1f0' : undefined, paddingInline: 8 }}>
              <Flex vertical gap={4}>
                <Link to={`/phan-anh/xu-ly/${r.id}`} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{r.title}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
                  {r.code} · {r.categoryName} · {r.agencyName}{r.assigneeName ? ` · ${t('feedback.work.assignee')}: ${r.assigneeName}` : ''}
                </Typography.Text>
                <Typography.Text style={{ fontSize: 13 }}>
                  {t('feedback.report.sentAt')}: {formatDate(r.createdAt)} · {t('feedback.report.dueAt')}: {formatDate(r.dueAt)}
                </Typography.Text>
                <Flex gap={4} wrap>
                  <StaffStatusTag status={r.status} />
                  {r.overdue && <Tag color="error">{t('feedback.overdue')}</Tag>}
                  {r.escalatedAt && <Tag color="warning">{t('feedback.work.escalated')}</Tag>}
                  {r.anonymousToPublic && <Tag>{t('feedback.work.anonymous')}</Tag>}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
