/**
 * Clock times across languages: a translation writes "3:30 p.m." as "15 h 30", "15.30 Uhr" or
 * "pukul 15.30", so its figures (15, 30) are not the canonical's (3:30, or 3). Each side's clock
 * times are read in its own language and compared on the 12-hour dial, which both a 24-hour
 * and a 12-hour time name; a figure that is part of a clock time the other side names too is
 * carried, not dropped or added.
 *
 * A language whose time reader reads clock times (its `TimeWords.clock`: English, "3:30 p.m.",
 * "five in the afternoon") is read by that reader (time.ts, `findTimes`), the one the time
 * detector compares with. The others are read here by their hour marks (`TimeWords.hourMarks`),
 * loosely: a figure beside a mark may be an hour ("10 heures" is also ten hours), which is enough
 * to carry a figure the other side names as the same hour, not to compare two times.
 */
import type { TimeWords } from '../data/time';
import { findTimes } from '../time';
import type { GroupSide } from './group';

/** A clock time of a side: the figure tokens it is written with, and its minutes on a 12-hour dial. */
interface Clock {
  figures: number[];
  dial: number;
}

/** Hours and minutes written as one token: "3:30", "15:30"; with a mark beside it, "15.30", "15h30". */
const JOINED = /^(\d{1,2}):(\d{2})$/;
const JOINED_MARKED = /^(\d{1,2})[.h](\d{2})$/;
/** Minutes split off an hour by the tokenizer: "15h30" is "15" and "h30". */
const MINUTES = /^h(\d{2})$/;

/** A clock time at token i by the language's hour marks ("15 h 30", "15h30", "15.30 Uhr", "pukul 15.30"), or null. */
function markedClockAt(side: GroupSide, i: number, marks: NonNullable<TimeWords['hourMarks']>): Clock | null {
  const toks = side.tokens;
  const t = toks[i]!;
  const surface = side.text.slice(t.start, t.end);
  const next = toks[i + 1];
  // "15h30" is read as "15" and "h30": the mark with the minutes.
  const split = next !== undefined && marks.after.includes('h') && t.end === next.start ? MINUTES.exec(next.norm) : null;
  const marked = !!split || (next !== undefined && marks.after.includes(next.norm)) || (i > 0 && !!marks.before?.includes(toks[i - 1]!.norm));
  const pm = next !== undefined && !!marks.pm?.includes(next.norm);
  const clock = (h: number, m: number, figures: number[]): Clock | null => {
    if (h > 24 || m > 59) return null;
    return { figures, dial: ((pm && h < 12 ? h + 12 : h) % 12) * 60 + m };
  };
  const joined = JOINED.exec(surface) ?? (marked ? JOINED_MARKED.exec(surface) : null);
  if (joined) return clock(Number(joined[1]), Number(joined[2]), t.num !== null ? [i] : []);
  if (!marked || t.num === null || !Number.isInteger(t.num) || !/^\d{1,2}$/.test(surface)) return null;
  if (split) return clock(t.num, Number(split[1]), [i]);
  // "15 h 30": the minutes after the mark.
  const after = toks[i + 2];
  if (next && marks.after.includes(next.norm)) {
    if (after && after.num !== null && /^\d{2}$/.test(side.text.slice(after.start, after.end)) && side.text.slice(next.end, after.start) === ' ') return clock(t.num, after.num, [i, i + 2]);
  }
  return clock(t.num, 0, [i]);
}

function clocksOf(side: GroupSide, words: TimeWords | undefined): Clock[] {
  const out: Clock[] = [];
  if (words?.clock) {
    for (const r of findTimes(side.text, side.tokens, words)) {
      // `h`: the time on the 12-hour dial, "3:30".
      const h = r.parts.get('h');
      if (h === undefined) continue;
      const colon = h.indexOf(':');
      out.push({ figures: r.toks.filter((k) => side.tokens[k]!.num !== null), dial: Number(h.slice(0, colon)) * 60 + Number(h.slice(colon + 1)) });
    }
    return out;
  }
  const marks = words?.hourMarks;
  if (!marks) return out;
  for (let i = 0; i < side.tokens.length; i++) {
    const c = markedClockAt(side, i, marks);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Takes out of `cf` and `af` (each side's figures, before they are paired) those that write a
 * clock time the other side names too, on the 12-hour dial: "3:30 p.m." carries "15 h 30".
 */
export function clocksCarried(C: GroupSide, A: GroupSide, words: { canonical?: TimeWords; article?: TimeWords }, cf: number[], af: number[]): void {
  const ac = clocksOf(A, words.article);
  if (!ac.length) return;
  const cc = clocksOf(C, words.canonical);
  const take = (list: number[], figures: number[]): void => {
    for (const f of figures) {
      const k = list.indexOf(f);
      if (k >= 0) list.splice(k, 1);
    }
  };
  for (const c of cc) {
    const k = ac.findIndex((a) => a.dial === c.dial);
    if (k < 0) continue;
    take(cf, c.figures);
    take(af, ac[k]!.figures);
    ac.splice(k, 1);
  }
}
