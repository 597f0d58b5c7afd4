/**
 * Documents' public face: registers, incoming and outgoing official documents, direction and
 * assignments, drafting, review, personal and agency signatures, numbering, and the exchange with the
 * national document axis (edXML). Reads identity's agency_directory and user_directory views.
 */
import type { ModuleDeps } from '../../platform/context.js';
import { axisSender, axisStatusSender } from './exchange.js';

export { documentRoutes } from './routes.js';
export { pollAxis, startAxisPolling } from './exchange.js';
export { documentStatistics, type DocumentFigures } from './statistics.js';
/**
 * Issues, inside the caller's unit of work, a document the caller composed from its own records (a
 * meeting's Giấy mời or Biên bản): signed by a leader of the agency, numbered in its outgoing register,
 * sealed with the agency's key and sent to the recipient agencies as any issued document.
 */
export { issueComposed, type ComposedDocument } from './service.js';
/** Topics the module announces: every change of a document's state, and an issue to recipients over the axis. */
export { DOCUMENT_CHANGED, DOCUMENT_ISSUED } from './service.js';

export const OWNED_TABLES = [
  'document_registers', 'documents', 'document_attachments', 'document_recipients', 'document_reviews', 'document_assignments', 'document_history', 'axis_messages',
] as const;

/** The module's background deliveries: sending over the axis and reporting statuses to senders. */
export const documentSubscriptions = (deps: ModuleDeps) => [axisSender(deps), axisStatusSender(deps)];
