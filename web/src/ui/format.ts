import dayjs from 'dayjs';

const vnd = new Intl.NumberFormat('vi-VN');

/** 8000 → "8.000 đ" (Vietnamese thousands separator). */
export const formatVnd = (amount: number) => `${vnd.format(amount)} đ`;

/** Dates as Vietnamese users write them: dd/MM/yyyy. */
export const formatDate = (value: string | Date | null | undefined) => (value ? dayjs(value).format('DD/MM/YYYY') : '');

/** A processing time such as 1 or 0.5 working days, with a decimal comma. */
export const formatDays = (days: number) => vnd.format(days);

const provinceDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today as the province counts days (Vietnam, UTC+7), whatever the browser's time zone: the day the server files
 * today's work under. Between midnight and 7 in Vietnam a browser on UTC is still on yesterday.
 */
export const provinceToday = (now = new Date()) => dayjs(provinceDay.format(now));
