/**
 * The tier paragraph read as facts (rule book §4.2, §5 tier-consistency): who
 * is first-tier, whom the second-tier sentence excludes, whether the NRMS
 * item has its country list, which form (international / national) is used
 * and which tier vocabulary. Text comes from the repaired view; offsets
 * returned are ORIGINAL offsets.
 */
import type { Language, ListItemNode, NoticeRoot, SectionNode } from '../notice/tree.js';
import { TIER_PATTERNS } from '../template/eligibility.js';
import { LastTreeCache } from '../notice/tree-cache.js';
import { memo } from '../notice/prose.js';
import { ownCopy } from '../notice/normalize.js';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface TierItem extends TextSpan {
  female: boolean;
  nrms: boolean;
  internal: boolean;
}

export interface TierFacts {
  section: SectionNode;
  /** ORIGINAL offsets of the whole tier paragraph. */
  start: number;
  end: number;
  listSentence?: TextSpan;
  items: TierItem[];
  /** The NRMS item has a country list (after its colon or in the lines below it). */
  nrmsList: boolean;
  secondTier?: TextSpan;
  /** The exception clause of the second-tier sentence ("except …"). */
  except?: TextSpan;
  /** Offset (original) where a T1 fix inserts "and female candidates": before the clause's final period. */
  exceptInsertAt?: number;
  excludesFemale: boolean;
  /** The removable "and female candidates" phrase, when present. */
  femaleExclusionPhrase?: TextSpan;
  excludesNrms: boolean;
  nationalForm?: TextSpan;
  femaleWelcome?: TextSpan;
  tierTerm?: TextSpan;
  otherTerm?: TextSpan;
}

interface Compiled {
  listSentence: RegExp;
  secondTier: RegExp;
  except: RegExp;
  femaleItem: RegExp;
  femaleExclusion: RegExp;
  nrms: RegExp;
  internalItem: RegExp;
  nationalForm: RegExp;
  femaleWelcome: RegExp;
  tierTerm: RegExp;
  otherTerm?: RegExp;
}

const COMPILED = new Map<Language, Compiled>();
for (const [language, patterns] of Object.entries(TIER_PATTERNS) as Array<[Language, (typeof TIER_PATTERNS)['en']]>) {
  // spaces in the sources match any space or NBSP run
  const re = (source: string) => new RegExp(source.replace(/ /g, '[\\s\\u00A0]+'), 'iu');
  COMPILED.set(language, {
    listSentence: re(patterns.listSentence),
    secondTier: re(patterns.secondTier),
    except: re(patterns.except),
    femaleItem: re(patterns.femaleItem),
    femaleExclusion: re(patterns.femaleExclusion),
    nrms: re(patterns.nrms),
    internalItem: re(patterns.internalItem),
    nationalForm: re(patterns.nationalForm),
    femaleWelcome: re(patterns.femaleWelcome),
    tierTerm: re(patterns.tierTerm),
    otherTerm: patterns.otherTerm ? re(patterns.otherTerm) : undefined,
  });
}

/** "and female candidates" / "et des candidates" / "y las candidatas", with the space before it. */
const FEMALE_EXCLUSION_PHRASE = /[\s\u00A0]*,?[\s\u00A0]*(?:and|as well as|et|ainsi que|y)[\s\u00A0]+(?:des[\s\u00A0]+|las[\s\u00A0]+|external[\s\u00A0]+)?(?:female[\s\u00A0]+candidates|candidates|candidatas)(?![\p{L}])/iu;

const cache = new LastTreeCache<NoticeRoot, TierFacts | null>(); // not a WeakMap: see notice/tree-cache.ts

export function tierFacts(tree: NoticeRoot): TierFacts | undefined {
  const cached = cache.get(tree);
  if (cached !== undefined) return cached ?? undefined;
  const facts = read(tree);
  cache.set(tree, facts ?? null);
  return facts;
}

function read(tree: NoticeRoot): TierFacts | undefined {
  const section = tree.children.find((child): child is SectionNode => child.type === 'section' && child.id === 'tier');
  if (!section) return undefined;
  const patterns = COMPILED.get(tree.data.language)!;
  const view = tree.data.view;
  const data = section.data as { viewStart: number; viewEnd: number };
  const base = data.viewStart;
  const text = view.text.slice(base, data.viewEnd);
  const span = (at: number, length: number): TextSpan => ({
    start: view.toOriginal(base + at),
    end: view.toOriginal(base + at + length),
    text: text.slice(at, at + length),
  });
  const found = (local: Local | undefined): TextSpan | undefined => (local ? span(local.at, local.length) : undefined);
  // (a copy as the memo's key: a slice would keep the whole document in the memo)
  const scan = text.length > TIER_MEMO_MAX ? scanTier(text, patterns) : memo('tier-scan', tree.data.language, ownCopy(text), () => scanTier(text, patterns));
  const { listAt, secondAt } = scan;
  const listSentence = listAt ? span(listAt.at, listAt.length) : undefined;

  // first-tier items: list items between the list sentence and the second-tier sentence
  const items: TierItem[] = [];
  let nrmsList = false;
  if (listAt) {
    const from = listAt.at + listAt.length;
    const to = secondAt ? secondAt.at : text.length;
    let afterNrms = false;
    for (const child of section.children) {
      if (child.type === 'list') {
        for (const item of child.children as ListItemNode[]) {
          const itemEnd = (item.data as { viewEnd: number }).viewEnd - base;
          const itemStart = itemEnd - item.content.value.length;
          if (itemStart < from || itemStart >= to) continue;
          const content = item.content.value;
          const nrms = patterns.nrms.test(content);
          const where = span(itemStart, content.length);
          // (fields written out: spreading an object and adding fields gives each item a hidden class of its own)
          items.push({
            start: where.start,
            end: where.end,
            text: where.text,
            female: patterns.femaleItem.test(content),
            nrms,
            internal: patterns.internalItem.test(content.trim()),
          });
          if (nrms) {
            const colon = content.search(/:[\s\u00A0]*\S/);
            if (colon !== -1 && !/\$\{NRMS\}/.test(content.slice(colon))) nrmsList = true;
            afterNrms = true;
          } else afterNrms = false;
        }
      } else if (child.type === 'paragraph' && afterNrms) {
        const at = (child.data as { viewStart: number }).viewStart - base;
        if (at >= from && at < to && child.value.trim() && !/\$\{NRMS\}/.test(child.value) && /\p{L}/u.test(child.value)) nrmsList = true;
        afterNrms = false;
      }
    }
  }

  // second-tier sentence and its exception clause
  let secondTier: TextSpan | undefined;
  let except: TextSpan | undefined;
  let exceptInsertAt: number | undefined;
  let excludesFemale = false;
  let excludesNrms = false;
  let femaleExclusionPhrase: TextSpan | undefined;
  if (secondAt && scan.second) {
    const { end, except: exceptScan } = scan.second;
    secondTier = span(secondAt.at, end - secondAt.at);
    if (exceptScan) {
      const exceptAt = exceptScan.at;
      except = span(exceptAt, end - exceptAt);
      excludesFemale = exceptScan.excludesFemale;
      excludesNrms = exceptScan.excludesNrms;
      exceptInsertAt = view.toOriginal(base + exceptScan.insertLocal);
      if (exceptScan.phrase) femaleExclusionPhrase = span(exceptScan.phrase.at, exceptScan.phrase.length);
    }
  }

  return {
    section,
    start: section.position.start.offset ?? view.toOriginal(base),
    end: section.position.end.offset ?? view.toOriginal(data.viewEnd),
    listSentence,
    items,
    nrmsList,
    secondTier,
    except,
    exceptInsertAt,
    excludesFemale,
    femaleExclusionPhrase,
    excludesNrms,
    nationalForm: found(scan.nationalForm),
    femaleWelcome: found(scan.femaleWelcome),
    tierTerm: found(scan.tierTerm),
    otherTerm: found(scan.otherTerm),
  };
}

/** A match inside the tier section's text: its offset there and its length. */
interface Local {
  at: number;
  length: number;
}

/** What read() finds by patterns in the tier section's text alone (offsets relative to that text). */
interface TierScan {
  listAt?: Local;
  secondAt?: Local;
  second?: { end: number; except?: { at: number; excludesFemale: boolean; excludesNrms: boolean; insertLocal: number; phrase?: Local } };
  nationalForm?: Local;
  femaleWelcome?: Local;
  tierTerm?: Local;
  otherTerm?: Local;
}

/** Tier sections longer than this are scanned without the memo. */
const TIER_MEMO_MAX = 20_000;

/*
 * Why memoised (by language and section text): the tier section is standard text, the same in most notices, and
 * its dozen case-insensitive Unicode searches cost ≈ 60 µs per notice that the CLI paid for every file. The scan
 * depends on the text and the language's patterns only, with offsets relative to the text; nothing changes it.
 */
function scanTier(text: string, patterns: Compiled): TierScan {
  const localAt = (re: RegExp, from = 0): Local | undefined => {
    const match = re.exec(text.slice(from));
    return match ? { at: from + match.index, length: match[0].length } : undefined;
  };
  const listAt = localAt(patterns.listSentence);
  const secondAt = localAt(patterns.secondTier, listAt ? listAt.at : 0);
  let second: TierScan['second'];
  if (secondAt) {
    const afterColon = secondAt.at + secondAt.length;
    const rest = text.slice(afterColon);
    const period = /\.(?=[\s\u00A0]|$)/.exec(rest);
    const end = afterColon + (period ? period.index + 1 : rest.length);
    second = { end };
    const exceptMatch = patterns.except.exec(text.slice(secondAt.at, end));
    if (exceptMatch) {
      const exceptAt = secondAt.at + exceptMatch.index;
      const clause = text.slice(exceptAt, end);
      let insertLocal = end;
      if (period) insertLocal = end - 1;
      else while (insertLocal > exceptAt && /[\s\u00A0]/.test(text[insertLocal - 1]!)) insertLocal--;
      const phrase = FEMALE_EXCLUSION_PHRASE.exec(clause);
      second.except = {
        at: exceptAt,
        excludesFemale: patterns.femaleExclusion.test(clause),
        excludesNrms: patterns.nrms.test(clause),
        insertLocal,
        phrase: phrase ? { at: exceptAt + phrase.index, length: phrase[0].length } : undefined,
      };
    }
  }
  return {
    listAt,
    secondAt,
    second,
    nationalForm: localAt(patterns.nationalForm),
    femaleWelcome: localAt(patterns.femaleWelcome),
    tierTerm: localAt(patterns.tierTerm),
    otherTerm: patterns.otherTerm ? localAt(patterns.otherTerm) : undefined,
  };
}
