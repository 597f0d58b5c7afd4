import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';

/** A local secret kept in a file readable by its owner only, created on first use. */
export async function readOrCreateSecret(file: string, bytes = 24): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(bytes).toString('base64url');
    await fs.writeFile(file, secret + '\n', { mode: 0o600 });
    return secret;
  }
}
