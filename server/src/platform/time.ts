// Việt Nam keeps UTC+7 all year; official documents show local dates as dd/MM/yyyy.
const OFFSET_MS = 7 * 3_600_000;
const local = (d: Date) => new Date(d.getTime() + OFFSET_MS).toISOString();

/** The local calendar day, 'yyyy-MM-dd'. */
export const localDay = (d: Date) => local(d).slice(0, 10);
/** dd/MM/yyyy */
export const vnDate = (d: Date) => {
  const s = local(d);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
};
/** HH:mm dd/MM/yyyy */
export const vnDateTime = (d: Date) => `${local(d).slice(11, 16)} ${vnDate(d)}`;
/** "09 giờ 30 phút, ngày 14/03/2025", as written on the one-stop forms. */
export const vnClock = (d: Date) => {
  const s = local(d);
  return `${s.slice(11, 13)} giờ ${s.slice(14, 16)} phút, ngày ${vnDate(d)}`;
};
