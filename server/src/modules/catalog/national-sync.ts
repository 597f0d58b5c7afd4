import type { Tx } from '../../platform/db.js';
import type { UnitOfWork } from '../../platform/unit-of-work.js';
import { catalogRepository as repo } from './repository.js';
import { procedureForDossier } from './service.js';

/** A procedure as the national catalog (Cơ sở dữ liệu quốc gia về TTHC) describes it. */
export type NationalProcedure = {
  code: string; name: string; fieldCode: string; fieldName: string; level: 'province' | 'district' | 'commune';
  processingDays: number; onlineLevel: 'full' | 'partial'; legalBasis: string; result: string;
};

/** The fields the national catalog owns: the province keeps its own agency, documents, form, fees and workflow. */
const NATIONAL_FIELDS = ['name', 'fieldCode', 'processingDays', 'onlineLevel', 'legalBasis', 'result'] as const;
type NationalField = (typeof NATIONAL_FIELDS)[number];

export type CatalogChange = { code: string; change: 'added' | 'updated' | 'unchanged'; procedureIds: number[]; fields: NationalField[] };

type Current = { id: number; name: string; fieldCode: string; processingDays: string; onlineLevel: 'full' | 'partial'; legalBasis: string; result: string };

/**
 * Applies one national procedure to the province's catalog, by its national code, inside the caller's
 * unit of work: each of the province's procedures with that code gets the national fields that changed;
 * a code the province does not have yet is added unpublished, at `defaultAgencyId` (the province), with
 * the default workflow, for the province admin to complete (agency, documents, form, fees) and publish.
 */
export async function applyNationalProcedure(uow: UnitOfWork, p: NationalProcedure, defaultAgencyId: number): Promise<CatalogChange> {
  const { tx } = uow;
  await ensureField(tx, p.fieldCode, p.fieldName);
  const current = (await tx.query<Current>(
    `SELECT id, name, field_code AS "fieldCode", processing_days AS "processingDays", online_level AS "onlineLevel", legal_basis AS "legalBasis", result
       FROM procedures WHERE national_code = $1 ORDER BY id FOR UPDATE`, [p.code])).rows;
  if (current.length === 0) {
    const id = await repo.insert(tx, {
      nationalCode: p.code, name: p.name, fieldCode: p.fieldCode, level: p.level, agencyId: defaultAgencyId, processingDays: p.processingDays,
      onlineLevel: p.onlineLevel, legalBasis: p.legalBasis, result: p.result, documents: [], feeVnd: 0, published: false,
    });
    await repo.insertDefaultWorkflow(tx, id);
    uow.audit({ agencyId: defaultAgencyId, action: 'procedure.national_add', entity: 'procedure', entityId: id, data: { nationalCode: p.code, name: p.name } });
    return { code: p.code, change: 'added', procedureIds: [id], fields: [...NATIONAL_FIELDS] };
  }
  const changed = new Set<NationalField>();
  for (const row of current) {
    const fields = NATIONAL_FIELDS.filter((f) => (f === 'processingDays' ? Number(row.processingDays) !== Number(p.processingDays) : row[f] !== p[f]));
    if (fields.length === 0) continue;
    await repo.update(tx, row.id, Object.fromEntries(fields.map((f) => [f, p[f]])));
    procedureForDossier.forget(row.id);
    fields.forEach((f) => changed.add(f));
    uow.audit({ action: 'procedure.national_update', entity: 'procedure', entityId: row.id, data: { nationalCode: p.code, fields } });
  }
  return { code: p.code, change: changed.size > 0 ? 'updated' : 'unchanged', procedureIds: current.map((r) => r.id), fields: [...changed] };
}

/** A field (lĩnh vực) the national catalog names and the province lacks is added under the national code and name. */
async function ensureField(tx: Tx, code: string, name: string) {
  await tx.query('INSERT INTO procedure_fields (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING', [code, name]);
}
