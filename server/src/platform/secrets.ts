import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';

/**
 * A local secret kept in a file readable by its owner only, created on first use. Nodes sharing the folder
 * and starting together all end with the same secret: each writes its candidate to a file of its own and
 * links it to the name, which only the first link gets (the file appears whole, never half written); the
 * others read the winner's.
 */
export async function readOrCreateSecret(file: string, bytes = 24): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const candidate = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
    await fs.writeFile(candidate, randomBytes(bytes).toString('base64url') + '\n', { mode: 0o600 });
    try {
      await fs.link(candidate, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await fs.unlink(candidate).catch(() => undefined);
    }
    return (await fs.readFile(file, 'utf8')).trim();
  }
}
