import type { FastifyReply } from 'fastify';

/** A PDF, shown in the browser (inline) or saved (attachment) under its Vietnamese name. */
export function sendPdf(reply: FastifyReply, fileName: string, data: Buffer, inline = true) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(data);
}
