import type { FastifyReply } from 'fastify';

/** A file shown in the browser (inline) or saved (attachment) under its Vietnamese name (RFC 6266 filename*). */
export function sendFile(reply: FastifyReply, contentType: string, fileName: string, data: Buffer, inline = true) {
  return reply
    .type(contentType)
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(data);
}

export const sendPdf = (reply: FastifyReply, fileName: string, data: Buffer, inline = true) => sendFile(reply, 'application/pdf', fileName, data, inline);
