import type { Queryable } from '../../platform/db.js';

export type DocumentFigures = { received: number; receivedElectronically: number; sent: number; sentElectronically: number; signed: number };

/**
 * Documents of a set of agencies over a period of local days, for the operations center: received
 * (registered), of which electronically (from an agency on the platform or over the axis); issued, of which
 * sent electronically (to recipients on the platform) and digitally signed. No access check: the caller's.
 */
export async function documentStatistics(db: Queryable, agencyIds: number[], from: string, to: string): Promise<DocumentFigures> {
  return (await db.query<DocumentFigures>(`
    WITH incoming AS (SELECT d.channel FROM documents d WHERE d.agency_id = ANY($1::bigint[]) AND d.direction = 'incoming' AND d.number IS NOT NULL
                        AND (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date),
         outgoing AS (SELECT d.id, d.signed_at FROM documents d WHERE d.agency_id = ANY($1::bigint[]) AND d.direction = 'outgoing' AND d.status = 'issued'
                        AND d.issued_on BETWEEN $2::date AND $3::date)
    SELECT (SELECT count(*) FROM incoming)::int AS received,
           (SELECT count(*) FROM incoming WHERE channel IN ('platform', 'axis'))::int AS "receivedElectronically",
           (SELECT count(*) FROM outgoing)::int AS sent,
           (SELECT count(*) FROM outgoing o WHERE EXISTS (SELECT 1 FROM document_recipients r WHERE r.document_id = o.id))::int AS "sentElectronically",
           (SELECT count(*) FROM outgoing WHERE signed_at IS NOT NULL)::int AS signed`, [agencyIds, from, to])).rows[0]!;
}
