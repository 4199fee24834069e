/**
 * The parts of a list of areas ("Sheet1!A1:B4, Sheet1!D1:D4", a defined name's
 * `'推进表'!$A:$B,'推进表'!$3:$3`), split at the commas outside a quoted sheet name, so
 * "'a,b'!A1:B2,'Tom''s'!C3" gives two parts. Parts are trimmed; empty ones are left out.
 * @example splitAreas("'a,b'!A1:B2, 'a,b'!D4") // ["'a,b'!A1:B2", "'a,b'!D4"]
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    // A doubled quote inside a name toggles twice, so it leaves the state as it was.
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
