import { useEffect, useId, useMemo, useRef, useState } from 'react';
import './feedback.css';
import { useI18n } from '../../i18n/i18n';
import { Button } from '../../ui/kit';

export const MAX_PHOTOS = 5;
/** What the server accepts (checked again there, by content). */
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 10 * 1024 * 1024;

type PhotoPickerProps = { photos: File[]; onChange: (photos: File[]) => void; error?: string };

/**
 * Up to five photos, each shown as a preview with a "remove" button; a phone offers its camera. The files
 * leave the device only with the report, where the server re-encodes them (their location metadata gone).
 */
export function PhotoPicker({ photos, onChange, error }: PhotoPickerProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [refused, setRefused] = useState<string>();
  const previews = useMemo(() => photos.map((file) => URL.createObjectURL(file)), [photos]);
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);

  const add = (chosen: FileList | null) => {
    setRefused(undefined);
    const files = [...(chosen ?? [])];
    const wrongType = files.find((f) => !ACCEPTED.includes(f.type));
    const tooBig = files.find((f) => f.size > MAX_BYTES);
    const fitting = files.filter((f) => ACCEPTED.includes(f.type) && f.size <= MAX_BYTES);
    const room = MAX_PHOTOS - photos.length;
    if (wrongType) setRefused(t('feedback.photos.wrongType', { name: wrongType.name }));
    else if (tooBig) setRefused(t('feedback.photos.tooBig', { name: tooBig.name }));
    else if (fitting.length > room) setRefused(t('feedback.photos.tooMany', { max: MAX_PHOTOS }));
    onChange([...photos, ...fitting.slice(0, Math.max(0, room))]);
    if (input.current) input.current.value = '';
  };
  const shown = error ?? refused;

  return (
    <div className={shown ? 'kit-field kit-field-error' : 'kit-field'}>
      <span className="kit-label" id={`${id}-label`}>{t('feedback.photos.label')}</span>
      <span className="kit-hint" id={`${id}-hint`}>{t('feedback.photos.hint', { max: MAX_PHOTOS })}</span>
      {photos.length > 0 && (
        <ul className="fb-photos" aria-labelledby={`${id}-label`}>
          {photos.map((file, i) => (
            <li key={`${file.name}-${i}`}>
              <img src={previews[i]} alt={t('feedback.photos.preview', { n: i + 1, name: file.name })} />
              <Button onClick={() => onChange(photos.filter((_, j) => j !== i))} aria-label={t('feedback.photos.removeOne', { n: i + 1, name: file.name })}>
                {t('feedback.photos.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <input ref={input} type="file" accept={ACCEPTED.join(',')} multiple hidden onChange={(e) => add(e.target.files)} aria-labelledby={`${id}-label`} />
      <div>
        <Button onClick={() => input.current?.click()} disabled={photos.length >= MAX_PHOTOS} aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}>
          {t('feedback.photos.add')} ({photos.length}/{MAX_PHOTOS})
        </Button>
      </div>
      {shown && <div id={`${id}-error`} className="kit-error" role="alert">{shown}</div>}
    </div>
  );
}
