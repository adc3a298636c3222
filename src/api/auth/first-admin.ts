// The first admin (ARCHITECTURE.md, "first admin"): user `admin` with PLANVIS_ADMIN_PASSWORD,
// or a random password printed once and stored in the data directory, readable by the
// owner only, so whoever started the server can log in and change it.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { appendAudit } from '../../db/repos/audit.ts';
import { hasAdmin, insertUser, toPublicUser, usernameTaken } from '../../db/repos/users.ts';
import type { Database } from '../../db/schema.ts';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';

export const FIRST_ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD_FILE = 'admin-password.txt';

export type FirstAdminOptions = {
  dataDir: string;
  /** PLANVIS_ADMIN_PASSWORD; without it a password is generated. */
  adminPassword?: string | undefined;
  log: Pick<Logger, 'info' | 'warn'>;
};

export type FirstAdminResult =
  | { created: false }
  | {
      created: true;
      userId: string;
      username: string;
      /** The generated password, for the caller to print once; null when PLANVIS_ADMIN_PASSWORD was used. */
      generatedPassword: string | null;
      /** Where the generated password is stored (mode 0600); null when none was generated. */
      passwordFile: string | null;
    };

/**
 * Creates user `admin` (role admin) if the organisation has no admin yet; otherwise does
 * nothing (an existing admin's password is never reset, even if PLANVIS_ADMIN_PASSWORD changed).
 */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  orgId: string,
  options: FirstAdminOptions,
): Promise<FirstAdminResult> {
  if (await hasAdmin(db, orgId)) return { created: false };

  const given =
    options.adminPassword !== undefined && options.adminPassword !== '' ? options.adminPassword : null;
  if (given !== null && given.length < MIN_PASSWORD_LENGTH) {
    options.log.warn(
      `PLANVIS_ADMIN_PASSWORD is shorter than ${MIN_PASSWORD_LENGTH} characters; it is used, but change it after logging in`,
    );
  }
  const password = given ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const passwordFile = join(options.dataDir, ADMIN_PASSWORD_FILE);

  const user = await db.transaction().execute(async (trx) => {
    // Another process may have got here first; the check and insert share a transaction.
    if (await hasAdmin(trx, orgId)) return null;
    if (await usernameTaken(trx, FIRST_ADMIN_USERNAME)) {
      throw new Error(
        `the organisation has no admin, but the username "${FIRST_ADMIN_USERNAME}" belongs to another organisation; ` +
          'create this organisation’s first admin under another name',
      );
    }
    const row = await insertUser(trx, {
      orgId,
      username: FIRST_ADMIN_USERNAME,
      displayName: 'Administratör',
      passwordHash,
      role: 'admin',
      memberCode: null,
    });
    await appendAudit(trx, {
      orgId,
      userId: null,
      username: null,
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      revision: row.version,
      after: {
        ...toPublicUser(row),
        source: given === null ? 'generated password' : 'PLANVIS_ADMIN_PASSWORD',
      },
    });
    // Stored before the commit: if it cannot be written, no admin exists whose password no one knows.
    if (given === null) storePassword(passwordFile, password);
    return row;
  });
  if (!user) return { created: false };

  if (given !== null) {
    options.log.info(
      { username: FIRST_ADMIN_USERNAME },
      'created the first admin with PLANVIS_ADMIN_PASSWORD',
    );
    return {
      created: true,
      userId: user.id,
      username: user.username,
      generatedPassword: null,
      passwordFile: null,
    };
  }
  options.log.info(
    { username: FIRST_ADMIN_USERNAME, passwordFile },
    'created the first admin with a generated password (stored in passwordFile, readable by the owner only)',
  );
  return {
    created: true,
    userId: user.id,
    username: user.username,
    generatedPassword: password,
    passwordFile,
  };
}

function storePassword(file: string, password: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  // The mode above applies only to a new file; an existing one keeps its mode unless set again.
  chmodSync(file, 0o600);
}
