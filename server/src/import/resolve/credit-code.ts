// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
// alphabet (digits and capitals without I, O, Z, S, V); the 18th is a check character computed
// from the first 17 with fixed weights (3^i mod 31), so a mistyped code is refused, not matched.
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = alphabet.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * weights[i]!;
  }
  return alphabet[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; reason: string };

/** Normalises (trim, upper case, full-width to half-width) and verifies a credit code. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.normalize('NFKC').trim().toUpperCase();
  if (code.length !== 18) return { ok: false, reason: `a credit code has 18 characters, this has ${code.length}` };
  const bad = [...code].find((c) => !alphabet.includes(c));
  if (bad) return { ok: false, reason: `"${bad}" is not allowed in a credit code (no I, O, Z, S, V)` };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return { ok: false, reason: `check character is ${code[17]}, expected ${expected}` };
  return { ok: true, code };
}
