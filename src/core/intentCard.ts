import type { LocalizedText, Span } from './model';
import { parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

/** A value from the card with its place in the document. */
export interface Located<T> extends Span {
  value: T;
}

/** The drafter's intent card (front matter): occasion, audience, duration, purpose, key points. */
export interface IntentCard {
  occasion?: Located<string>;
  audience?: Located<string>;
  durationMinutes?: Located<number>;
  purpose?: Located<string>;
  keyPoints: Located<string>[];
  tone?: Located<string>;
  speaker?: Located<string>;
  /** Where the card sits, for findings about the card as a whole. */
  start: number;
  end: number;
}

/** Why the card (or part of it) could not be read, in both languages, and where. */
export interface CardProblem extends LocalizedText, Span {}

const FIELDS: Record<string, keyof IntentCard> = {
  场合: 'occasion', occasion: 'occasion',
  听众: 'audience', audience: 'audience',
  '时长（分钟）': 'durationMinutes', '时长(分钟)': 'durationMinutes', 时长: 'durationMinutes', duration: 'durationMinutes',
  目的: 'purpose', purpose: 'purpose',
  要点: 'keyPoints', keyPoints: 'keyPoints',
  语气: 'tone', tone: 'tone',
  讲话人: 'speaker', speaker: 'speaker',
};

export { CARD_TEMPLATE_KEYS } from './intentCardTemplate';

/** A card field written with a full-width colon (场合：…) is no YAML key: the card stops being read. */
function fullWidthColons(body: string, base: number): CardProblem[] {
  const problems: CardProblem[] = [];
  const line = /^([ \t]*)([^:：\r\n]+?)[ \t]*：/gm;
  for (let m = line.exec(body); m; m = line.exec(body)) {
    const key = m[2].replace(/^-\s*/, '');
    if (!Object.hasOwn(FIELDS, key)) continue;
    const start = base + m.index + m[1].length;
    problems.push({
      zh: `意图卡的“${key}：”用了全角冒号，意图卡因此读不出来；字段名后应为半角冒号加空格：“${key}: ”。`,
      en: `The intent card's "${key}：" has a full-width colon, so the card cannot be read; write a colon and a space: "${key}: ".`,
      start,
      end: start + m[0].length - m[1].length,
    });
  }
  return problems;
}

/** A blank still in the card: the inserted card marks what to fill in with ××. */
const UNFILLED = /××|……|[XxＸｘ]{2}/;

/**
 * Parses front matter (`---` … `---`, starting at `offset` in the document) as an intent card.
 * Returns undefined when it holds none of the card's fields.
 */
export function parseIntentCard(frontMatter: string, offset: number): { card?: IntentCard; problems: CardProblem[] } {
  const problems: CardProblem[] = [];
  const bodyStart = frontMatter.indexOf('\n') + 1;
  const closing = /\r?\n(?:---|\.\.\.)[ \t]*\r?\n?$/.exec(frontMatter);
  const body = frontMatter.slice(bodyStart, closing ? closing.index + 1 : frontMatter.length);
  const base = offset + bodyStart;
  const doc = parseDocument(body, { uniqueKeys: false, prettyErrors: false });
  for (const e of doc.errors) {
    problems.push({ zh: `意图卡不是有效的 YAML：${e.message.split('\n')[0]}`, en: `The intent card is not valid YAML: ${e.message.split('\n')[0]}`, start: base + e.pos[0], end: base + e.pos[0] + Math.max(1, e.pos[1] - e.pos[0]) });
  }
  problems.push(...fullWidthColons(body, base));
  if (!isMap(doc.contents)) {
    if (problems.length === 0 && body.trim()) {
      problems.push({ zh: '意图卡读不出来：每行应为“字段: 内容”（半角冒号加空格），例如“场合: 全市安全生产工作会议”。', en: 'The intent card cannot be read: each line must be "field: value" (a colon and a space), e.g. "occasion: city safety meeting".', start: base, end: base + body.trimEnd().length });
    }
    return { problems };
  }
  const card: IntentCard = { keyPoints: [], start: offset, end: offset + frontMatter.length };
  let known = 0;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!Object.hasOwn(FIELDS, key)) continue;
    const field = FIELDS[key];
    known++;
    const node = pair.value as Node | null;
    const at = (n: Node | null) => {
      const start = base + (n?.range?.[0] ?? 0);
      return { start, end: start + Math.max(1, (n?.range?.[1] ?? 0) - (n?.range?.[0] ?? 0)) };
    };
    // A blank is no plan: it is flagged, and nothing is checked against it.
    const unfilled = (text: string, n: Node | null) => {
      if (!UNFILLED.test(text)) return false;
      problems.push({ zh: `意图卡的“${key}”还没有填写（“${text}”），填好后才能据此检查讲稿。`, en: `The intent card's "${key}" is not filled in yet ("${text}"): fill it in so the draft can be checked against it.`, ...at(n) });
      return true;
    };
    if (field === 'keyPoints') {
      const items = isSeq(node) ? node.items : node ? [node] : [];
      for (const item of items) {
        const text = isScalar(item) ? String(item.value ?? '').trim() : '';
        if (text && !unfilled(text, item as Node)) card.keyPoints.push({ value: text, ...at(item as Node) });
      }
    } else if (field === 'durationMinutes') {
      const raw = isScalar(node) ? node.value : undefined;
      const minutes = typeof raw === 'number' ? raw : parseFloat(String(raw ?? ''));
      if (Number.isFinite(minutes) && minutes > 0) card.durationMinutes = { value: minutes, ...at(node) };
      else if (raw !== null && raw !== undefined && raw !== '') {
        problems.push({ zh: `意图卡的“${key}”应为分钟数，例如 20。`, en: `The card's "${key}" must be a number of minutes, e.g. 20.`, ...at(node) });
      }
    } else if (isScalar(node) && node.value !== null && String(node.value).trim() && !unfilled(String(node.value).trim(), node)) {
      (card[field] as Located<string>) = { value: String(node.value).trim(), ...at(node) };
    }
  }
  return { card: known > 0 ? card : undefined, problems };
}
