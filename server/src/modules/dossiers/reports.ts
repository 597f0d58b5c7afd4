import type { Queryable } from '../../platform/db.js';
import type { Principal } from '../../platform/principal.js';
import { catalog } from '../catalog/index.js';
import { identity } from '../identity/index.js';
import { checkReportAccess, isApplicantOnly, readableDossier } from './access.js';
import { dossierErrors } from './errors.js';
import { renderControlSheet, renderTrackingBook } from './forms.js';
import { resolutionTiming, STATUS_LABEL } from './lifecycle.js';
import { dossierQueries, dossierRepository as repo } from './repository.js';

async function formAgency(db: Queryable, agencyId: number) {
  const [agency, place] = await Promise.all([identity.agencyProfile(db, agencyId), identity.placeOf(db, agencyId)]);
  return { code: agency!.code, heading: { name: agency!.name, parentName: agency!.parentName, place, key: null } };
}

/** Form 06, the agencies' internal control sheet: never the applicant's to print. */
export async function controlSheet(db: Queryable, principal: Principal, id: number) {
  const d = await readableDossier(db, principal, id);
  if (isApplicantOnly(principal, d)) throw dossierErrors.notFound();
  const [agency, procedure, events] = await Promise.all([formAgency(db, d.receivingAgencyId), catalog.procedureForDossier(db, d.procedureId), repo.events(db, d.id)]);
  const pdf = await renderControlSheet(
    agency.heading,
    { ...d, procedureName: d.procedureName, processingDays: procedure!.processingDays, documents: procedure!.documents },
    events.map((e) => ({ at: e.at, agencyName: e.agencyName ?? 'Công dân', actorName: e.actorName, action: STATUS_LABEL[e.toStatus as keyof typeof STATUS_LABEL] ?? e.action, note: e.note })),
  );
  return { fileName: `mau-06-${d.code ?? d.id}.pdf`, pdf };
}

export async function counters(db: Queryable, principal: Principal, query: { agencyId: number; from: string; to: string }) {
  await checkReportAccess(db, principal, query.agencyId);
  return dossierQueries.counters(db, query.agencyId, query.from, query.to);
}

/** Form 07, the tracking book of an agency over a period. */
export async function trackingBook(db: Queryable, principal: Principal, { agencyId, from, to }: { agencyId: number; from: string; to: string }) {
  await checkReportAccess(db, principal, agencyId);
  const [agency, rows] = await Promise.all([formAgency(db, agencyId), dossierQueries.trackingBook(db, agencyId, from, to)]);
  const pdf = await renderTrackingBook(agency.heading, from, to, rows.map((r) => ({
    code: r.code, procedureName: r.procedureName, applicantName: r.applicant.fullName, applicantAddress: r.applicant.address ?? '',
    applicantPhone: r.applicant.phone ?? '', receivedAt: r.receivedAt, dueAt: r.dueAt, resolvedAt: r.resolvedAt, returnedAt: r.returnedAt,
    note: [STATUS_LABEL[r.status], r.outcome === 'refused' ? 'từ chối giải quyết' : '',
      r.resolvedAt && r.dueAt ? { early: 'trước hạn', on_time: 'đúng hạn', late: 'quá hạn' }[resolutionTiming(r.resolvedAt, r.dueAt)] : ''].filter(Boolean).join(', '),
  })));
  return { fileName: `mau-07-${agency.code}-${from}-${to}.pdf`, pdf };
}
