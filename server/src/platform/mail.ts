import nodemailer from 'nodemailer';

/**
 * `messageId`: the same for every attempt at the same message, so that a message sent again after a
 * crash (the server could not record that it had gone) is one message to the receiving side.
 */
export type MailMessage = { to: string; subject: string; text: string; messageId?: string };
/** Sends mail to the outside world; a failure throws, and the job that sent it is retried. */
export type MailProvider = { send(message: MailMessage): Promise<void>; /** false when no mail server is configured */ enabled: boolean };

/** Mail over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.tinh.gov.vn:587), from MAIL_FROM. */
export function smtpMail(url: string | undefined, from: string): MailProvider {
  if (!url) {
    return { enabled: false, send: async () => { throw new Error('SMTP_URL is not set: mail cannot be sent'); } };
  }
  const transport = nodemailer.createTransport(url);
  return {
    enabled: true,
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
