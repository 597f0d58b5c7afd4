import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier, buildProcedure } from '../../../test/factories.js';
import { pdfsig, pdftotext, samplePdf } from '../../../test/samples.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { startDocumentAxisProcess, type DocumentAxisProcess } from '../../../../simulators/document-axis/process.js';
import { verifySignedPdf } from '../../platform/pdf-verify.js';
import { issueKeyFile, loadAgencyKey, personalKeyPath } from '../../platform/pki.js';
import { trustedCaCertificates } from '../../platform/signing.js';
import { buildEdxml, documentIdOf, signEdxml, type EdxmlMessage } from './edxml.js';
import { pollAxis } from './exchange.js';

const run = promisify(execFile);

let t: TestApp;
let axis: DocumentAxisProcess;
let ids: Record<string, number>;
let stp: number;
let tpls: number;
let chilang: number;
const EXTERNAL = { organId: '000.00.00.H06', organName: 'UBND tỉnh Bắc Giang' };

beforeAll(async () => {
  axis = await startDocumentAxisProcess();
  const token = 'test-axis-token';
  t = await startTestApp({ documentAxis: { url: axis.url, token } });
  const agencies = await t.db.query<{ code: string }>('SELECT code FROM agencies');
  await axis.registerEndpoint({ endpointId: 'tinh-so', token, organIds: agencies.rows.map((a) => a.code) });
  await axis.control('/__external', { organs: [EXTERNAL] });
  const users = await t.db.query<{ id: number; username: string }>('SELECT id, username FROM users');
  ids = Object.fromEntries(users.rows.map((u) => [u.username, u.id]));
  [stp, tpls, chilang] = await Promise.all([t.agencyId('000.00.12.H37'), t.agencyId('000.00.21.H37'), t.agencyId('000.01.21.H37')]);
});
afterAll(async () => {
  await t?.close();
  await axis?.stop();
});

const detail = async (c: ApiClient, id: number) => {
  const r = await c.get(`/api/documents/${id}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

/** Drafts, passes review, signs and issues a document of Sở Tư pháp; returns its id and number. */
async function issued(recipients: object[], summary = 'Về việc triển khai thi hành Luật Hộ tịch') {
  const drafter = await t.login('chuyenvien.stp');
  const leader = await t.login('lanhdao.stp');
  const clerk = await t.login('vanthu.stp');
  const created = await drafter.post('/api/documents', {
    agencyId: stp, docType: 'CV', unitSymbol: 'HCTP', summary, body: 'Sở Tư pháp đề nghị các đơn vị triển khai.\nBáo cáo kết quả trước ngày 15.',
    urgency: 1, confidentiality: 0, recipients, signerId: ids['lanhdao.stp'], signerPosition: 'Giám đốc',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as number;
  expect((await drafter.post(`/api/documents/${id}/submit`, { reviewerIds: [], version: 1 })).status).toBe(200);
  const signed = await leader.post(`/api/documents/${id}/sign`, { version: (await detail(leader, id)).document.version });
  expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  const issue = await clerk.post(`/api/documents/${id}/issue`, { version: (await detail(clerk, id)).document.version });
  expect(issue.status, JSON.stringify(issue.body)).toBe(200);
  return { id, numberSymbol: issue.body.numberSymbol as string, clerk, leader, drafter };
}

describe('incoming documents: register, direct, assign, complete', () => {
  it('a paper document goes from the clerk to the leader to the departments and is done when its lead reports', async () => {
    const clerk = await t.login('vanthu.tpls');
    const leader = await t.login('lanhdao.tpls');
    const registered = await clerk.post('/api/documents/incoming', {
      agencyId: tpls, docType: 'CV', numberSymbol: '245/UBND-KT', issuedOn: '2026-11-20', issuerName: 'UBND tỉnh Lạng Sơn',
      summary: 'Về việc rà soát hồ sơ đất đai tồn đọng', urgency: 2, confidentiality: 0, leaderId: ids['lanhdao.tpls'],
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const id = registered.body.id;
    let d = await detail(clerk, id);
    expect(d.document).toMatchObject({ status: 'registered', channel: 'paper', leaderName: 'Trần Đức Long' });
    expect(d.document.number).toBeGreaterThan(0);
    // The scan is its main file.
    expect((await clerk.upload(`/api/documents/${id}/attachments`, {}, { name: 'ban-quet.pdf', data: await samplePdf('Van ban thu nghiem'), type: 'application/pdf' })).status).toBe(201);
    expect((await detail(clerk, id)).document.hasFile).toBe(true);

    // Only a leader directs; the lead and a support, one of them in a commune below.
    expect((await clerk.post(`/api/documents/${id}/direction`, { direction: 'x', assignments: [], version: d.document.version + 1 })).body.error.code).toBe('DOCUMENT_LEADER_ONLY');
    d = await detail(leader, id);
    const twoLeads = await leader.post(`/api/documents/${id}/direction`, {
      direction: 'Giao xử lý', version: d.document.version,
      assignments: [{ agencyId: tpls, role: 'lead' }, { agencyId: chilang, role: 'lead' }],
    });
    expect(twoLeads.body.error.code).toBe('DOCUMENT_NEEDS_LEAD');
    const outside = await leader.post(`/api/documents/${id}/direction`, { direction: 'x', version: d.document.version, assignments: [{ agencyId: stp, role: 'lead' }] });
    expect(outside.body.error.code).toBe('DOCUMENT_ASSIGNEE_INVALID');
    const directed = await leader.post(`/api/documents/${id}/direction`, {
      direction: 'Giao chuyên viên Hà Văn Bình chủ trì, phường Chi Lăng phối hợp; báo cáo trước 25/11.', version: d.document.version,
      assignments: [
        { agencyId: tpls, userId: ids['chuyenvien.tpls'], role: 'lead', deadline: '2026-01-05' },
        { agencyId: chilang, role: 'support', deadline: '2099-12-31' },
      ],
    });
    expect(directed.status, JSON.stringify(directed.body)).toBe(200);
    d = await detail(leader, id);
    expect(d.document.status).toBe('in_progress');
    const lead = d.assignments.find((a: { role: string }) => a.role === 'lead');
    expect(lead).toMatchObject({ userName: 'Hà Văn Bình', late: true });
    expect(d.history.map((h: { action: string }) => h.action)).toEqual(['Vào sổ văn bản đến', 'Bút phê']);

    // The commune reads it through its assignment; the list marks it overdue.
    const commune = await t.login('chuyenvien.chilang');
    expect((await commune.get(`/api/documents/${id}`)).status).toBe(200);
    const mine = await commune.get('/api/documents?mine=true');
    expect(mine.body.items.map((x: { id: number }) => x.id)).toContain(id);
    expect(mine.body.items.find((x: { id: number }) => x.id === id).overdue).toBe(true);
    // Another department does not even see it.
    expect((await (await t.login('chuyenvien.stp')).get(`/api/documents/${id}`)).status).toBe(404);

    // Someone else cannot report the lead's work; the support reporting does not finish the document.
    expect((await commune.post(`/api/documents/${id}/assignments/${lead.id}/complete`, { report: 'x' })).body.error.code).toBe('DOCUMENT_NOT_ASSIGNEE');
    const support = d.assignments.find((a: { role: string }) => a.role === 'support');
    expect((await commune.post(`/api/documents/${id}/assignments/${support.id}/complete`, { report: 'Đã rà soát 12 hồ sơ trên địa bàn phường.' })).status).toBe(200);
    expect((await detail(leader, id)).document.status).toBe('in_progress');
    // Reassigned to the leader's other officer, who finishes it.
    expect((await leader.post(`/api/documents/${id}/assignments/${lead.id}/reassign`, { agencyId: tpls, userId: ids['tiepnhan.tpls'], note: 'Giao lại' })).status).toBe(200);
    d = await detail(leader, id);
    const newLead = d.assignments.find((a: { role: string; status: string }) => a.role === 'lead' && a.status === 'open');
    const officer = await t.login('tiepnhan.tpls');
    expect((await officer.post(`/api/documents/${id}/assignments/${newLead.id}/complete`, { report: 'Đã tham mưu văn bản trả lời.' })).status).toBe(200);
    d = await detail(leader, id);
    expect(d.document.status).toBe('done');
    expect(d.assignments.map((a: { status: string }) => a.status).sort()).toEqual(['done', 'done', 'withdrawn']);
  });

  it('a secret document is registered by its metadata only: no file is kept', async () => {
    const clerk = await t.login('vanthu.stp');
    const r = await clerk.post('/api/documents/incoming', {
      agencyId: stp, docType: 'CV', numberSymbol: '12/M-CAT', issuedOn: '2026-11-21', issuerName: 'Công an tỉnh Lạng Sơn',
      summary: 'Văn bản mật', urgency: 0, confidentiality: 1, leaderId: ids['lanhdao.stp'],
    });
    expect(r.status).toBe(201);
    const upload = await clerk.upload(`/api/documents/${r.body.id}/attachments`, {}, { name: 'mat.pdf', data: await samplePdf('Van ban thu nghiem'), type: 'application/pdf' });
    expect(upload.body.error.code).toBe('DOCUMENT_SECRET_CONTENT');
  });
});

describe('outgoing documents: draft, review, sign, issue', () => {
  it('goes through review, is signed by the signer and sealed by the agency; the recipient agency finds it at once', async () => {
    const drafter = await t.login('chuyenvien.stp');
    const leader = await t.login('lanhdao.stp');
    const created = await drafter.post('/api/documents', {
      agencyId: stp, docType: 'QD', summary: 'Về việc ban hành Quy chế tiếp nhận hồ sơ', body: 'Điều 1. Ban hành kèm theo Quyết định này Quy chế.',
      urgency: 0, confidentiality: 0, recipients: [{ agencyId: tpls }], signerId: ids['lanhdao.stp'], signerPosition: 'Giám đốc',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    // The preview is the layout of Decree 30 with the number left blank.
    const preview = await drafter.download(`/api/documents/${id}/file.pdf`);
    const text = await pdftotext(preview.data);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/Số:\s+\/QĐ-STP/);
    expect(text).toContain('QUYẾT ĐỊNH');

    expect((await drafter.post(`/api/documents/${id}/submit`, { reviewerIds: [ids['tiepnhan.stp']], version: 1 })).status).toBe(200);
    const reviewer = await t.login('tiepnhan.stp');
    expect((await leader.post(`/api/documents/${id}/review`, { verdict: 'passed' })).body.error.code).toBe('DOCUMENT_NOT_REVIEWER');
    expect((await reviewer.post(`/api/documents/${id}/review`, { verdict: 'returned', comment: 'Sửa căn cứ pháp lý.' })).status).toBe(200);
    let d = await detail(drafter, id);
    expect(d.document.status).toBe('draft');
    expect((await drafter.put(`/api/documents/${id}`, {
      docType: 'QD', summary: 'Về việc ban hành Quy chế tiếp nhận hồ sơ', body: 'Căn cứ Nghị định 30/2020/NĐ-CP.\nĐiều 1. Ban hành Quy chế.',
      urgency: 0, confidentiality: 0, recipients: [{ agencyId: tpls }, EXTERNAL], signerId: ids['lanhdao.stp'], signerPosition: 'Giám đốc', version: d.document.version,
    })).status).toBe(200);
    d = await detail(drafter, id);
    expect((await drafter.post(`/api/documents/${id}/submit`, { reviewerIds: [ids['tiepnhan.stp']], version: d.document.version })).status).toBe(200);
    expect((await reviewer.post(`/api/documents/${id}/review`, { verdict: 'passed' })).status).toBe(200);
    d = await detail(leader, id);
    expect(d.document.status).toBe('approved');
    // Only the chosen signer signs; only the clerk issues.
    expect((await drafter.post(`/api/documents/${id}/sign`, { version: d.document.version })).body.error.code).toBe('DOCUMENT_NOT_SIGNER');
    expect((await leader.post(`/api/documents/${id}/sign`, { version: d.document.version })).status).toBe(200);
    d = await detail(leader, id);
    expect((await leader.post(`/api/documents/${id}/issue`, { version: d.document.version })).body.error.code).toBe('DOCUMENT_CLERK_ONLY');
    const clerk = await t.login('vanthu.stp');
    const issue = await clerk.post(`/api/documents/${id}/issue`, { version: d.document.version });
    expect(issue.status, JSON.stringify(issue.body)).toBe(200);
    expect(issue.body.numberSymbol).toMatch(/^\d{2,}\/QĐ-STP$/);

    // Two signatures, both valid for poppler and for our verifier: the signer's, then the agency's over the whole file.
    const pdf = (await clerk.download(`/api/documents/${id}/file.pdf`)).data;
    const poppler = await pdfsig(pdf);
    expect(poppler.match(/Signature is Valid/g)).toHaveLength(2);
    expect(poppler).toContain('Lương Văn Minh');
    expect(poppler).toContain('Sở Tư pháp tỉnh Lạng Sơn');
    const reports = await verifySignedPdf(pdf, await trustedCaCertificates(t.config.pkiDir));
    expect(reports.map((r) => [r.valid, r.modifiedAfterSigning, r.certificate])).toEqual([[true, false, 'valid'], [true, false, 'valid']]);
    expect(await pdftotext(pdf)).toContain(`Số: ${issue.body.numberSymbol}`);
    // A tampered copy: a byte changed inside what was signed.
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Producer');
    tampered[at + 12] = tampered[at + 12]! ^ 1;
    expect((await verifySignedPdf(tampered)).every((r) => r.valid)).toBe(false);
    expect(await pdfsig(tampered).catch((error: { stdout?: string }) => error.stdout ?? '')).toMatch(/Signature is Invalid|Digest Mismatch/);

    // The recipient agency has it in its queue at once; its clerk registers it and the sender sees that.
    const theirClerk = await t.login('vanthu.tpls');
    const queue = await theirClerk.get('/api/documents?direction=incoming&status=arrived');
    const arrived = queue.body.items.find((x: { numberSymbol: string }) => x.numberSymbol === issue.body.numberSymbol);
    expect(arrived).toMatchObject({ channel: 'platform', issuerName: 'Sở Tư pháp tỉnh Lạng Sơn', hasFile: true });
    expect((await theirClerk.post(`/api/documents/${arrived.id}/register`, { leaderId: ids['lanhdao.tpls'], version: arrived.version })).status).toBe(200);
    d = await detail(clerk, id);
    expect(d.recipients.find((r: { agencyId: number }) => r.agencyId === tpls)).toMatchObject({ status: 'registered', deliveredId: arrived.id });
    // The sender's clerk cannot read the recipient's copy (a record of another agency).
    expect((await clerk.get(`/api/documents/${arrived.id}`)).status).toBe(404);
    expect((await theirClerk.get(`/api/documents/${id}`)).status).toBe(404);

    // Over the axis to the agency outside the province: sent once, then its statuses come back.
    await t.settle();
    await t.settle();
    const inbox = await axis.control<{ packages: { documentId: string; xml: string }[] }>(`/__inbox/${EXTERNAL.organId}`);
    const ours = inbox.packages.filter((p) => p.documentId === d.document.exchangeId);
    expect(ours).toHaveLength(1);
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'edxml-')), 'package.xml');
    await fs.writeFile(file, ours[0]!.xml);
    const ca = path.join(t.config.pkiDir, 'demo-ca.cert.pem');
    expect((await run('xmlsec1', ['--verify', '--trusted-pem', ca, file])).stderr).toContain('OK');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await pollAxis(t.deps);
    d = await detail(clerk, id);
    expect(d.recipients.find((r: { organId: string }) => r.organId === EXTERNAL.organId)).toMatchObject({ status: 'registered' });

    // The stable export, for whoever may read it; a tampered package fails xmlsec1.
    const exported = await clerk.download(`/api/documents/${id}/edxml`);
    expect(exported.status).toBe(200);
    await fs.writeFile(file, exported.data);
    expect((await run('xmlsec1', ['--verify', '--trusted-pem', ca, file])).stderr).toContain('OK');
    await fs.writeFile(file, exported.data.toString('utf8').replace('Quy chế tiếp nhận', 'Quy chế tiếp nhan'));
    await expect(run('xmlsec1', ['--verify', '--trusted-pem', ca, file])).rejects.toThrow();
    expect((await theirClerk.download(`/api/documents/${id}/edxml`)).status).toBe(404);
  });

  it('twenty documents issued at once in one register take twenty consecutive numbers', async () => {
    const drafter = await t.login('chuyenvien.stp');
    const leader = await t.login('lanhdao.stp');
    const clerk = await t.login('vanthu.stp');
    const drafts: { id: number; version: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const { body } = await drafter.post('/api/documents', {
        agencyId: stp, docType: 'TB', summary: `Thông báo số ${i}`, body: 'Nội dung.', urgency: 0, confidentiality: 0,
        recipients: [{ agencyId: chilang }], signerId: ids['lanhdao.stp'], signerPosition: 'Giám đốc',
      });
      await drafter.post(`/api/documents/${body.id}/submit`, { reviewerIds: [], version: 1 });
      await leader.post(`/api/documents/${body.id}/sign`, { version: 2 });
      drafts.push({ id: body.id, version: 3 });
    }
    const before = (await clerk.get('/api/documents/registers')).body.items.find((r: { direction: string; agencyId: number }) => r.direction === 'outgoing' && r.agencyId === stp)?.lastNumber ?? 0;
    const results = await Promise.all(drafts.map((d) => clerk.post(`/api/documents/${d.id}/issue`, { version: d.version })));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const numbers = results.map((r) => Number(String(r.body.numberSymbol).split('/')[0])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
    expect(new Set(results.map((r) => r.body.numberSymbol)).size).toBe(20);
    // Issuing again is refused: a number is never taken twice for one document.
    expect((await clerk.post(`/api/documents/${drafts[0]!.id}/issue`, { version: 4 })).status).toBe(409);
  });

  it('refuses to sign with an expired certificate or one from an unknown CA', async () => {
    const leader = await t.login('lanhdao.skhdt');
    const drafter = await t.login('chuyenvien.skhdt');
    const skhdt = await t.agencyId('000.00.05.H37');
    const { body } = await drafter.post('/api/documents', {
      agencyId: skhdt, docType: 'BC', summary: 'Báo cáo tháng', body: 'Nội dung.', urgency: 0, confidentiality: 0,
      recipients: [{ agencyId: stp }], signerId: ids['lanhdao.skhdt'], signerPosition: 'Giám đốc',
    });
    await drafter.post(`/api/documents/${body.id}/submit`, { reviewerIds: [], version: 1 });
    const file = personalKeyPath(ids['lanhdao.skhdt']!);
    await issueKeyFile(t.config.pkiDir, file, 'Đinh Quang Huy', { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
    expect((await leader.post(`/api/documents/${body.id}/sign`, { version: 2 })).body.error).toMatchObject({ code: 'SIGNING_CERTIFICATE_REFUSED', message: expect.stringContaining('hết hạn') });
    await issueKeyFile(t.config.pkiDir, file, 'Đinh Quang Huy', { foreignCa: true });
    expect((await leader.post(`/api/documents/${body.id}/sign`, { version: 2 })).body.error.message).toContain('không do tổ chức');
    await fs.rm(path.join(t.config.pkiDir, file));
    expect((await leader.post(`/api/documents/${body.id}/sign`, { version: 2 })).status).toBe(200);
  });
});

describe('exchange with the national document axis', () => {
  async function externalPackage(summary: string, to = '000.00.21.H37'): Promise<string> {
    const key = await loadAgencyKey(t.config.pkiDir, 'external-h06');
    const message: EdxmlMessage = {
      from: EXTERNAL, to: [{ organId: to, organName: 'UBND thành phố Lạng Sơn' }], codeNumber: '88', codeNotation: 'UBND-VX',
      place: 'Bắc Giang', promulgationDate: '2026-11-25', documentType: { type: 28, typeName: 'Công văn' }, subject: summary,
      signer: { competence: 'TM. UBND', position: 'Chủ tịch', fullName: 'Nguyễn Văn Gấm' }, toPlaces: ['UBND thành phố Lạng Sơn'], priority: 1,
      documentId: documentIdOf(EXTERNAL.organId, '2026-11-25', '88', `UBND-VX-${summary.length}`), traces: [{ organId: EXTERNAL.organId, timestamp: new Date() }],
      business: { docType: 0, paper: 0 }, attachments: [{ contentId: 'vb', name: 'cong-van.pdf', contentType: 'application/pdf', content: Buffer.from(await samplePdf('Van ban thu nghiem')) }],
    };
    return signEdxml(buildEdxml(message), key!);
  }

  beforeAll(async () => {
    await issueKeyFile(t.config.pkiDir, 'external-h06.p12', EXTERNAL.organName);
  });

  it('registers a verified package once, however often the axis delivers it, and answers with statuses', async () => {
    const xml = await externalPackage('Về việc phối hợp quản lý cửa khẩu');
    await axis.control('/__switches', { duplicateDeliveries: true });
    await axis.control('/__inject', { from: EXTERNAL.organId, to: '000.00.21.H37', kind: 'edxml', xml });
    await axis.control('/__inject', { from: EXTERNAL.organId, to: '000.00.21.H37', kind: 'edxml', xml });
    await pollAxis(t.deps);
    await axis.control('/__switches', { duplicateDeliveries: false });
    const clerk = await t.login('vanthu.tpls');
    const found = (await clerk.get('/api/documents?q=phoi hop quan ly cua khau')).body.items;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'arrived', channel: 'axis', numberSymbol: '88/UBND-VX', issuerName: 'UBND tỉnh Bắc Giang', hasFile: true });
    await t.settle();
    expect((await clerk.post(`/api/documents/${found[0].id}/register`, { leaderId: ids['lanhdao.tpls'], version: found[0].version })).status).toBe(200);
    await t.settle();
    const statuses = (await axis.control<{ packages: { kind: string; xml: string }[] }>(`/__inbox/${EXTERNAL.organId}`)).packages.filter((p) => p.kind === 'status');
    const codes = statuses.map((p) => /StatusCode>(\d+)</.exec(p.xml)?.[1]);
    expect(codes).toEqual(expect.arrayContaining(['01', '03']));
    expect(codes.filter((c) => c === '01')).toHaveLength(1);
  });

  it('quarantines malformed, unsigned and tampered packages with their reason and registers none', async () => {
    const valid = await externalPackage('Về việc thử nghiệm gói tin');
    const unsigned = valid.replace(/<Signature[\s\S]*<\/Signature>/, '');
    const tampered = valid.replace('thử nghiệm gói tin', 'thử nghiệm gói tin đã sửa');
    for (const xml of ['<edXML><khong-dong', unsigned, tampered, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><edXML>&e;</edXML>']) {
      await axis.control('/__inject', { from: EXTERNAL.organId, to: '000.00.21.H37', kind: 'edxml', xml });
    }
    await pollAxis(t.deps);
    const clerk = await t.login('vanthu.tpls');
    const list = (await clerk.get('/api/documents/quarantine')).body.items;
    expect(list.slice(0, 4).map((m: { reasonCode: string }) => m.reasonCode).sort()).toEqual(['bad_signature', 'malformed', 'malformed', 'unsigned']);
    expect(list[0].reason).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    expect((await clerk.get('/api/documents?q=thu nghiem goi tin')).body.items).toHaveLength(0);
    // Another agency's clerk does not see this quarantine.
    expect((await (await t.login('vanthu.stp')).get('/api/documents/quarantine')).body.items.some((m: { toOrgans: string[] }) => m.toOrgans.includes('000.00.21.H37'))).toBe(false);
  });

  it('retries sending while the axis fails, and the recipient gets the package once', async () => {
    await axis.control('/__switches', { failNext: 2 });
    const { id } = await issued([EXTERNAL], 'Về việc gửi lại khi trục gián đoạn');
    for (let i = 0; i < 3; i++) {
      await t.db.query(`UPDATE job_deliveries SET next_attempt_at = now() WHERE subscriber = 'documents.axis-send'`);
      await t.settle();
    }
    const d = (await t.db.query<{ exchange_id: string }>('SELECT exchange_id FROM documents WHERE id = $1', [id])).rows[0]!;
    const inbox = await axis.control<{ packages: { documentId: string }[] }>(`/__inbox/${EXTERNAL.organId}`);
    expect(inbox.packages.filter((p) => p.documentId === d.exchange_id)).toHaveLength(1);
  });
});

describe('the one-stop link', () => {
  it('issues a dossier\'s result as a numbered, signed document, linked both ways', async () => {
    const procedure = await buildProcedure(t, stp);
    const citizen = (await t.db.query<{ id: number }>("SELECT id FROM users WHERE username = 'citizen'")).rows[0]!.id;
    const dossier = await buildDossier(t, { procedureId: procedure.id, applicantId: citizen, state: 'processing', step: 1 });
    const drafter = await t.login('chuyenvien.stp');
    const draft = (body: object) => drafter.post('/api/documents', {
      agencyId: stp, docType: 'QD', summary: 'Về việc cấp phép thử nghiệm', body: 'Điều 1. Cấp phép.', urgency: 0, confidentiality: 0,
      recipients: [{ agencyId: tpls }], signerId: ids['lanhdao.stp'], signerPosition: 'Giám đốc', ...body,
    });
    // Someone who does not process the dossier cannot draft its result.
    const other = await buildDossier(t, { procedureId: (await buildProcedure(t, tpls)).id, applicantId: citizen, state: 'processing', step: 1 });
    expect((await draft({ dossierId: other.id })).body.error.code).toBe('DOCUMENT_DOSSIER_INVALID');
    const created = await draft({ dossierId: dossier.id });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    await drafter.post(`/api/documents/${id}/submit`, { reviewerIds: [], version: 1 });
    const leader = await t.login('lanhdao.stp');
    expect((await leader.post(`/api/documents/${id}/sign`, { version: 2 })).status).toBe(200);
    const issue = await (await t.login('vanthu.stp')).post(`/api/documents/${id}/issue`, { version: 3 });
    expect(issue.status).toBe(200);
    // The dossier holds the issued document as its result; the document names its dossier.
    const files = (await drafter.get(`/api/dossiers/${dossier.id}`)).body.files as { kind: string; label: string; id: number }[];
    const result = files.find((f) => f.kind === 'result');
    expect(result?.label).toBe(`Quyết định số ${issue.body.numberSymbol}`);
    const download = await drafter.download(`/api/dossiers/${dossier.id}/files/${result!.id}`);
    expect((await pdfsig(download.data)).match(/Signature is Valid/g)).toHaveLength(2);
    expect((await drafter.get(`/api/documents?dossierId=${dossier.id}`)).body.items.map((d: { id: number }) => d.id)).toEqual([id]);
    expect((await detail(drafter, id)).document.dossierId).toBe(dossier.id);
  });
});

describe('search and statistics', () => {
  it('finds documents without diacritics and counts the month', async () => {
    const { numberSymbol, clerk } = await issued([{ agencyId: chilang }], 'Về việc tổ chức Ngày Pháp luật Việt Nam');
    const found = await clerk.get('/api/documents?q=ngay phap luat viet nam');
    expect(found.body.items.map((d: { numberSymbol: string }) => d.numberSymbol)).toContain(numberSymbol);
    expect((await clerk.get(`/api/documents?q=${encodeURIComponent(numberSymbol)}`)).body.items[0].numberSymbol).toBe(numberSymbol);
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const stats = await clerk.get(`/api/documents/statistics?agencyId=${stp}&month=${month}`);
    expect(stats.status).toBe(200);
    expect(stats.body.sent).toBeGreaterThan(0);
    expect(stats.body.signedShare).toBe(100);
    expect((await clerk.get(`/api/documents/statistics?agencyId=${tpls}&month=${month}`)).status).toBe(404);
  });
});
