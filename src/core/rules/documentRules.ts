import type { CompiledRule, Match } from '../model';
import type { DocumentContext } from './kinds/kind';
import { replaceWith } from './fixes';

export type DocumentRule = (doc: DocumentContext, rule: CompiledRule) => Match[];

/** Too long or too short for the card's planned duration at the speaking rate (brief §1.4). */
const draftLength: DocumentRule = (doc, rule) => {
  const planned = doc.card?.durationMinutes;
  if (!planned || doc.stats.characters === 0) return [];
  const target = planned.value * doc.speakingRate;
  const actual = doc.stats.characters;
  const minutes = doc.stats.minutes;
  // About 10% allowance for applause and ad-libs; under 70% of the plan leaves the slot half empty.
  if (actual > target * 1.1) {
    const cut = Math.round(actual - target);
    return [{ rule, start: planned.start, end: planned.end, message: {
      zh: `按每分钟 ${doc.speakingRate} 字，全文 ${actual} 字约需 ${minutes} 分钟，超出计划的 ${planned.value} 分钟；宜压缩约 ${cut} 字。`,
      en: `At ${doc.speakingRate} characters a minute, ${actual} characters take about ${minutes} minutes, over the planned ${planned.value}; cut about ${cut} characters.`,
    } }];
  }
  if (actual < target * 0.7) {
    const add = Math.round(target - actual);
    return [{ rule, start: planned.start, end: planned.end, message: {
      zh: `按每分钟 ${doc.speakingRate} 字，全文 ${actual} 字约需 ${minutes} 分钟，明显短于计划的 ${planned.value} 分钟；还可充实约 ${add} 字。`,
      en: `At ${doc.speakingRate} characters a minute, ${actual} characters take about ${minutes} minutes, well short of the planned ${planned.value}; about ${add} more characters would fill it.`,
    } }];
  }
  return [];
};

const normalize = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * A key point counts as covered when its text appears in the prose, or when most of its
 * two-character pieces do (the drafter rarely repeats a point word for word).
 */
function pointCovered(point: string, prose: string): boolean {
  const p = normalize(point);
  if (p.length === 0) return true;
  const body = normalize(prose);
  if (body.includes(p)) return true;
  if (p.length < 4) return false;
  let hits = 0;
  let total = 0;
  for (let i = 0; i + 2 <= p.length; i += 2) {
    total++;
    if (body.includes(p.slice(i, i + 2))) hits++;
  }
  return hits / total >= 0.75;
}

/** Key points on the card that the draft never mentions (brief G6: 领导原话 must not go missing). */
const keyPointsCovered: DocumentRule = (doc, rule) => {
  if (!doc.card || doc.card.keyPoints.length === 0) return [];
  const prose = doc.prose.map((p) => p.text).join('\n');
  return doc.card.keyPoints
    .filter((point) => !pointCovered(point.value, prose))
    .map((point) => ({ rule, start: point.start, end: point.end, message: {
      zh: `意图卡要点“${point.value}”在正文中没有体现；领导要讲的要点不能遗漏（五不：不随意删节领导意见）。`,
      en: `Key point "${point.value}" from the intent card is not covered in the draft; the leader's points must not go missing.`,
    } }));
};

interface AddressNorm {
  audience: RegExp;
  expected: string;
  wrong: RegExp;
}

/** Forms of address by audience (brief §1.2). */
const ADDRESS_NORMS: AddressNorm[] = [
  { audience: /外宾|外事|使节|外国/, expected: '女士们、先生们', wrong: /同志们/ },
  { audience: /代表/, expected: '各位代表', wrong: /^同志们[：:]/ },
  { audience: /学生|同学/, expected: '同学们', wrong: /^同志们[：:]/ },
  { audience: /专家|学者/, expected: '各位专家、各位学者', wrong: /^同志们[：:]/ },
];

/** The opening address does not fit the card's audience. */
const addressFitsAudience: DocumentRule = (doc, rule) => {
  const audience = doc.card?.audience?.value;
  if (!audience) return [];
  const norm = ADDRESS_NORMS.find((n) => n.audience.test(audience));
  if (!norm) return [];
  for (const block of doc.prose) {
    const first = /\S[^\r\n]*/.exec(block.text);
    if (!first) continue;
    const line = first[0].trim();
    if (!/[：:]$/.test(line) || line.length > 60) return [];
    const m = norm.wrong.exec(line);
    if (!m || line.includes(norm.expected)) return [];
    const start = block.start + first.index + m.index;
    return [{ rule, start, end: start + m[0].replace(/[：:]$/, '').length, message: {
      zh: `听众是“${audience}”，称呼宜用“${norm.expected}”（讲话中的称呼语应与场合、听众相称）。`,
      en: `The audience is "${audience}"; address them as "${norm.expected}".`,
    }, fixes: [replaceWith(norm.expected)] }];
  }
  return [];
};

/** Forms by which the speaker could be narrated in the third person ("王书记强调"). */
function speakerForms(speaker: string): string[] {
  const forms = new Set<string>();
  const name = /^([\u4e00-\u9fff]{2,4})/.exec(speaker)?.[1];
  // 副市长 and 常务副省长 are titles too: 李副市长 and 李华副市长 name the speaker as 李市长 does.
  const full = /((?:常务)?副?(?:书记|市长|县长|省长|区长|主任|部长|局长|厅长|主席|院长|校长|秘书长|董事长|总经理))/.exec(speaker)?.[1];
  const title = full?.replace(/^(?:常务)?副/, '');
  if (name && name !== title && name !== full) {
    forms.add(name + (full ?? ''));
    forms.add(name);
    if (full && title) for (const t of new Set([full, title])) forms.add(name[0] + t);
  }
  // Longest first, so 李华副市长 is one finding, not 李华 alone.
  return [...forms].sort((x, y) => y.length - x.length);
}

/** The speaker narrated in the third person in their own speech (brief A5). */
const speakerNarrated: DocumentRule = (doc, rule) => {
  const speaker = doc.card?.speaker?.value;
  if (!speaker) return [];
  const forms = speakerForms(speaker);
  if (forms.length === 0) return [];
  return proseMatches(doc, new RegExp(`(${forms.join('|')})(同志)?(强调|指出|要求|提出|认为|讲到|说)`, 'gu'), rule);
};

/** Every match of a global regex in the document's prose. */
function proseMatches(doc: DocumentContext, re: RegExp, rule: CompiledRule): Match[] {
  const out: Match[] = [];
  for (const block of doc.prose) {
    re.lastIndex = 0;
    for (let m = re.exec(block.text); m; m = re.exec(block.text)) {
      out.push({ rule, start: block.start + m.index, end: block.start + m.index + m[0].length });
    }
  }
  return out;
}

/** The speaker calls their own speech 重要讲话 (brief G5: that is the chair's phrase). */
const speakerPraisesOwnSpeech: DocumentRule = (doc, rule) => {
  const forms = speakerForms(doc.card?.speaker?.value ?? '');
  if (forms.length === 0) return [];
  const who = `(?:${forms.join('|')})(?:同志)?`;
  const praise = `(?:十分|非常|很)?重要(?:的)?讲话`;
  return proseMatches(doc, new RegExp(`${who}(?:刚才|今天)?(?:作|做)了(?:一个|一篇)?${praise}|${who}(?:的|所作的)${praise}`, 'gu'), rule);
};

/** A department head's title: their speech does not direct the Party committees or governments (brief G8). */
const DEPARTMENT_HEAD = /(?:局长|厅长|处长|科长|部长|主任|院长|所长|站长|党组书记)[）)]?\s*$/;

/** Requirements addressed to 各级党委/各级政府 in a department head's speech (brief G8). */
const speakerRemit: DocumentRule = (doc, rule) => {
  const speaker = doc.card?.speaker?.value ?? '';
  if (!DEPARTMENT_HEAD.test(speaker) || /人大|政协/.test(speaker)) return [];
  return proseMatches(doc, /(?:全市|全省|全县|全区)?各级(?:党委和政府|党委政府|党委、政府|党委|政府)(?:都|一定)?(?:要|必须|务必)/gu, rule);
};

export const DOCUMENT_RULES: Record<string, DocumentRule> = {
  draftLength,
  keyPointsCovered,
  addressFitsAudience,
  speakerNarrated,
  speakerPraisesOwnSpeech,
  speakerRemit,
};
