export type WorkingPeriod = { start: string; end: string };

/** "07:00-11:30, 13:30-17:00" ⇄ [{ start, end }, …]; blank means the default hours (null). */
export function formatWorkingHours(hours: WorkingPeriod[] | null | undefined): string {
  return (hours ?? []).map((p) => `${p.start}-${p.end}`).join(', ');
}

export function parseWorkingHours(text: string): WorkingPeriod[] | null | 'invalid' {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const periods = trimmed.split(/[,;]/).map((part) => /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/.exec(part));
  if (periods.some((m) => !m)) return 'invalid';
  return periods.map((m) => ({ start: `${m![1]!.padStart(2, '0')}:${m![2]}`, end: `${m![3]!.padStart(2, '0')}:${m![4]}` }));
}
