import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Button, SelectField, TextArea, TextField } from '../../ui/kit';
import type { Dossier } from '../dossiers/api';

export type FormField = Dossier['formFields'][number];
type Answers = Record<string, string>;
type Address = { province?: string; district?: string; commune?: string; street?: string };
type Unit = { id: string; name: string };

const parse = <T,>(value: string | undefined, fallback: T): T => {
  try {
    return value ? (JSON.parse(value) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** Whether a field shows with these answers (the server decides the same way: catalog/eform.ts). */
export function isShown(field: FormField, fields: FormField[], answers: Answers, depth = 0): boolean {
  if (!field.showIf || depth > fields.length) return true;
  const on = fields.find((f) => f.name === field.showIf!.field);
  if (!on || !isShown(on, fields, answers, depth + 1)) return false;
  return on.type === 'multiselect' ? parse<string[]>(answers[on.name], []).includes(field.showIf.equals) : answers[on.name] === field.showIf.equals;
}

const units = new Map<string, Promise<Unit[]>>();
const loadUnits = (parent?: string) => {
  const key = parent ?? '';
  if (!units.has(key)) units.set(key, unwrap(api.GET('/api/administrative-units', { params: { query: parent ? { parent } : {} } })).then((r) => r.items).catch(() => []));
  return units.get(key)!;
};

/** Province, district and commune from the administrative-unit list, then the street. */
function AddressField({ field, value, onChange, error }: { field: FormField; value: string | undefined; onChange: (value: string) => void; error?: string }) {
  const { t } = useI18n();
  const address = parse<Address>(value, {});
  const [provinces, setProvinces] = useState<Unit[]>([]);
  const [districts, setDistricts] = useState<Unit[]>([]);
  const [communes, setCommunes] = useState<Unit[]>([]);
  useEffect(() => void loadUnits().then(setProvinces), []);
  useEffect(() => void (address.province ? loadUnits(address.province).then(setDistricts) : setDistricts([])), [address.province]);
  useEffect(() => void (address.province && address.district ? loadUnits(`${address.province}/${address.district}`).then(setCommunes) : setCommunes([])), [address.province, address.district]);
  const set = (patch: Address) => onChange(JSON.stringify({ ...address, ...patch }));
  const options = (list: Unit[]) => [{ value: '', label: t('eform.choose') }, ...list.map((u) => ({ value: u.id, label: u.name }))];
  return (
    <fieldset className={`kit-fieldset${error ? ' kit-field-error' : ''}`}>
      <legend className="kit-label">{field.label}{field.required ? ' *' : ''}</legend>
      <SelectField label={t('eform.province')} value={address.province ?? ''} options={options(provinces)} onChange={(e) => set({ province: e.target.value, district: undefined, commune: undefined })} />
      <SelectField label={t('eform.district')} value={address.district ?? ''} options={options(districts)} disabled={!address.province} onChange={(e) => set({ district: e.target.value, commune: undefined })} />
      <SelectField label={t('eform.commune')} value={address.commune ?? ''} options={options(communes)} disabled={!address.district} onChange={(e) => set({ commune: e.target.value })} />
      <TextField label={t('eform.street')} value={address.street ?? ''} onChange={(e) => set({ street: e.target.value })} autoComplete="address-line1" />
      {error && <span className="kit-error" role="alert">{error}</span>}
    </fieldset>
  );
}

/** Rows of a table field, one line per row, each column an input. */
function TableField({ field, value, onChange, error }: { field: FormField; value: string | undefined; onChange: (value: string) => void; error?: string }) {
  const { t } = useI18n();
  const rows = parse<Record<string, string>[]>(value, []);
  const set = (next: Record<string, string>[]) => onChange(next.length ? JSON.stringify(next) : '');
  return (
    <fieldset className={`kit-fieldset${error ? ' kit-field-error' : ''}`}>
      <legend className="kit-label">{field.label}{field.required ? ' *' : ''}</legend>
      {rows.map((row, i) => (
        <div key={i} className="kit-table-row">
          <span className="kit-small kit-muted">{t('eform.row', { n: i + 1 })}</span>
          {(field.columns ?? []).map((c) => (
            <TextField key={c.name} label={c.label} type={c.type === 'date' ? 'date' : 'text'} inputMode={c.type === 'number' ? 'decimal' : undefined} value={row[c.name] ?? ''}
              onChange={(e) => set(rows.map((r, j) => (j === i ? { ...r, [c.name]: e.target.value } : r)))} />
          ))}
          <Button onClick={() => set(rows.filter((_, j) => j !== i))}>{t('eform.removeRow', { n: i + 1 })}</Button>
        </div>
      ))}
      <Button onClick={() => set([...rows, {}])}>{t('eform.addRow')}</Button>
      {error && <span className="kit-error" role="alert">{error}</span>}
    </fieldset>
  );
}

/**
 * The e-form as the citizen fills it in, each field by its type, hidden fields left out, each error
 * next to its field. Also the designer's phone preview.
 */
export function EFormFields({ fields, answers, onChange, errors = {} }: { fields: FormField[]; answers: Answers; onChange: (name: string, value: string) => void; errors?: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <>
      {fields.filter((f) => f.type !== 'file' && isShown(f, fields, answers)).map((field) => {
        const value = answers[field.name] ?? '';
        const error = errors[field.name] || undefined;
        const change = (v: string) => onChange(field.name, v);
        const common = { label: field.label, value, required: field.required, error, hint: field.hint, onChange: (e: { target: { value: string } }) => change(e.target.value) };
        switch (field.type) {
          case 'textarea': return <TextArea key={field.name} {...common} />;
          case 'select': return <SelectField key={field.name} {...common} options={[{ value: '', label: t('eform.choose') }, ...(field.options ?? []).map((o) => ({ value: o, label: o }))]} />;
          case 'multiselect': {
            const chosen = parse<string[]>(value, []);
            return (
              <fieldset key={field.name} className={`kit-fieldset${error ? ' kit-field-error' : ''}`}>
                <legend className="kit-label">{field.label}{field.required ? ' *' : ''}</legend>
                {(field.options ?? []).map((o) => (
                  <label key={o} className="kit-check">
                    <input type="checkbox" checked={chosen.includes(o)} onChange={(e) => {
                      const next = e.target.checked ? [...chosen, o] : chosen.filter((c) => c !== o);
                      change(next.length ? JSON.stringify(next) : '');
                    }} />{o}
                  </label>
                ))}
                {error && <span className="kit-error" role="alert">{error}</span>}
              </fieldset>
            );
          }
          case 'checkbox':
            return (
              <div key={field.name} className={error ? 'kit-field-error' : undefined}>
                <label className="kit-check"><input type="checkbox" checked={value === 'true'} onChange={(e) => change(e.target.checked ? 'true' : '')} />{field.label}{field.required ? ' *' : ''}</label>
                {error && <span className="kit-error" role="alert">{error}</span>}
              </div>
            );
          case 'address': return <AddressField key={field.name} field={field} value={value} onChange={change} error={error} />;
          case 'table': return <TableField key={field.name} field={field} value={value} onChange={change} error={error} />;
          default:
            return (
              <TextField key={field.name} {...common}
                type={field.type === 'date' ? 'date' : field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : 'text'}
                inputMode={field.type === 'number' ? 'decimal' : field.type === 'money' || field.type === 'id_number' ? 'numeric' : field.type === 'phone' ? 'tel' : undefined}
                autoComplete={field.type === 'phone' ? 'tel' : field.type === 'email' ? 'email' : undefined}
                hint={field.hint ?? (field.type === 'money' ? t('eform.moneyHint') : undefined)} />
            );
        }
      })}
    </>
  );
}
