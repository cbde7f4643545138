import type { Localizer } from '../shared/localizer';

// Letters that Unicode normalisation does not take apart into a base letter and an accent.
const TRANSLITERATION: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ŋ: 'n', Ŋ: 'n',
};

const MAX_SLUG = 60;

/**
 * A name as a file or folder name: lower-case ASCII letters and digits, words joined by `-`.
 * Accents are dropped (é → e), a few letters transliterated (ß → ss), everything else (dots,
 * slashes, `..`, scripts without a Latin spelling) dropped, so the result can never leave
 * the folder it is joined to. May be empty: see requireSlug.
 */
export function slugify(name: string): string {
  const latin = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^ -~]/g, (c) => TRANSLITERATION[c] ?? ' ')
    .toLowerCase()
    // An apostrophe joins a name (O'Brien → obrien) rather than splitting it.
    .replace(/['\u2019`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin.length <= MAX_SLUG) return latin;
  const cut = latin.slice(0, MAX_SLUG);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '');
}

/** slugify for a person's name, or a clear error when nothing usable is left. */
export function requireSlug(name: string, l10n: Localizer): string {
  const slug = slugify(name);
  if (!slug) {
    const shown = name.trim() ? `"${name.trim().slice(0, 60)}"` : l10n.t('an empty name');
    throw new Error(l10n.t('The person name {0} has no Latin letters or digits to build a file name from. Use a name such as "Alex Kim"; a name in another script can carry a Latin spelling too, for example "Zhang Wei (张伟)".', shown));
  }
  return slug;
}

/** A person's name for a folder that has no remembered or written one: its slug, capitalised (`mary-jane` → `Mary Jane`). */
export function nameFromSlug(slug: string): string {
  return slug.split('-').filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
