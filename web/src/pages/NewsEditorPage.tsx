import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Select, Space, Tag, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { CATEGORIES, uploadArticleImage, type ArticleCategory, type EditorialArticle } from '../modules/content/api';
import '../modules/content/content.css';
import { RichTextEditor } from '../modules/content/RichTextEditor';
import { useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { formatDate } from '../ui/format';
import { useApiAction } from '../ui/useApiAction';
import { ARTICLE_TONE, articleStatusKey } from './NewsEditorialPage';
import { categoryKey } from './NewsPage';

type Workplaces = Reply<'/api/editorial/workplaces', 'get'>;
type Fields = { agencyId?: number; title: string; slug?: string; category: ArticleCategory; summary: string; publishAt?: Dayjs | null };

/**
 * Writing an article (an editor: draft, save, submit for review) and reviewing it (the agency's leader
 * or the province admin: approve, return with a comment; unpublish). The body is edited with Tiptap and
 * sanitized by the server when saved.
 */
export function NewsEditorPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : undefined;
  const { user, loading } = useSession();
  const [form] = Form.useForm<Fields>();
  const [places, setPlaces] = useState<Workplaces>();
  const [article, setArticle] = useState<EditorialArticle>();
  const [body, setBody] = useState('');
  const [cover, setCover] = useState<{ key: string; url: string } | null>(null);
  const [comment, setComment] = useState('');
  const { run, busy } = useApiAction();
  const agencyId = Form.useWatch('agencyId', form) ?? article?.agencyId;

  useEffect(() => {
    if (user?.kind === 'official') void run(() => unwrap(api.GET('/api/editorial/workplaces'))).then((p) => p && setPlaces(p));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.kind]);
  const load = async () => {
    if (!id) return;
    const found = await run(() => unwrap(api.GET('/api/editorial/articles/{id}', { params: { path: { id } } })));
    if (!found) return;
    setArticle(found);
    setBody(found.bodyHtml);
    setCover(found.coverImageKey && found.coverImageUrl ? { key: found.coverImageKey, url: found.coverImageUrl } : null);
    form.setFieldsValue({ title: found.title, slug: found.slug, category: found.category, summary: found.summary, publishAt: found.publishAt ? dayjs(found.publishAt) : null });
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  useEffect(() => {
    if (!id && places?.editorOf[0]) form.setFieldsValue({ agencyId: places.editorOf[0].id, category: 'activity' });
  }, [id, places, form]);

  const editable = id ? !!article?.canEdit && (article.status === 'draft' || article.status === 'unpublished') : (places?.editorOf.length ?? 0) > 0;
  const fieldsOf = (values: Fields) => ({
    title: values.title, summary: values.summary, category: values.category, bodyHtml: body || '<p></p>',
    ...(values.slug ? { slug: values.slug } : {}), coverImageKey: cover?.key ?? null, publishAt: values.publishAt ? values.publishAt.toISOString() : null,
  });

  /** Saves the form; returns the article's id and version as saved. */
  const save = async (): Promise<{ id: number; version: number } | undefined> => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return undefined;
    if (!id) {
      const created = await run(() => unwrap(api.POST('/api/editorial/articles', { body: { agencyId: values.agencyId!, ...fieldsOf(values) } })));
      if (!created) return undefined;
      navigate(`/bien-tap/${created.id}`, { replace: true });
      return { id: created.id, version: 1 };
    }
    const changed = await run(() => unwrap(api.PUT('/api/editorial/articles/{id}', { params: { path: { id } }, body: { ...fieldsOf(values), version: article!.version } })));
    return changed ? { id, version: changed.version } : undefined;
  };
  const onSave = async () => {
    if (await save()) {
      void message.success(t('content.editor.saved'));
      if (id) await load();
    }
  };
  const onSubmit = async () => {
    const saved = await save();
    if (!saved) return;
    const done = await run(() => unwrap(api.POST('/api/editorial/articles/{id}/submit', { params: { path: { id: saved.id } }, body: { version: saved.version } })));
    if (done) {
      void message.success(t('content.editor.submitted'));
      if (id) await load();
    }
  };
  const act = async (action: 'approve' | 'unpublish' | 'return') => {
    if (!article) return;
    const path = { params: { path: { id: article.id } } };
    const done = action === 'return'
      ? await run(() => unwrap(api.POST('/api/editorial/articles/{id}/return', { ...path, body: { comment: comment.trim(), version: article.version } })))
      : action === 'approve'
        ? await run(() => unwrap(api.POST('/api/editorial/articles/{id}/approve', { ...path, body: { version: article.version } })))
        : await run(() => unwrap(api.POST('/api/editorial/articles/{id}/unpublish', { ...path, body: { version: article.version } })));
    if (done) {
      void message.success(t(`content.editor.done.${action}`));
      await load();
    }
  };
  const pickCover = async (file: File) => {
    if (!agencyId) return;
    const image = await run(() => uploadArticleImage(agencyId, file));
    if (image) setCover({ key: image.key, url: image.url });
  };
  const agencyOptions = useMemo(() => (places?.editorOf ?? []).map((a) => ({ value: a.id, label: a.name })), [places]);

  if (loading) return null;
  if (!user) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(id ? `/bien-tap/${id}` : '/bien-tap/moi')}`} replace />;
  if (user.kind !== 'official') return <Navigate to="/tin-tuc" replace />;
  const title = id ? (article?.title ?? t('content.editor.title')) : t('content.editorial.new');

  return (
    <Card title={<PageTitle text={title} />} extra={<Link to="/bien-tap">{t('content.editor.back')}</Link>}>
      {article && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Tag color={ARTICLE_TONE[article.status]}>{t(articleStatusKey(article.status))}</Tag>
          <Typography.Text type="secondary">{article.agencyName}{article.authorName ? ` · ${article.authorName}` : ''}</Typography.Text>
          {article.publishedAt && <Typography.Text type="secondary">{t('content.editorial.publishedOn', { date: formatDate(article.publishedAt) })}</Typography.Text>}
          {article.status === 'published' && <Link to={`/tin-tuc/${article.slug}`}>{t('content.editor.view')}</Link>}
        </Space>
      )}
      {article?.reviewComment && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('content.editor.returnedWith', { comment: article.reviewComment })} />}
      {editable ? (
        <Form form={form} layout="vertical" name="bai-viet" onFinish={() => void onSave()} requiredMark>
          {!id && agencyOptions.length > 1 && (
            <Form.Item name="agencyId" label={t('content.editor.agency')} rules={[{ required: true }]}><Select options={agencyOptions} /></Form.Item>
          )}
          {!id && agencyOptions.length <= 1 && <Form.Item name="agencyId" hidden><Input /></Form.Item>}
          <Form.Item name="title" label={t('content.editor.titleField')} rules={[{ required: true, min: 5, max: 200, message: t('content.editor.titleRule') }]}><Input maxLength={200} /></Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="category" label={t('content.editor.category')} rules={[{ required: true }]} style={{ flex: '1 1 200px' }}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: t(categoryKey(c)) }))} />
            </Form.Item>
            <Form.Item name="publishAt" label={t('content.editor.publishAt')} extra={t('content.editor.publishAtHint')} style={{ flex: '1 1 200px' }}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="slug" label={t('content.editor.slug')} extra={t('content.editor.slugHint')} rules={[{ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: t('content.editor.slugRule') }]}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="summary" label={t('content.editor.summary')} rules={[{ required: true, min: 10, max: 500, message: t('content.editor.summaryRule') }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item label={t('content.editor.cover')}>
            <Space wrap>
              {cover && <img src={cover.url} alt={t('content.editor.coverAlt')} className="content-thumb" />}
              <Upload accept="image/jpeg,image/png" showUploadList={false} beforeUpload={(file) => { void pickCover(file); return false; }}>
                <Button>{t(cover ? 'content.editor.coverChange' : 'content.editor.coverPick')}</Button>
              </Upload>
              {cover && <Button onClick={() => setCover(null)}>{t('content.editor.coverRemove')}</Button>}
            </Space>
          </Form.Item>
          <Typography.Title level={2} id="noi-dung-bai" style={{ fontSize: 16 }}>{t('content.editor.body')}</Typography.Title>
          {(!id || article) && <RichTextEditor key={article?.id ?? 'moi'} value={body} onChange={setBody} agencyId={agencyId} labelledBy="noi-dung-bai" />}
          <Flex gap={8} wrap style={{ marginTop: 16 }}>
            <Button htmlType="submit" loading={busy}>{t('content.editor.save')}</Button>
            <Button type="primary" loading={busy} onClick={() => void onSubmit()}>{t('content.editor.submit')}</Button>
          </Flex>
        </Form>
      ) : article ? (
        <>
          <Typography.Paragraph strong>{article.summary}</Typography.Paragraph>
          {article.coverImageUrl && <img src={article.coverImageUrl} alt="" className="content-cover" />}
          <div className="content-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
          <Flex vertical gap={12} style={{ marginTop: 16 }}>
            {article.canApprove && article.status === 'review' && (
              <>
                <Button type="primary" loading={busy} onClick={() => void act('approve')}>{t('content.editor.approve')}</Button>
                <Form layout="vertical" onFinish={() => void act('return')}>
                  <Form.Item label={<label htmlFor="y-kien-tra-lai">{t('content.editor.comment')}</label>}>
                    <Input.TextArea id="y-kien-tra-lai" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} />
                  </Form.Item>
                  <Button htmlType="submit" loading={busy} disabled={comment.trim().length < 3}>{t('content.editor.return')}</Button>
                </Form>
              </>
            )}
            {article.status === 'published' && (
              <Button danger loading={busy} onClick={() => void act('unpublish')}>{t('content.editor.unpublish')}</Button>
            )}
            {article.status === 'review' && article.canEdit && !article.canApprove && <Typography.Text type="secondary">{t('content.editor.waiting')}</Typography.Text>}
          </Flex>
        </>
      ) : null}
    </Card>
  );
}
