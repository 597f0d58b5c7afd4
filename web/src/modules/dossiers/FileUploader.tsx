import { useRef } from 'react';
import { App, Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n';
import { useApiAction } from '../../ui/useApiAction';
import { uploadDossierFile, type FileKind } from './api';

type FileUploaderProps = { dossierId: number; kind: FileKind; label: string; buttonLabel?: string; disabled?: boolean; onUploaded: () => void };

/** A button that picks one PDF/JPEG/PNG and attaches it to the dossier under `label`. */
export function FileUploader({ dossierId, kind, label, buttonLabel, disabled, onUploaded }: FileUploaderProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { run, busy } = useApiAction();
  const input = useRef<HTMLInputElement>(null);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    const done = await run(async () => {
      await uploadDossierFile(dossierId, kind, label, file);
      return true;
    });
    if (input.current) input.current.value = '';
    if (done) {
      message.success(t('dossier.uploaded', { name: file.name }));
      onUploaded();
    }
  };
  return (
    <>
      <input ref={input} type="file" accept="application/pdf,image/jpeg,image/png" hidden aria-label={`${buttonLabel ?? t('dossier.upload')}: ${label}`}
        onChange={(e) => void pick(e.target.files?.[0])} />
      <Button icon={<UploadOutlined />} loading={busy} disabled={disabled || !label.trim()} onClick={() => input.current?.click()}>
        {buttonLabel ?? t('dossier.upload')}
      </Button>
    </>
  );
}
