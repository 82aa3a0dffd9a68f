import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimSlot, clearAttempts, isKnown, markKnown, refundAttempt, reserveAttempt, type ThrottlePolicy } from "./throttle";

const MINUTE_MS = 60 * 1000;

/** One account from one address: locked for the rest of the window after 5 attempts. */
export const PAIR_POLICY: ThrottlePolicy = { limit: 5, windowMs: 15 * MINUTE_MS };
/** One address guessing at many accounts. */
export const ADDRESS_POLICY: ThrottlePolicy = { limit: 30, windowMs: 15 * MINUTE_MS };
/** One account from every address: never locked, slowed down once past the free attempts. */
export const ACCOUNT_POLICY: ThrottlePolicy = { limit: Number.MAX_SAFE_INTEGER, windowMs: 15 * MINUTE_MS };
export const ACCOUNT_FREE_ATTEMPTS = 10;
export const ACCOUNT_BASE_DELAY_MS = 1000;
export const ACCOUNT_MAX_DELAY_MS = MINUTE_MS;

export const TOO_MANY_ATTEMPTS = "Too many failed sign-in attempts. Try again in a few minutes.";
export const TOO_MANY_FROM_ADDRESS = "Too many failed sign-in attempts from your network. Try again in a few minutes.";
export const accountSlowedMessage = (seconds: number) =>
  `This account has had many failed sign-in attempts, so tries are spaced out. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;

/** The wait before the next try once an account is past its free attempts: doubles, up to a minute. */
export function accountDelayMs(attempts: number): number {
  const over = attempts - ACCOUNT_FREE_ATTEMPTS;
  if (over <= 0) return 0;
  return Math.min(ACCOUNT_MAX_DELAY_MS, ACCOUNT_BASE_DELAY_MS * 2 ** Math.min(over - 1, 30));
}

export type PasswordAttempt = { account: string; address: string | null; now: Date };

/**
 * Runs `check` (a password check) only after the attempt is reserved on every limit, so a burst
 * of parallel guesses gets at most the pair limit of checks. A successful check gives the
 * reservations back and marks the address as known for the account, which exempts that pair from
 * the account-wide slow-down and from the address limit, so others' failures (from other
 * addresses, or from the same shared school address) cannot lock the owner out.
 */
export async function limitPasswordAttempt(db: Db, { account, address, now }: PasswordAttempt, check: () => Promise<boolean>): Promise<boolean> {
  const pairKey = `pair:${account}|${address ?? "unknown"}`;
  const pair = await reserveAttempt(db, pairKey, PAIR_POLICY, now);
  if (!pair.allowed) throw new AppError("RATE_LIMITED", TOO_MANY_ATTEMPTS);

  const reserved: string[] = [];
  try {
    const known = address !== null && (await isKnown(db, `${account}|${address}`, now));
    if (address && !known) {
      const addressKey = `address:${address}`;
      const byAddress = await reserveAttempt(db, addressKey, ADDRESS_POLICY, now);
      reserved.push(addressKey);
      if (!byAddress.allowed) throw new AppError("RATE_LIMITED", TOO_MANY_FROM_ADDRESS);
    }
    const accountKey = `account:${account}`;
    const byAccount = await reserveAttempt(db, accountKey, ACCOUNT_POLICY, now);
    reserved.push(accountKey);
    if (byAccount.count > ACCOUNT_FREE_ATTEMPTS && !known) {
      const nextSlot = await claimSlot(db, accountKey, accountDelayMs(byAccount.count), now);
      if (nextSlot) {
        const seconds = Math.max(1, Math.ceil((nextSlot.getTime() - now.getTime()) / 1000));
        throw new AppError("RATE_LIMITED", accountSlowedMessage(seconds));
      }
    }
  } catch (error) {
    // Refused here, so nothing was checked: only the pair keeps counting the attempt.
    await Promise.all(reserved.map((key) => refundAttempt(db, key)));
    throw error;
  }

  const passed = await check();
  if (passed) {
    await clearAttempts(db, pairKey);
    await Promise.all(reserved.map((key) => refundAttempt(db, key)));
    if (address) await markKnown(db, `${account}|${address}`, now);
  }
  return passed;
}
