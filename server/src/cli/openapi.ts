// Writes the OpenAPI document and the web client's TypeScript types generated from it
// (web/src/api/schema.d.ts), so the two sides cannot drift. `npm run openapi` after changing a schema.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateClientTypes, openApiDocument } from './openapi-document.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/src/api/schema.d.ts');
const document = await openApiDocument();
await fs.writeFile(target, await generateClientTypes(document));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
