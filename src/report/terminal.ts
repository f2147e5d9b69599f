/**
 * Writing to a terminal: the ANSI codes, one colour per severity, and the strip of
 * control characters that keeps untrusted text from driving the terminal.
 */
import type { Severity } from '../core/types';

export const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  cyan: '\x1b[36m',
  strike: '\x1b[9m',
} as const;

export const SEVERITY_COLOR: Record<Severity, string> = { high: ANSI.red, medium: ANSI.yellow, low: ANSI.blue };

/** A function that wraps text in an ANSI code (and a reset), or leaves it plain when `color` is off. */
export function painter(color: boolean): (code: string, s: string) => string {
  return (code, s) => (color ? code + s + ANSI.reset : s);
}

/** Strips control and bidi-override characters so untrusted text cannot drive the terminal. */
export function cleanTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
