import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal } from 'antd';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useApiAction } from '../../ui/useApiAction';
import type { Dossier, DossierAction } from './api';

type ActionForm = { reason?: string; note?: string; items?: string; extraWorkingDays?: number; consignmentNumber?: string };
type ActionBarProps = { dossier: Dossier; onDone: (dossier: Dossier) => void };

const NEEDS_REASON: DossierAction[] = ['reject', 'refuse', 'withdraw', 'stop', 'request_supplement', 'extend', 'send_back'];
const DANGER: DossierAction[] = ['reject', 'refuse', 'withdraw', 'stop'];
const PRIMARY: DossierAction[] = ['submit', 'receive', 'approve', 'forward', 'return', 'resubmit', 'start_processing'];

/** One button per action the server allows this user now; each asks for what the action needs. */
export function ActionBar({ dossier, onDone }: ActionBarProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { run, busy } = useApiAction();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const [form] = Form.useForm<ActionForm>();
  const label = (action: DossierAction) => t(`action.${action}` as MessageKey);

  const submit = async (values: ActionForm) => {
    const action = open!;
    const body: Record<string, unknown> = { version: dossier.version };
    if (NEEDS_REASON.includes(action)) body.reason = values.reason?.trim();
    else if (values.note?.trim()) body.note = values.note.trim();
    if (action === 'request_supplement') body.items = (values.items ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    if (action === 'extend') body.extraWorkingDays = values.extraWorkingDays;
    if (action === 'return' && dossier.resultDelivery === 'post') body.consignmentNumber = values.consignmentNumber?.trim();
    const path = `/api/dossiers/{id}/${action.replace(/_/g, '-')}` as '/api/dossiers/{id}/receive';
    const updated = await run(() => unwrap(api.POST(path, { params: { path: { id: dossier.id } }, body: body as never })));
    if (!updated) return;
    message.success(t('dossier.done', { action: label(action) }));
    setOpen(null);
    form.resetFields();
    onDone(updated as Dossier);
  };

  if (dossier.actions.length === 0) return null;
  return (
    <>
      <Flex gap={8} wrap>
        {dossier.actions.map((action) => (
          <Button key={action} type={PRIMARY.includes(action) ? 'primary' : 'default'} danger={DANGER.includes(action)} onClick={() => setOpen(action)}>
            {label(action)}
          </Button>
        ))}
      </Flex>
      <Modal
        title={open ? label(open) : ''}
        open={open !== null}
        okText={open ? label(open) : ''}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: open ? DANGER.includes(open) : false }}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Form<ActionForm> name="dossierAction" form={form} layout="vertical" onFinish={submit} initialValues={{ extraWorkingDays: 3 }}>
          {open && NEEDS_REASON.includes(open) ? (
            <Form.Item name="reason" label={t('dossier.reason')} rules={[{ required: true, min: 3, message: t('form.required', { field: t('dossier.reason').toLowerCase() }) }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          ) : (
            <Form.Item name="note" label={t('dossier.note')}><Input.TextArea rows={2} /></Form.Item>
          )}
          {open === 'request_supplement' && (
            <Form.Item name="items" label={t('dossier.items')} rules={[{ required: true, message: t('form.required', { field: t('dossier.items').toLowerCase() }) }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {open === 'return' && dossier.resultDelivery === 'post' && (
            // Sent by post: the postal item's number, from the consignment slip.
            <Form.Item name="consignmentNumber" label={t('delivery.consignment')} extra={t('delivery.toAddress', { address: dossier.deliveryAddress ?? '' })}
              rules={[{ required: true, pattern: /^[A-Za-z0-9-]{6,30}$/, message: t('delivery.consignmentRequired') }]}>
              <Input autoComplete="off" />
            </Form.Item>
          )}
          {open === 'extend' && (
            <Form.Item name="extraWorkingDays" label={t('dossier.extraDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
