import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (OWASP-recommended memory and time cost).
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A real hash of a throwaway password, verified when the email is unknown so
 * that a wrong email takes as long as a wrong password.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword("decoy-password-for-timing"));
