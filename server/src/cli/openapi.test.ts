import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateClientTypes, openApiDocument } from './openapi-document.js';

describe('the web client types', () => {
  it('match the current OpenAPI document (run `npm run openapi` after changing a schema)', async () => {
    const committed = await fs.readFile(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/src/api/schema.d.ts'), 'utf8');
    expect(committed).toBe(await generateClientTypes(await openApiDocument()));
  });

  it('documents every API route with a response schema', async () => {
    const document = await openApiDocument();
    const paths = document.paths as Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    expect(Object.keys(paths)).toContain('/api/procedures');
    for (const [route, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(Object.keys(operation.responses ?? {}).some((code) => code.startsWith('2')), `${method} ${route}`).toBe(true);
      }
    }
  });
});
