/**
 * SMTP sink: the outside mail server, simulated. It accepts every message over real SMTP, keeps it, and
 * shows what it received over HTTP, so that the demo and the tests can read the mail the platform sent.
 *
 *   GET    /messages            the messages received, newest last: { to, from, subject, text, date, messageId }
 *                                a message whose Message-ID was already received is counted, not kept twice,
 *                                as a mailbox does (GET /duplicates: how many)
 *   DELETE /messages            forgets them
 *   POST   /switches            { "fail": true } refuses every message (SMTP 451) until set back to false;
 *                                { "delayMs": 100 } answers each message that much later (a slow mail server)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SunkMessage = { to: string[]; from: string; subject: string; text: string; date: string; messageId: string | null };
export type SmtpSink = { smtpUrl: string; httpUrl: string; messages: SunkMessage[]; close: () => Promise<void> };

export async function startSmtpSink(options: { smtpPort?: number; httpPort?: number; host?: string } = {}): Promise<SmtpSink> {
  const host = options.host ?? '127.0.0.1';
  const messages: SunkMessage[] = [];
  let duplicates = 0;
  const switches = { fail: false, delayMs: 0 };
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (switches.fail) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('simulated failure'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then((mail) => {
        const to = [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address ?? '') ?? []);
        const messageId = mail.messageId ?? null;
        if (messageId && messages.some((m) => m.messageId === messageId)) duplicates++;
        else messages.push({ to, from: mail.from?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '', date: new Date().toISOString(), messageId });
        setTimeout(() => callback(), switches.delayMs);
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort ?? 0, host, resolve));
  const api = http.createServer((request, response) => {
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    if (request.url === '/messages' && request.method === 'GET') return send(200, messages);
    if (request.url === '/duplicates' && request.method === 'GET') return send(200, { duplicates });
    if (request.url === '/messages' && request.method === 'DELETE') {
      messages.length = 0;
      duplicates = 0;
      return send(200, { ok: true });
    }
    if (request.url === '/switches' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        try {
          const asked = JSON.parse(body) as { fail?: boolean; delayMs?: number };
          if (asked.fail !== undefined) switches.fail = Boolean(asked.fail);
          if (asked.delayMs !== undefined) switches.delayMs = Math.max(0, Number(asked.delayMs) || 0);
          send(200, switches);
        } catch {
          send(400, { error: 'JSON body expected' });
        }
      });
      return;
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => api.listen(options.httpPort ?? 0, host, resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (api.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    httpUrl: `http://${host}:${httpPort}`,
    messages,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => api.close(() => resolve()));
    },
  };
}
