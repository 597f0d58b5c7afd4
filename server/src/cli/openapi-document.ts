import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createPool } from '../platform/db.js';

/** The OpenAPI document of the whole API, built without a database connection or a listening port. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const db = createPool('postgres://unused@127.0.0.1:1/unused', 1);
  const app = await buildApp({ config: { ...loadConfig({}), webDist: undefined, logLevel: 'silent' }, db, documentOnly: true });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  await db.end();
  return document;
}

export async function generateClientTypes(document: Record<string, unknown>): Promise<string> {
  const header = '// Generated from the server\'s OpenAPI document by `npm run openapi`. Do not edit.\n';
  return header + astToString(await openapiTS(document as never));
}
