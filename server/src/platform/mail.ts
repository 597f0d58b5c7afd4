import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string };
/** Sends mail to the outside world; a failure throws, and the job that sent it is retried. */
export type MailProvider = { send(message: MailMessage): Promise<void> };

/** Mail over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.tinh.gov.vn:587), from MAIL_FROM. */
export function smtpMail(url: string | undefined, from: string): MailProvider {
  if (!url) {
    return { send: async () => { throw new Error('SMTP_URL is not set: mail cannot be sent'); } };
  }
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
