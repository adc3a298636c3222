// Where a command writes, so tests can run commands in-process and read what they print.
export type Io = { out: (text: string) => void; err: (text: string) => void };

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};

/** Exit codes of every command (ARCHITECTURE.md, "Stable interfaces"). */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Bad input the user can fix; the message says what and where. Exits 2. */
export class UsageError extends Error {}
