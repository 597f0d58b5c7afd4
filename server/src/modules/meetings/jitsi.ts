import path from 'node:path';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { Config } from '../../config.js';
import { readOrCreateSecret } from '../../platform/secrets.js';
import { meetingErrors as e } from './errors.js';

/**
 * Room tokens of Jitsi Meet's token authentication (prosody's token_verification, HS256 with the shared
 * application secret): aud and iss are the application id, sub the Jitsi domain, room the room name,
 * context.user who enters; nbf and exp bound the meeting. Signed and verified with `jose`.
 */
export type RoomUser = { id: string; name: string; email?: string; moderator: boolean };
export type RoomClaims = { room: string; user: RoomUser; group: string; notBefore: Date; expires: Date };

export type Jitsi = {
  baseUrl: string;
  /** The Jitsi domain, the tokens' `sub`. */
  domain: string;
  appId: string;
  sign(claims: RoomClaims): Promise<string>;
  /** The room's address with the token, as an endpoint opens it. */
  joinUrl(room: string, token: string): string;
  /** Checks signature, audience, issuer, domain, time and room; throws MEETING_TOKEN_INVALID with the reason. */
  verify(token: string, room: string): Promise<{ user: RoomUser; group: string; expires: Date }>;
};

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

export function jitsiTokens(config: Pick<Config, 'jitsi'>, secret: string): Jitsi {
  const { baseUrl, appId } = config.jitsi;
  const domain = new URL(baseUrl).host;
  const key = new TextEncoder().encode(secret);
  return {
    baseUrl, domain, appId,
    async sign(c) {
      return new SignJWT({ room: c.room, context: { user: c.user, group: c.group } })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setAudience(appId).setIssuer(appId).setSubject(domain)
        .setIssuedAt().setNotBefore(seconds(c.notBefore)).setExpirationTime(seconds(c.expires))
        .sign(key);
    },
    joinUrl: (room, token) => `${baseUrl}/${encodeURIComponent(room)}?jwt=${token}`,
    async verify(token, room) {
      let payload;
      try {
        ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: appId, issuer: appId, subject: domain }));
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) throw e.tokenInvalid('expired');
        if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'nbf') throw e.tokenInvalid('not_yet');
        throw e.tokenInvalid('invalid');
      }
      if (payload.room !== room) throw e.tokenInvalid('wrong_room');
      const context = payload.context as { user?: RoomUser; group?: string } | undefined;
      if (!context?.user?.id || !context.user.name) throw e.tokenInvalid('invalid');
      return { user: context.user, group: context.group ?? '', expires: new Date(payload.exp! * 1000) };
    },
  };
}

/**
 * The configured tokens; without a secret, demo mode keeps a generated one in the data folder (never in
 * the repository) and any other mode issues none.
 */
export function jitsiProvider(config: Config): () => Promise<Jitsi> {
  let made: Promise<Jitsi> | undefined;
  return () => (made ??= (async () => {
    const secret = config.jitsi.appSecret ?? (config.demo ? await readOrCreateSecret(path.join(config.dataDir, 'jitsi-app-secret'), 32) : undefined);
    if (!secret) throw e.videoUnconfigured();
    return jitsiTokens(config, secret);
  })().catch((error) => {
    made = undefined;
    throw error;
  }));
}
