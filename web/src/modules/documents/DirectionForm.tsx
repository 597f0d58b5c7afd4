import { useEffect } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { filterOption, isoDay, type Directory, type Doc, type DocAssignment, type DocumentDetail } from './api';
import { useFormAction } from './useFormAction';
import { provinceToday } from '../../ui/format';

type Row = { agencyId?: number; userId?: number | null; role: 'lead' | 'support'; deadline?: Dayjs | null; note?: string };
type DirectionValues = { direction: string; assignments: Row[] };
type ReassignValues = { agencyId: number; userId?: number | null; deadline?: Dayjs | null; note?: string };

/** The units and people of the directory as options: a person's list follows the unit chosen. */
function useOptions(directory: Directory | undefined) {
  const agencies = (directory?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }));
  const people = (agencyId: number | undefined) => {
    const seen = new Set<number>();
    return (directory?.people ?? []).filter((p) => p.agencyId === agencyId && !seen.has(p.id) && seen.add(p.id)).map((p) => ({ value: p.id, label: p.fullName }));
  };
  return { agencies, people };
}

const notPast = (d: Dayjs) => d.isBefore(provinceToday(), 'day');

/**
 * The leader's bút phê: the direction in words, and the handling assigned to units or people of the
 * agency and those below it, exactly one lead (chủ trì) with any number of supports (phối hợp).
 */
export function DirectionModal({ open, onClose, onDone, detail, directory }: { open: boolean; onClose: () => void; onDone: () => void; detail: DocumentDetail; directory?: Directory }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { run, busy } = useFormAction();
  const [form] = Form.useForm<DirectionValues>();
  const rows = Form.useWatch('assignments', form) as Row[] | undefined;
  const { agencies, people } = useOptions(directory);
  const d: Doc = detail.document;
  const openLeads = detail.assignments.filter((a) => a.status === 'open' && a.role === 'lead').length;
  const label = t('doc.action.direct');
  useEffect(() => {
    if (open) form.setFieldsValue({ direction: '', assignments: openLeads > 0 ? [] : [{ agencyId: d.agencyId, role: 'lead' }] });
  }, [open, openLeads, d.agencyId, form]);

  const submit = async (v: DirectionValues) => {
    const done = await run(form, () => unwrap(api.POST('/api/documents/{id}/direction', {
      params: { path: { id: d.id } },
      body: {
        direction: v.direction.trim(), version: d.version,
        assignments: (v.assignments ?? []).map((a) => ({ agencyId: a.agencyId!, userId: a.userId ?? null, role: a.role, deadline: isoDay(a.deadline), note: a.note?.trim() || null })),
      },
    })), { DOCUMENT_NEEDS_LEAD: 'assignments', DOCUMENT_ASSIGNEE_INVALID: 'assignments' });
    if (!done) return;
    message.success(t('doc.done', { action: label }));
    onDone();
  };

  return (
    <Modal title={label} open={open} onCancel={onClose} onOk={() => form.submit()} okText={label} cancelText={t('common.cancel')} confirmLoading={busy} width={760} forceRender>
      <Form<DirectionValues> name="direction" form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="direction" label={t('doc.directionText')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('doc.directionText').toLowerCase() }) }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.List name="assignments" rules={[{
          validator: async (_, list: Row[] = []) => {
            if (list.length === 0) return;
            if (list.filter((a) => a.role === 'lead').length + openLeads !== 1) throw new Error(openLeads > 0 ? t('doc.leadExists') : t('doc.needsLead'));
          },
        }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => {
                const n = index + 1;
                return (
                  <Card key={field.key} size="small" style={{ marginBottom: 12 }} title={t('doc.assignmentRow', { n })}
                    extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('doc.removeRow', { n })} onClick={() => remove(field.name)} />}>
                    <Row gutter={12}>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'agencyId']} label={t('doc.unitN', { n })} rules={[{ required: true, message: t('doc.choose', { field: t('doc.unit').toLowerCase() }) }]}>
                          <Select showSearch={{ filterOption }} options={agencies} onChange={() => form.setFieldValue(['assignments', field.name, 'userId'], null)} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'userId']} label={t('doc.personN', { n })} extra={t('doc.personHint')}>
                          <Select allowClear showSearch={{ filterOption }} options={people(rows?.[index]?.agencyId)} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'role']} label={t('doc.roleN', { n })}>
                          <Select options={[{ value: 'lead', label: t('doc.role.lead') }, { value: 'support', label: t('doc.role.support') }]} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'deadline']} label={t('doc.deadlineN', { n })}>
                          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={notPast} />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Form.Item name={[field.name, 'note']} label={t('doc.noteN', { n })} style={{ marginBottom: 0 }}>
                      <Input maxLength={4000} />
                    </Form.Item>
                  </Card>
                );
              })}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined />} onClick={() => add({ agencyId: d.agencyId, role: fields.length === 0 && openLeads === 0 ? 'lead' : 'support' })} style={{ marginTop: 8 }}>
                {t('doc.addAssignment')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** The leader gives an open assignment to another unit or person. */
export function ReassignModal({ assignment, onClose, onDone, detail, directory }: { assignment: DocAssignment | null; onClose: () => void; onDone: () => void; detail: DocumentDetail; directory?: Directory }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { run, busy } = useFormAction();
  const [form] = Form.useForm<ReassignValues>();
  const agencyId = Form.useWatch('agencyId', form);
  const { agencies, people } = useOptions(directory);
  const label = t('doc.action.reassign');
  useEffect(() => {
    if (assignment) form.setFieldsValue({ agencyId: assignment.agencyId, userId: null, deadline: assignment.deadline ? dayjs(assignment.deadline) : null, note: '' });
  }, [assignment, form]);

  const submit = async (v: ReassignValues) => {
    const done = await run(form, () => unwrap(api.POST('/api/documents/{id}/assignments/{assignmentId}/reassign', {
      params: { path: { id: detail.document.id, assignmentId: assignment!.id } },
      body: { agencyId: v.agencyId, userId: v.userId ?? null, deadline: isoDay(v.deadline), note: v.note?.trim() || null },
    })), { DOCUMENT_ASSIGNEE_INVALID: 'agencyId' });
    if (!done) return;
    message.success(t('doc.done', { action: label }));
    onDone();
  };

  return (
    <Modal title={`${label}: ${assignment?.userName ?? assignment?.agencyName ?? ''}`} open={!!assignment} onCancel={onClose} onOk={() => form.submit()} okText={label}
      cancelText={t('common.cancel')} confirmLoading={busy} forceRender>
      <Form<ReassignValues> name="reassign" form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="agencyId" label={t('doc.unit')} rules={[{ required: true, message: t('doc.choose', { field: t('doc.unit').toLowerCase() }) }]}>
          <Select showSearch={{ filterOption }} options={agencies} onChange={() => form.setFieldValue('userId', null)} />
        </Form.Item>
        <Form.Item name="userId" label={t('doc.person')} extra={t('doc.personHint')}>
          <Select allowClear showSearch={{ filterOption }} options={people(agencyId)} />
        </Form.Item>
        <Form.Item name="deadline" label={t('doc.deadline')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={notPast} />
        </Form.Item>
        <Form.Item name="note" label={t('doc.note')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
