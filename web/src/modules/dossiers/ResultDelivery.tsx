import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatVnd } from '../../ui/format';
import { Section, TextField, useRequest } from '../../ui/kit';
import type { Dossier } from './api';

/**
 * Where the paper result goes: the counter, or the applicant's address by public postal service (the
 * postage is added to what the dossier owes). Saved as soon as it is chosen; the address when it is left.
 */
export function ResultDeliveryChoice({ dossier, onSaved }: { dossier: Dossier; onSaved: (saved: Dossier) => void }) {
  const { t } = useI18n();
  const [method, setMethod] = useState(dossier.resultDelivery);
  const [address, setAddress] = useState(dossier.deliveryAddress ?? dossier.applicant.address ?? '');
  const save = useRequest();
  const persist = async (next: 'counter' | 'post', where: string) => {
    if (next === 'post' && !where.trim()) return;
    const saved = await save.run(() => unwrap(api.PATCH('/api/dossiers/{id}', {
      params: { path: { id: dossier.id } }, body: { resultDelivery: next === 'post' ? { method: 'post', address: where.trim() } : { method: 'counter' } },
    })));
    if (saved) onSaved(saved);
  };
  return (
    <Section title={t('delivery.title')} id="nhan-ket-qua">
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="sr-only">{t('delivery.title')}</legend>
        {(['counter', 'post'] as const).map((m) => (
          <label key={m} style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 44 }}>
            <input type="radio" name="resultDelivery" value={m} checked={method === m} style={{ width: 20, height: 20 }}
              onChange={() => {
                setMethod(m);
                void persist(m, address);
              }} />
            {m === 'counter' ? t('delivery.counter') : t('delivery.post', { postage: formatVnd(dossier.postageVnd) })}
          </label>
        ))}
      </fieldset>
      {method === 'post' && (
        <TextField label={t('delivery.address')} value={address} required autoComplete="street-address"
          onChange={(e) => setAddress(e.target.value)} onBlur={() => void persist('post', address)}
          error={save.error?.message ?? (address.trim() ? undefined : t('form.required', { field: t('delivery.address').toLowerCase() }))} />
      )}
    </Section>
  );
}
