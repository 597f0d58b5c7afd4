import type { Queryable } from '../platform/db.js';
import { rebuildOperationsRollups } from '../modules/operations/index.js';

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vi Thị Hoa', 'Lộc Văn Khánh', 'Nông Thị Lan'];

/**
 * A year of one-stop history for the operations center's demo: for each demo procedure, dossiers received
 * on past days (never today, so that their codes never meet a real reception's), most resolved (some late),
 * some still open or awaiting a supplement, some paid online and rated; then the rollups are built from
 * them. Called inside the province seed transaction, after the procedures (and the other seeds).
 */
export async function seedDemoOperations(tx: Queryable, _agencyIds: Map<string, number>): Promise<void> {
  await tx.query(`
    WITH made AS (
      SELECT p.id AS procedure_id, p.name AS procedure_name, p.agency_id, a.code AS agency_code, i,
             row_number() OVER (ORDER BY p.id, i) AS n,
             date_trunc('day', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') AT TIME ZONE 'Asia/Ho_Chi_Minh'
               - ((i * 37 + p.id * 11) % 360 + 1) * interval '1 day' + interval '8 hours' + (i % 7) * interval '1 hour' AS received
        FROM procedures p JOIN agencies a ON a.id = p.agency_id CROSS JOIN generate_series(1, 24) AS i),
    shaped AS (
      SELECT m.*, m.received + interval '7 days' AS due,
             received > now() - interval '12 days' AND i % 3 = 0 AS open,
             CASE WHEN i % 9 = 0 THEN interval '9 days' ELSE (i % 6) * interval '1 day' END AS took
        FROM made m),
    inserted AS (
      INSERT INTO dossiers (procedure_id, procedure_name, receiving_agency_id, current_agency_id, applicant, channel, status, outcome,
                            current_step, submitted_at, received_at, processing_hours, due_at, resolved_at, returned_at, supplement_count,
                            payment_status, paid_at, rating, tracking_code, code, created_at, updated_at)
      SELECT procedure_id, procedure_name, agency_id, agency_id,
             jsonb_build_object('fullName', ($1::text[])[1 + n % 8], 'kind', 'citizen'),
             CASE WHEN i % 5 < 3 THEN 'online' ELSE 'counter' END,
             CASE WHEN open THEN (CASE WHEN i % 2 = 0 THEN 'awaiting_supplement' ELSE 'processing' END) ELSE 'returned' END,
             CASE WHEN open THEN NULL ELSE 'approved' END, CASE WHEN open THEN 1 END,
             received - interval '1 hour', received, 40, due,
             CASE WHEN open THEN NULL ELSE received + took END, CASE WHEN open THEN NULL ELSE received + took + interval '2 hours' END,
             CASE WHEN open AND i % 2 = 0 THEN 1 WHEN i % 11 = 0 THEN 2 ELSE 0 END,
             CASE WHEN i % 4 = 0 THEN 'paid' ELSE 'none' END, CASE WHEN i % 4 = 0 THEN received + interval '30 minutes' END,
             CASE WHEN open OR i % 3 <> 0 THEN NULL WHEN i % 12 = 0 THEN 'unsatisfied' ELSE 'satisfied' END,
             'TS-DEMO' || n, format('%s-%s-%s', agency_code, to_char(received AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD'), lpad((9000 + n % 1000)::text, 4, '0')),
             received, received
        FROM shaped
      RETURNING id, receiving_agency_id, received_at, status, paid_at)
    , access AS (INSERT INTO dossier_agencies (dossier_id, agency_id) SELECT id, receiving_agency_id FROM inserted)
    , paid AS (INSERT INTO dossier_events (dossier_id, at, agency_id, action, from_status, to_status, note, data)
       SELECT id, paid_at, receiving_agency_id, 'record_payment', status, status, 'Dữ liệu trình diễn', jsonb_build_object('channel', CASE WHEN id % 2 = 0 THEN 'online' ELSE 'counter' END)
         FROM inserted WHERE paid_at IS NOT NULL)
    INSERT INTO dossier_events (dossier_id, at, agency_id, action, from_status, to_status, note)
    SELECT id, received_at, receiving_agency_id, 'receive', 'submitted', status, 'Dữ liệu trình diễn của trung tâm điều hành' FROM inserted`, [NAMES]);
  await rebuildOperationsRollups(tx);
}
