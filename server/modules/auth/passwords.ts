// Argon2id at OWASP ASVS / Password Storage Cheat Sheet's first recommended setting
// (m = 19 MiB, t = 2, p = 1). @node-rs/argon2 ships prebuilt binaries, no install script.
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolated modules cannot import)
export const ARGON2_PARAMS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return await hash(password, ARGON2_PARAMS);
}

// A fixed hash to verify against when the account does not exist, so that a missing
// account takes as long to refuse as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  const target = passwordHash ?? (await decoyHash);
  try {
    return (await verify(target, password)) && passwordHash !== undefined;
  } catch {
    return false;
  }
}
