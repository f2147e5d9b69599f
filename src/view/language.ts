/**
 * The `wirediff.language` setting as the engine takes it: `auto`, or the ISO 639-3 code of a
 * language WireDiff reads. A two-letter or BCP 47 tag a user may write ("en", "fr-CA") becomes its
 * ISO 639-3 code; anything else, an unknown three-letter code included, is `auto`, and the
 * language is detected (the CLI refuses such a value; a setting cannot stop every comparison, and
 * the setting's description names the form).
 */
import { iso6393Of, isKnownLanguage } from '../core/languageCodes';

export function languageSetting(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) return 'auto';
  const code = value.trim().toLowerCase();
  if (code === 'auto' || isKnownLanguage(code)) return code;
  return iso6393Of(code.split(/[-_]/)[0]!) ?? 'auto';
}
