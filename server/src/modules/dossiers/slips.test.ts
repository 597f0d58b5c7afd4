import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../../../test/samples.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

// With the job worker running, as on a node with JOBS=true.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ jobs: true });
});
afterAll(() => t.close());

describe('the receipt slip (form 01)', () => {
  it('is rendered and signed after the reception commits: 409 until it is, then downloadable', async () => {
    const citizen = await t.login('citizen');
    const desk = await t.login('tiepnhan.chilang');
    const id = (await t.db.query<{ id: number }>(`SELECT id FROM procedures WHERE national_code = '2.000815'`)).rows[0]!.id;
    const procedure = (await citizen.get(`/api/procedures/${id}`)).body;
    const draft = await citizen.post('/api/dossiers', {
      procedureId: id, formData: Object.fromEntries(procedure.formFields.map((f: { name: string; type: string }) => [f.name, f.type === 'date' ? '2026-01-15' : f.type === 'number' ? '2' : 'Giấy khai sinh'])),
    });
    for (const doc of draft.body.procedureDocuments.filter((d: { optional?: boolean }) => !d.optional)) {
      await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: doc.name }, { name: 'a.pdf', data: await samplePdf('a'), type: 'application/pdf' });
    }
    expect((await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {})).status).toBe(200);
    const received = await desk.post(`/api/dossiers/${draft.body.id}/receive`, {});
    expect(received.status).toBe(200);
    const receivedAt = Date.now();
    const slip = received.body.files.find((f: { label: string }) => f.label === 'Mẫu 01');
    let status = 0;
    // How soon is the benchmark's to say; a first render in a fresh process (fonts, JIT) takes about a second here.
    while (Date.now() - receivedAt < 15_000 && status !== 200) {
      status = (await desk.download(`/api/dossiers/${draft.body.id}/files/${slip.id}`)).status;
      if (status !== 200) {
        expect(status).toBe(409);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    expect(status, 'slip not ready within 15 s').toBe(200);
    const detail = await citizen.get(`/api/dossiers/${draft.body.id}`);
    expect(detail.body.files.find((f: { id: number }) => f.id === slip.id).ready).toBe(true);
  });
});
