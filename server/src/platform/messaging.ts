/**
 * Short text messages to a phone: SMS through a brand-name SMS gateway, and app messages through a
 * Zalo-style official account. Each provider sends one message; a failure throws and the job retries.
 * The demo has no gateway: its provider writes the message to the log, where an operator can read it.
 */
export type TextMessage = { to: string; text: string; key: string };
export type TextMessageProvider = { send(message: TextMessage): Promise<void> };

export function loggingTextProvider(channel: 'sms' | 'app_message', log: { info: (obj: unknown, msg: string) => void }): TextMessageProvider {
  return {
    async send(message) {
      log.info({ channel, to: message.to, key: message.key, text: message.text }, `${channel} message (logged, not sent: no gateway configured)`);
    },
  };
}
