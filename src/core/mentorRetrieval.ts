import type { Tip } from '../shared/contentTypes';
import { leadText } from './plainText';
import { excerptAround, tokenize } from './searchTerms';
import type { TipLibrary } from './tipLibrary';

export interface MentorAnswer {
  tip: Tip;
  score: number;
  /** The passage of the tip that speaks to the question. */
  excerpt: string;
}

/**
 * How leaders phrase a problem, mapped to the words the library uses for it. A question
 * rarely names the remedy ("I am the bottleneck" is about delegation), so the words that
 * matter are added before searching. Keys are matched against the question's words (and
 * word pairs); values are extra search words.
 */
const PHRASES: Record<string, string> = {
  bottleneck: 'delegate approver decides',
  micromanage: 'delegate oversight',
  micromanaging: 'delegate oversight',
  'my time': 'week calendar hours',
  'leadership work': 'week hours calendar',
  busy: 'week calendar',
  postmortem: 'incident blameless review',
  incident: 'blameless review',
  reorg: 'reorganise change',
  reorganisation: 'reorganise change loss',
  reorganization: 'reorganise change loss',
  resists: 'resistance change',
  resist: 'resistance change',
  'become a manager': 'management career manager',
  'stay an engineer': 'career staff pendulum',
  promoted: 'promotion',
  fairer: 'structured scorecard',
  fair: 'structured scorecard',
  waste: 'purpose owner output',
  afraid: 'safety speak',
  'speak up': 'safety airtime dissent',
  'psychological safety': 'learning mistakes',
  honest: 'criticism',
  'my own': 'yourself',
  difficult: 'candor challenge',
  'hard conversation': 'candor challenge',
  burnout: 'workload wellbeing slack',
  overwhelmed: 'workload slack',
  'tech debt': 'debt toil health',
  'technical debt': 'debt toil health',
  stale: 'formats vary',
  repetitive: 'formats vary',
  'never get done': 'owners actions',
  debating: 'decide deadline commit',
  debate: 'decide deadline commit',
  distract: 'defer deflect focus',
  interruptions: 'defer deflect focus',
  'new hire': 'onboarding',
  onboard: 'onboarding',
  ai: 'assistants tools',
  'status updates': 'status agenda',
  aligned: 'alignment goals',
  'stay technical': 'technical empathy code',
  'deep strategic': 'strategy unbroken',
  // General vocabulary: everyday words for the library's terms.
  'one to one': '1:1 one-on-one',
  'one-to-one': '1:1 one-on-one',
  '1on1': '1:1 one-on-one',
  boss: 'manager upward',
  'my manager': 'manager upward',
  argue: 'disagree decide',
  arguing: 'disagree decide',
  disagree: 'decide dissent',
  conflict: 'disagree dissent',
  'took over': 'listening tour first',
  'taking over': 'listening tour first',
  inherited: 'listening tour first',
  recognised: 'visible glue',
  recognized: 'visible glue',
  recognition: 'visible glue',
  credit: 'visible glue',
  calendar: 'week hours',
  think: 'strategy unbroken',
  thinking: 'strategy unbroken',
  unrealistic: 'bad news appetite',
  pushback: 'bad news defer',
};

/** Words so common in this library that they carry little signal in a question. */
const WEAK = new Set(['team', 'teams', 'engineer', 'engineers', 'engineering', 'people', 'work', 'good', 'better', 'always', 'every', 'new', 'make', 'keep']);

/** Expands a question into the words worth searching for. */
export function mentorQuery(question: string): string {
  const words = tokenize(question);
  const extra: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const one = PHRASES[words[i]];
    if (one) extra.push(one);
    for (const n of [2, 3]) {
      const phrase = PHRASES[words.slice(i, i + n).join(' ')];
      if (phrase && i + n <= words.length) extra.push(phrase);
    }
  }
  return [...words.filter((w) => !WEAK.has(w)), ...extra].join(' ');
}

/**
 * The mentor's retrieval: the library's search engine over the question's meaningful words
 * and their expansions, every word counting (OR), so a tip that answers most of the question
 * ranks first even when it does not contain every word. Each answer carries its best passage.
 */
export function retrieveAnswers(library: TipLibrary, question: string, limit = 3): MentorAnswer[] {
  const query = mentorQuery(question.slice(0, 500));
  if (!query.trim()) return [];
  return library.searchAny(query, limit).map((h) => ({
    tip: h.tip,
    score: Math.round(h.score * 100) / 100,
    excerpt: excerptAround(leadText(h.tip.markdown), h.terms, 240),
  }));
}
