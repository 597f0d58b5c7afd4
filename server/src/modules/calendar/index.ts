/**
 * The working calendar's public face: deadline arithmetic in working time for an agency. Table owned:
 * calendar_days; asks identity for opening hours.
 */
export { agencyCalendars, calendarFor } from './service.js';
export { HOURS_PER_WORKING_DAY, WorkingCalendar } from './working-calendar.js';
export { calendarRoutes } from './routes.js';

export const OWNED_TABLES = ['calendar_days'] as const;
