import type { TipContext } from '../shared/contentTypes';
import type { Localizer } from '../shared/localizer';

export type DocumentKind = Extract<TipContext, 'one-on-one' | 'retro' | 'self-check' | 'decision-record' | 'pull-request' | 'codeowners' | 'planning' | 'team-health' | 'code'>;

const PROSE = new Set(['markdown', 'plaintext', 'restructuredtext', 'asciidoc', 'latex', 'log', 'json', 'jsonc', 'yaml', 'ignore', 'properties', 'ini', 'toml', 'xml', 'csv']);

/** What kind of document the user has open, from its path and language; undefined when nothing fits. */
export function documentKindOf(path: string, languageId: string, scheme = 'file'): DocumentKind | undefined {
  const p = path.replace(/\\/g, '/').toLowerCase();
  const name = p.slice(p.lastIndexOf('/') + 1);
  if (name === 'codeowners') return 'codeowners';
  if (scheme === 'pr' || scheme === 'review' || /pull_request_template|\/pull-request|pr-description|pr_description/.test(p) || languageId === 'git-commit') return 'pull-request';
  if (/\/one-on-ones\/|(^|[^a-z0-9])(1on1|1-1|one-on-one|1:1)([^a-z0-9]|$)/.test(p)) return 'one-on-one';
  if (/\/retros?\/|retrospective|(^|[^a-z])retro([^a-z]|$)/.test(p)) return 'retro';
  if (/\/self-checks\/|self-check/.test(p)) return 'self-check';
  if (/\/(adrs?|decisions|decision-records)\/|(^|[^a-z])adr-\d/.test(p)) return 'decision-record';
  if (/team-health|health-check/.test(p)) return 'team-health';
  if (/planning|roadmap|okrs?([^a-z]|$)|quarterly/.test(name)) return 'planning';
  if (languageId && !PROSE.has(languageId)) return 'code';
  return undefined;
}

/** Why a tip fits the document open, in words: "you are editing a retro". */
export function editingReason(kind: DocumentKind, l10n: Localizer): string {
  switch (kind) {
    case 'one-on-one': return l10n.t('you are editing a 1:1 note');
    case 'retro': return l10n.t('you are editing a retro');
    case 'self-check': return l10n.t('you are editing a self-check');
    case 'decision-record': return l10n.t('you are editing a decision record');
    case 'pull-request': return l10n.t('you are editing a pull-request description');
    case 'codeowners': return l10n.t('you are editing a CODEOWNERS file');
    case 'planning': return l10n.t('you are editing a planning document');
    case 'team-health': return l10n.t('you are editing a team health review');
    case 'code': return l10n.t('you are editing code');
  }
}
