import type { Document, Element } from '@xmldom/xmldom';
import { DocxError } from './errors';
import { isOle, oleStreamNames } from './ole';
import { readZipEntries, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip';
import { Numbering } from './numbering';
import { children, descendants, isW, isWordElement, MATH_NS, MC_NS, PACKAGE_RELS_NS, parseXml, wAttr, wChild, wOn, wPath } from './xml';

/** One paragraph of the extracted text (one line of it). */
export interface DocxParagraph {
  /** 1-based, counting the paragraphs that have text (empty ones are left out). */
  index: number;
  /** UTF-16 offsets of the paragraph in `text`; `end` is before its line break. */
  start: number;
  end: number;
  /** The paragraph style's name as Word stores it ("heading 1", "Title", "Normal"…). */
  style?: string;
  /** 0 for the title, 1–9 for headings; from the style or outline level, else inferred (below). */
  headingLevel?: number;
  /** The level was inferred from the layout (a centred first line) or the numbering (一、 （一）). */
  headingInferred?: boolean;
  /** A paragraph in a table cell: 1-based table (in document order), row and cell. */
  table?: { index: number; row: number; cell: number };
  /** The automatic number drawn before the text (一、), included at the start of the paragraph. */
  label?: string;
}

/** What the document holds that is not in the extracted text, for a notice to the user. */
export interface DocxOmissions {
  /** Comments (批注): never checked. */
  comments: number;
  /** Tracked deletions (and moves away): left out, as if accepted. */
  deletions: number;
  /** Tracked insertions (and moves here): kept, as if accepted. Not an omission; reported with them. */
  insertions: number;
  /** Text boxes and shapes with text. */
  textBoxes: number;
  footnotes: number;
  endnotes: number;
  /** Equations (OMML). */
  equations: number;
  /** Runs of hidden text (w:vanish). */
  hiddenRuns: number;
  /** Embedded foreign content (w:altChunk: HTML, RTF or another document pasted in). */
  embedded: number;
  /** Automatic numbers whose label could not be rebuilt (bullets are not counted). */
  unrenderedNumbers: number;
  /** A header or footer holds words, not only a page number. */
  headerFooterText: boolean;
}

export interface DocxText {
  /** The paragraphs' text, one paragraph a line, joined by "\n". */
  text: string;
  paragraphs: DocxParagraph[];
  omitted: DocxOmissions;
}

export interface ReadDocxOptions {
  /** The file's name, to tell a .wps from a .doc (both are OLE containers). */
  fileName?: string;
  limits?: ZipLimits;
}

const REL = {
  officeDocument: /\/officeDocument$/,
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  header: /\/header$/,
  footer: /\/footer$/,
  comments: /\/comments$/,
};

/** Parts worth inflating: XML and relationships, not media, embedded files, fonts or glossaries. */
function wantedPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name) && !/^(word\/(media|embeddings|fonts|glossary)|customXml)\//i.test(name);
}

/**
 * Reads a .docx (bytes) into checkable text: body paragraphs, headings and table cells in
 * document order, tracked insertions kept and deletions left out (the document as if every
 * change were accepted), comments, footnotes, text boxes and headers/footers left out and counted.
 * Throws a DocxError for a .doc, .wps, an encrypted or a damaged file.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocxText {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  sniff(bytes, options.fileName ?? '');
  const parts = readZipEntries(bytes, wantedPart, limits);
  if (parts.size === 0) throw new DocxError('not-zip');
  const part = (name: string): Document | undefined => {
    const data = parts.get(name);
    return data ? parseXml(data, name) : undefined;
  };

  const mainName = relationshipTargets(part('_rels/.rels'), '', REL.officeDocument)[0] ?? 'word/document.xml';
  const main = part(mainName);
  if (!main) throw new DocxError(parts.has('[Content_Types].xml') ? 'not-word' : 'not-zip');
  const body = children(main.documentElement!).find((e) => isW(e, 'body'));
  if (!isW(main.documentElement!, 'document') || !body) throw new DocxError('not-word');

  const relsName = mainName.replace(/[^/]*$/, (f) => `_rels/${f}.rels`);
  const rels = part(relsName);
  const dir = mainName.replace(/[^/]*$/, '');
  const styles = new Styles(part(relationshipTargets(rels, dir, REL.styles)[0] ?? `${dir}styles.xml`));
  const numbering = new Numbering(part(relationshipTargets(rels, dir, REL.numbering)[0] ?? `${dir}numbering.xml`));
  const walker = new Walker(styles, numbering);
  walker.block(body, undefined, 0);
  walker.finish();

  const omitted = walker.omitted;
  omitted.unrenderedNumbers = numbering.unrendered;
  const commentsPart = part(relationshipTargets(rels, dir, REL.comments)[0] ?? '');
  if (commentsPart) omitted.comments = Math.max(omitted.comments, children(commentsPart.documentElement!).filter((e) => isW(e, 'comment')).length);
  for (const name of [...relationshipTargets(rels, dir, REL.header), ...relationshipTargets(rels, dir, REL.footer)]) {
    const hf = part(name);
    if (!hf || omitted.headerFooterText) continue;
    const side = new Walker(styles, new Numbering());
    side.block(hf.documentElement!, undefined, 0);
    side.finish();
    // A page number ("— 1 —", "第 1 页 共 3 页") is not words to check.
    if (/[^\s\d\-–—―－·.\/第页共码]/.test(side.text.replace(/page|of/gi, ''))) omitted.headerFooterText = true;
  }
  return { text: walker.text, paragraphs: walker.paragraphs, omitted };
}

/** Tells a .doc, .wps, encrypted or RTF file from a .docx before unzipping. */
function sniff(bytes: Uint8Array, fileName: string): void {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (isOle(bytes)) {
    const names = oleStreamNames(bytes);
    if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) throw new DocxError('encrypted');
    if (ext === 'wps') throw new DocxError('wps');
    if (names.includes('WordDocument') || ext === 'doc' || ext === 'dot') throw new DocxError('doc');
    throw new DocxError('ole');
  }
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '{\\rtf') throw new DocxError('rtf');
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
  if (!zip) throw new DocxError(ext === 'doc' ? 'doc' : ext === 'wps' ? 'wps' : 'not-zip');
}

/** Targets of the relationships whose type matches, as part names (relative to `dir`). */
function relationshipTargets(rels: Document | undefined, dir: string, type: RegExp): string[] {
  if (!rels?.documentElement) return [];
  const out: string[] = [];
  for (const r of children(rels.documentElement)) {
    if (r.localName !== 'Relationship' || r.namespaceURI !== PACKAGE_RELS_NS) continue;
    if (!type.test(r.getAttribute('Type') ?? '') || r.getAttribute('TargetMode') === 'External') continue;
    const target = r.getAttribute('Target') ?? '';
    out.push(resolvePart(dir, target));
  }
  return out;
}

function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

interface StyleInfo {
  name?: string;
  basedOn?: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
}

/** Paragraph styles: name, heading level (from the name or outline level) and numbering. */
class Styles {
  private readonly byId = new Map<string, StyleInfo>();
  private defaultId: string | undefined;

  constructor(doc?: Document) {
    if (!doc?.documentElement) return;
    for (const s of children(doc.documentElement)) {
      if (!isW(s, 'style') || (wAttr(s, 'type') ?? 'paragraph') !== 'paragraph') continue;
      const id = wAttr(s, 'styleId') ?? '';
      const pPr = wChild(s, 'pPr');
      const numPr = wPath(pPr, 'numPr');
      const outline = wAttr(wPath(pPr, 'outlineLvl'), 'val');
      this.byId.set(id, {
        name: wAttr(wChild(s, 'name'), 'val'),
        basedOn: wAttr(wChild(s, 'basedOn'), 'val'),
        outline: outline === undefined ? undefined : Number(outline),
        numId: wAttr(wPath(numPr, 'numId'), 'val'),
        ilvl: numPr ? Number(wAttr(wChild(numPr, 'ilvl'), 'val') ?? 0) : undefined,
      });
      if (['1', 'true', 'on'].includes(wAttr(s, 'default') ?? '')) this.defaultId = id;
    }
  }

  /** The chain from the style up through basedOn (cycles and very deep chains are cut). */
  private chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    for (let cur = id ?? this.defaultId; cur !== undefined && !seen.has(cur) && out.length < 32; ) {
      seen.add(cur);
      const s = this.byId.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  name(id: string | undefined): string | undefined {
    return this.chain(id)[0]?.name;
  }

  headingLevel(id: string | undefined): number | undefined {
    for (const s of this.chain(id)) {
      const name = (s.name ?? '').trim().toLowerCase();
      if (/^(title|标题)$/.test(name)) return 0;
      const m = /^(?:heading|标题)\s*([1-9])$/.exec(name);
      if (m) return Number(m[1]);
      if (s.outline !== undefined && s.outline >= 0 && s.outline < 9) return s.outline + 1;
    }
    return undefined;
  }

  numbering(id: string | undefined): { numId: string; ilvl: number } | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const s of this.chain(id)) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    return numId === undefined ? undefined : { numId, ilvl: ilvl ?? 0 };
  }
}

/** A placeholder for a line break inside a paragraph, resolved once its neighbours are known. */
const BREAK = '\u0000';
const MAX_DEPTH = 256;

interface Pending {
  text: string;
  style?: string;
  headingLevel?: number;
  table?: DocxParagraph['table'];
  label?: string;
  centred: boolean;
}

/** Walks WordprocessingML in document order and builds the extracted text. */
class Walker {
  text = '';
  readonly paragraphs: DocxParagraph[] = [];
  readonly omitted: DocxOmissions = { comments: 0, deletions: 0, insertions: 0, textBoxes: 0, footnotes: 0, endnotes: 0, equations: 0, hiddenRuns: 0, embedded: 0, unrenderedNumbers: 0, headerFooterText: false };
  private tables = 0;
  /** Text of a paragraph whose mark was deleted (tracked): it joins the next paragraph. */
  private carried = '';
  private readonly centred = new Set<number>();

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  block(el: Element, table: DocxParagraph['table'], depth: number): void {
    if (depth > MAX_DEPTH) throw new DocxError('corrupt', 'nesting too deep');
    for (const c of children(el)) {
      if (!isWordElement(c)) {
        if (c.localName === 'AlternateContent' && c.namespaceURI === MC_NS) this.alternate(c, (x) => this.block(x, table, depth + 1));
        continue;
      }
      switch (c.localName) {
        case 'p':
          this.paragraph(c, table, depth + 1);
          break;
        case 'tbl':
          this.table(c, depth + 1);
          break;
        case 'sdt':
          for (const content of children(c).filter((x) => isW(x, 'sdtContent'))) this.block(content, table, depth + 1);
          break;
        case 'customXml':
        case 'ins':
        case 'moveTo':
          this.block(c, table, depth + 1);
          break;
        case 'del':
        case 'moveFrom':
          this.omitted.deletions++;
          break;
        case 'altChunk':
          this.omitted.embedded++;
          break;
        default:
          break;
      }
    }
  }

  private table(tbl: Element, depth: number): void {
    const index = ++this.tables;
    let row = 0;
    for (const tr of children(tbl)) {
      const rows = isW(tr, 'tr') ? [tr] : isW(tr, 'sdt') || isW(tr, 'customXml') ? descendantsNamed(tr, 'tr') : [];
      for (const r of rows) {
        // A row deleted with tracked changes on is gone once the change is accepted.
        if (wPath(r, 'trPr', 'del')) {
          this.omitted.deletions++;
          continue;
        }
        row++;
        let cell = 0;
        for (const tc of children(r)) {
          const cells = isW(tc, 'tc') ? [tc] : isW(tc, 'sdt') || isW(tc, 'customXml') ? descendantsNamed(tc, 'tc') : [];
          for (const c of cells) this.block(c, { index, row, cell: ++cell }, depth + 1);
        }
      }
    }
  }

  private paragraph(p: Element, table: DocxParagraph['table'], depth: number): void {
    const pPr = wChild(p, 'pPr');
    const styleId = wAttr(wPath(pPr, 'pStyle'), 'val');
    let headingLevel = this.styles.headingLevel(styleId);
    const outline = wAttr(wPath(pPr, 'outlineLvl'), 'val');
    if (outline !== undefined) headingLevel = Number(outline) < 9 ? Number(outline) + 1 : undefined;
    // The paragraph mark itself deleted (tracked): the paragraph runs on into the next one.
    const markDeleted = !!wPath(pPr, 'rPr', 'del');

    let label = '';
    const direct = wPath(pPr, 'numPr');
    const numPr = direct
      ? { numId: wAttr(wChild(direct, 'numId'), 'val') ?? '0', ilvl: Number(wAttr(wChild(direct, 'ilvl'), 'val') ?? 0) }
      : this.styles.numbering(styleId);
    const content = this.inline(p, depth);
    if (numPr && content.trim()) label = this.numbering.next(numPr.numId, numPr.ilvl);

    const text = this.carried + label + content;
    if (markDeleted) {
      this.carried = text;
      return;
    }
    this.carried = '';
    const jc = wAttr(wPath(pPr, 'jc'), 'val');
    this.push({ text, style: this.styles.name(styleId), headingLevel, table, label: label || undefined, centred: jc === 'center' });
  }

  private push(p: Pending): void {
    const text = resolveBreaks(p.text).replace(/\r\n?|\n/g, ' ');
    if (!text.trim()) return;
    if (this.paragraphs.length > 0) this.text += '\n';
    const start = this.text.length;
    this.text += text;
    const para: DocxParagraph = { index: this.paragraphs.length + 1, start, end: this.text.length };
    if (p.style) para.style = p.style;
    if (p.headingLevel !== undefined) para.headingLevel = p.headingLevel;
    if (p.table) para.table = p.table;
    if (p.label) para.label = p.label;
    if (p.centred) this.centred.add(para.index);
    this.paragraphs.push(para);
  }

  /** The text of a paragraph's runs, hyperlinks, fields and accepted insertions. */
  private inline(el: Element, depth: number): string {
    if (depth > MAX_DEPTH) throw new DocxError('corrupt', 'nesting too deep');
    let out = '';
    for (const c of children(el)) {
      if (!isWordElement(c)) {
        if (MATH_NS.includes(c.namespaceURI ?? '') && (c.localName === 'oMath' || c.localName === 'oMathPara')) this.omitted.equations++;
        else if (c.localName === 'AlternateContent' && c.namespaceURI === MC_NS) this.alternate(c, (x) => (out += this.inline(x, depth + 1)));
        continue;
      }
      switch (c.localName) {
        case 'r':
          out += this.run(c);
          break;
        case 'ins':
        case 'moveTo':
          this.omitted.insertions++;
          out += this.inline(c, depth + 1);
          break;
        case 'del':
        case 'moveFrom':
          this.omitted.deletions++;
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'fldSimple':
        case 'dir':
        case 'bdo':
          out += this.inline(c, depth + 1);
          break;
        case 'sdt':
          for (const content of children(c).filter((x) => isW(x, 'sdtContent'))) out += this.inline(content, depth + 1);
          break;
        default:
          break;
      }
    }
    return out;
  }

  private run(r: Element): string {
    const rPr = wChild(r, 'rPr');
    if (rPr && (wOn(wChild(rPr, 'vanish')) || wOn(wChild(rPr, 'specVanish')))) {
      if (children(r).some((c) => isW(c, 't'))) this.omitted.hiddenRuns++;
      return '';
    }
    let out = '';
    for (const c of children(r)) {
      if (!isWordElement(c)) {
        if (c.localName === 'AlternateContent' && c.namespaceURI === MC_NS) this.countTextBoxes(c);
        continue;
      }
      switch (c.localName) {
        case 't':
          out += c.textContent ?? '';
          break;
        case 'tab':
        case 'ptab':
          out += '\t';
          break;
        case 'br':
        case 'cr':
          out += BREAK;
          break;
        case 'noBreakHyphen':
          out += '\u2011';
          break;
        case 'commentReference':
          this.omitted.comments++;
          break;
        case 'footnoteReference':
          this.omitted.footnotes++;
          break;
        case 'endnoteReference':
          this.omitted.endnotes++;
          break;
        case 'drawing':
        case 'pict':
        case 'object':
          this.countTextBoxes(c);
          break;
        default:
          // delText, instrText (field codes), sym, fldChar, softHyphen, lastRenderedPageBreak…
          break;
      }
    }
    return out;
  }

  /** mc:AlternateContent: the Fallback (plain WordprocessingML) when there is one, else the first Choice. */
  private alternate(el: Element, visit: (branch: Element) => void): void {
    const branches = children(el).filter((c) => c.namespaceURI === MC_NS);
    const chosen = branches.find((c) => c.localName === 'Fallback') ?? branches.find((c) => c.localName === 'Choice');
    if (chosen) visit(chosen);
  }

  private countTextBoxes(el: Element): void {
    // Both branches of an AlternateContent hold the same text box: count the first only.
    const scope = el.localName === 'AlternateContent' ? (children(el).find((c) => c.namespaceURI === MC_NS) ?? el) : el;
    for (const d of descendants(scope)) {
      if (d.localName === 'txbxContent' && isWordElement(d) && [...descendants(d)].some((t) => isW(t, 't') && (t.textContent ?? '').trim())) this.omitted.textBoxes++;
    }
  }

  /**
   * Once the whole document is read: with no heading styles at all, a centred first paragraph is
   * the title, and short paragraphs numbered 一、 or （一） are level-one and level-two headings.
   */
  finish(): void {
    if (this.carried) this.push({ text: this.carried, centred: false });
    this.carried = '';
    if (this.paragraphs.some((p) => p.headingLevel !== undefined)) return;
    for (const p of this.paragraphs) {
      if (p.table) continue;
      const text = this.text.slice(p.start, p.end).trim();
      const short = text.length <= 40 && !/[。！？；][^。！？；]/.test(text);
      let level: number | undefined;
      if (p.index === 1 && this.centred.has(1) && text.length <= 60 && !/[。！？]/.test(text)) level = 0;
      else if (short && /^[一二三四五六七八九十]+、/.test(text)) level = 1;
      else if (short && /^[（(][一二三四五六七八九十]+[）)]/.test(text)) level = 2;
      if (level !== undefined) {
        p.headingLevel = level;
        p.headingInferred = true;
      }
    }
  }
}

function descendantsNamed(el: Element, local: string): Element[] {
  return [...descendants(el)].filter((d) => isW(d, local));
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]/;

/**
 * A line break inside a paragraph (Shift+Enter, often in a two-line title) is layout, not text:
 * between Chinese characters it disappears, between Latin words it becomes a space.
 */
function resolveBreaks(text: string): string {
  if (!text.includes(BREAK)) return text;
  return text.replace(/\u0000+/g, (_, at: number, all: string) => {
    const before = all.slice(0, at).replace(/\s+$/, '').slice(-1);
    const after = all.slice(at).replace(/^[\u0000\s]+/, '').charAt(0);
    return !before || !after || WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}
