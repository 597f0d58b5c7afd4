/**
 * Meetings' public face: online meetings across endpoints (họp trực tuyến, điểm cầu). Administrators
 * register their agencies' endpoints (room, equipment, contact), each with a room page reached by a
 * keyed link that calls a heartbeat ("online": seen within 2 minutes). A leader of an agency schedules a
 * meeting across levels (whole levels, agencies, single endpoints); its invitation (Giấy mời) is issued
 * through the documents module in the same unit of work; each endpoint enters the Jitsi Meet room with a
 * signed room token (JITSI_BASE_URL, JITSI_APP_ID, JITSI_APP_SECRET); attendance is checked in from the
 * room page or recorded by the organiser; the minutes (Biên bản) are issued as a document; statistics
 * count meetings by month, organising agency and number of levels. Reads identity's agency_directory and
 * user_directory views; asks documents to issue documents.
 */
import { sealTextColumn } from '../../platform/personal-data.js';
export { meetingRoutes } from './routes.js';
/** Topics the module announces: a meeting scheduled (its invitation issued), its minutes issued. */
export { MEETING_MINUTES_ISSUED, MEETING_SCHEDULED } from './service.js';
/** Room tokens as Jitsi Meet's token authentication checks them (for tools and tests). */
export { jitsiTokens, type Jitsi } from './jitsi.js';

export const OWNED_TABLES = ['meeting_endpoints', 'meetings', 'meeting_participants'] as const;

/** Its personal data sealed at rest (platform/personal-data.ts): the endpoints' contact phones. */
export const meetingPersonalData = [sealTextColumn('meeting_endpoints', 'contact_phone')];
