/** Opening hours of an agency: working periods of a day, local time 'HH:mm'. */
export type WorkingHours = { start: string; end: string }[];

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** Opening hours are usable when each period ends after it starts and periods do not overlap. */
export function validWorkingHours(hours: WorkingHours): boolean {
  const periods = hours.map((p) => ({ start: minutesOf(p.start), end: minutesOf(p.end) })).sort((a, b) => a.start - b.start);
  return periods.length > 0 && periods.every((p, i) => p.end > p.start && (i === 0 || p.start >= periods[i - 1]!.end));
}
