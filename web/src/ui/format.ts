import dayjs from 'dayjs';

const vnd = new Intl.NumberFormat('vi-VN');

/** 8000 → "8.000 đ" (Vietnamese thousands separator). */
export const formatVnd = (amount: number) => `${vnd.format(amount)} đ`;

/** Dates as Vietnamese users write them: dd/MM/yyyy. */
export const formatDate = (value: string | Date | null | undefined) => (value ? dayjs(value).format('DD/MM/YYYY') : '');

/** A processing time such as 1 or 0.5 working days, with a decimal comma. */
export const formatDays = (days: number) => vnd.format(days);
