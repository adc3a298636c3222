// What every request handler can reach: the database, the logger, and who is calling.
import type { Logger } from 'pino';
import type { Db } from '../db/open.ts';
import type { Role } from '../db/schema.ts';
import type { ImportProgressBoard } from './accounting/import-progress.ts';

export type SessionUser = {
  sessionId: string;
  userId: string;
  orgId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for the member role: the member region the user speaks for. */
  memberCode: string | null;
  csrfToken: string;
};

export type AppDeps = {
  db: Db;
  logger: Logger;
  /** Cookies get the Secure flag (set behind HTTPS). */
  secureCookies: boolean;
  /** The running SIE imports' progress; createApp makes one of its own when left out. */
  importProgress?: ImportProgressBoard;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    user: SessionUser | null;
    requestId: string;
    log: Logger;
    importProgress: ImportProgressBoard;
  };
};
