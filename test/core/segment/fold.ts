/** Hard wrapping as wire feeds and `fold -s` deliver text, for the tests of wrapped copy. */

/**
 * What `fold -s -w width` does, then trailing blanks stripped (as wire feeds and e-mail
 * alerts deliver text): every line longer than `width` is broken after its last blank
 * within the width (or at the width when it has none). GNU fold counts bytes, not
 * characters: an accented letter, a curly quote or a dash (2 or 3 bytes in UTF-8) makes its
 * line shorter in characters. `count: 'chars'` counts characters instead.
 */
export function fold(text: string, width: number, count: 'bytes' | 'chars' = 'bytes'): string {
  const size = (s: string): number => (count === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (size(rest) > width) {
        // The longest prefix within the width, whole characters only.
        let fit = Math.min(rest.length, width);
        while (fit > 1 && size(rest.slice(0, fit)) > width) fit--;
        const blank = Math.max(rest.lastIndexOf(' ', fit - 1), rest.lastIndexOf('\t', fit - 1));
        const at = blank >= 0 ? blank + 1 : fit;
        out.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      out.push(rest);
      return out.map((l) => l.replace(/[ \t]+$/, '')).join('\n');
    })
    .join('\n');
}
