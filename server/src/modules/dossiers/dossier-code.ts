import { localDay } from '../../platform/time.js';

/**
 * Dossier codes: `{agency code}-{yyMMdd}-{NNNN}`, the receiving agency's code, the reception date
 * (Vietnamese local date) and a sequence restarting each day per agency; more digits past 9,999.
 */
export function formatDossierCode(agencyCode: string, receivedAt: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('sequence must be a positive integer');
  const day = localDay(receivedAt);
  const yyMMdd = day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);
  return `${agencyCode}-${yyMMdd}-${String(sequence).padStart(4, '0')}`;
}

const CODE = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,7})$/;

export function parseDossierCode(code: string): { agencyCode: string; date: string; sequence: number } | null {
  const match = CODE.exec(code.trim());
  if (!match) return null;
  const [, agencyCode, yy, mm, dd, seq] = match;
  return { agencyCode: agencyCode!, date: `20${yy}-${mm}-${dd}`, sequence: Number(seq) };
}
