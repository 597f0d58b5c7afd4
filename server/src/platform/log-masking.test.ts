import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions, maskNumber, maskPersonalData } from './log-masking.js';

const CCCD = '020188001234';
const PHONE = '0912345678';

describe('maskPersonalData', () => {
  it('masks ID numbers and phone numbers, grouped or not, and keeps hashes, UUIDs, dossier codes and dates', () => {
    expect(maskPersonalData(`/api/public/dossiers?identityNumber=${CCCD}&phone=${PHONE}`)).toBe('/api/public/dossiers?identityNumber=0201******34&phone=0912****78');
    expect(maskPersonalData('gọi 0912 345 678 hoặc +84 912.345.678')).toBe('gọi 0912****78 hoặc 8491*****78');
    expect(maskPersonalData('CMND 123456789')).toBe('CMND 1234***89');
    const kept = '000.00.12.H56-250314-0007 2026-12-07T14:30:00Z 4194b7ce-3842-481a-b772-e6c12f7687b8 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 id 12345';
    expect(maskPersonalData(kept)).toBe(kept);
    expect(maskNumber(CCCD)).toBe('0201******34');
  });
});

describe('the server log', () => {
  it('carries no ID number or phone in request URLs, messages, fields or errors', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const app = Fastify({ logger: loggerOptions('info', stream) });
    app.get('/lookup', async (request) => {
      request.log.info({ applicant: { identityNumber: CCCD, phone: PHONE, address: 'Số 5 Lê Lợi', fullName: 'Nguyễn Văn An' } }, `lookup by ${CCCD}`);
      request.log.warn(`phone ${PHONE} unreachable`);
      throw Object.assign(new Error(`no dossier for ${CCCD} / ${PHONE}`), { statusCode: 404 });
    });
    const response = await app.inject({ url: `/lookup?identityNumber=${CCCD}&phone=${PHONE}` });
    expect(response.statusCode).toBe(404);
    await app.close();
    const log = lines.join('');
    expect(log).toContain('0201******34');
    expect(log).toContain('Nguyễn Văn An');
    expect(log).toContain('/lookup?identityNumber=0201******34&phone=0912****78');
    expect(log).not.toContain(CCCD);
    expect(log).not.toContain(PHONE);
    expect(log).not.toContain('Lê Lợi');
  });
});
