// Password hashing with argon2id (issue 3, "Users and roles").
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Algorithm, Options } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum in the package's typings and an empty object at
// run time, so `Algorithm.Argon2id` would be undefined under tsx/esbuild: name its value.
const ARGON2ID = 2 as Algorithm;

/**
 * OWASP Password Storage Cheat Sheet, argon2id: m = 19 MiB, t = 2, p = 1. About 30 ms
 * on this machine, which bounds guessing without making login slow.
 */
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

/** A PHC string, `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when the password matches; the library compares in constant time. A malformed hash is false. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of no one's password. Login verifies against it when the user does not exist,
 * so an unknown username takes as long as a wrong password (no user enumeration by timing).
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummyHash;
}

/** A random password: 20 URL-safe characters (120 bits) from the system's CSPRNG. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
