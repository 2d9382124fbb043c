import type { PloverCategory } from '../../core/annotations.js';

/**
 * "X thanked Y for the assistance provided in ...": gratitude names a past provision by Y to X, an
 * event of its own beside X's SUPPORT of Y (PLOVER manual 3.6: AID is "all provisions of providing
 * material aid", humanitarian and emergency assistance included; help that is not material, such as
 * political support or help in settling a crisis, is SUPPORT). Each "for the <help> ..." phrase after
 * the thanking verb is one provision; the first rule that matches a phrase decides its category.
 */
export interface ThankedForRule {
  readonly id: string;
  readonly event: PloverCategory;
  /** Matched at the start of one "for ..." phrase (the text after "for "). */
  readonly pattern: RegExp;
}

const DET = String.raw`(?:(?:the|its|their|his|her|this|that|all)\s+)?(?:[\p{L}-]+\s+){0,2}?`;
const HELP = String.raw`(?:help|assistance|aid|support|backing|contribution)`;

export const THANKED_FOR_RULES: readonly ThankedForRule[] = [
  {
    // Material help: against a disease or disaster, or named as humanitarian, financial, military aid.
    id: 'aid.thanked-for-material-help',
    event: 'AID',
    pattern: new RegExp(String.raw`^(?:${DET}${HELP}\s+(?:(?:provided|given|rendered|extended)\s+)?(?:in|for|with|during)\s+(?:the\s+)?(?:combating|fighting|the fight against|fight against|tackling|overcoming|containing|countering|the aftermath of|recovery|reconstruction|rebuilding|relief)|(?:the\s+)?(?:humanitarian|financial|economic|military|medical|material|technical|emergency)\s+(?:${HELP}|assistance)|${DET}(?:donations?|vaccines?|supplies|loans?|grants?|relief)\b)`, 'iu'),
  },
  {
    // Any other help or support: political, diplomatic, in settling a crisis.
    id: 'support.thanked-for-help',
    event: 'SUPPORT',
    pattern: new RegExp(String.raw`^${DET}${HELP}\b`, 'iu'),
  },
];

/** "for the ..." phrases of the clause after a thanking verb, each with its offset in `after`. */
const FOR_PHRASE = /(?:^|[\s,])for\s+/giu;
/** The thanks end at a new sentence-level clause ("..., adding that"; "; ..."). */
const CLAUSE_END = /[;:]|,\s+(?:adding|noting|saying|stressing|while|but)\b/u;

export interface ThankedFor {
  readonly rule: ThankedForRule;
  /** Offsets in the text after the thanking verb. */
  readonly start: number;
  readonly end: number;
}

/** The provisions a thanking clause names, one per "for <help>" phrase (`after`: the text after the verb). */
export function thankedFor(after: string): ThankedFor[] {
  const stop = after.search(CLAUSE_END);
  const clause = stop >= 0 ? after.slice(0, stop) : after;
  const out: ThankedFor[] = [];
  for (const m of clause.matchAll(FOR_PHRASE)) {
    const at = m.index + m[0].length;
    const rest = clause.slice(at);
    for (const rule of THANKED_FOR_RULES) {
      const hit = rule.pattern.exec(rest);
      if (!hit) continue;
      out.push({ rule, start: at, end: at + hit[0].length });
      break;
    }
  }
  return out;
}
