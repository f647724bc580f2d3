import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { DocxError } from './errors';

/** WordprocessingML's namespace in transitional (what Word and WPS write) and strict OOXML. */
export const W_NS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
export const MATH_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math'];
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

const ELEMENT_NODE = 1;

/** Parses one package part with xmldom; any XML error (not a warning) makes the file corrupt. */
export function parseXml(bytes: Uint8Array, part: string): Document {
  let source: string;
  try {
    // XML parts are UTF-8 or, with a byte order mark, UTF-16 (XML 1.0 §4.3.3).
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    source = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DocxError('corrupt', `${part}: not valid UTF-8`);
  }
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(source, 'application/xml');
  } catch (e) {
    throw new DocxError('corrupt', `${part}: ${(e as Error).message.split('\n')[0]}`);
  }
  // OOXML parts never carry a DTD; refusing one rules out entity tricks.
  if (doc.doctype) throw new DocxError('corrupt', `${part}: unexpected DOCTYPE`);
  if (!doc.documentElement) throw new DocxError('corrupt', `${part}: empty`);
  return doc;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** The element children of `el`. */
export function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function isW(el: Element, local: string): boolean {
  return el.localName === local && W_NS.includes(el.namespaceURI ?? '');
}

export function isWordElement(el: Element): boolean {
  return W_NS.includes(el.namespaceURI ?? '');
}

export function wChild(el: Element, local: string): Element | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n) && isW(n, local)) return n;
  return undefined;
}

/** The element reached by a path of w: children (`wPath(pPr, 'rPr', 'del')`), if every step exists. */
export function wPath(el: Element | undefined, ...locals: string[]): Element | undefined {
  let cur = el;
  for (const l of locals) cur = cur && wChild(cur, l);
  return cur;
}

/** A w:-namespaced attribute (`w:val`) in either namespace. */
export function wAttr(el: Element | undefined, local: string): string | undefined {
  if (!el) return undefined;
  for (const ns of W_NS) {
    if (el.hasAttributeNS(ns, local)) return el.getAttributeNS(ns, local) ?? undefined;
  }
  return undefined;
}

/** An on/off property (`<w:b/>`, `<w:vanish w:val="false"/>`): present and not switched off. */
export function wOn(el: Element | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** Every descendant element of `el` (iteratively: a deep document cannot overflow the stack). */
export function* descendants(el: Element): Generator<Element> {
  const stack: Element[] = [...children(el)].reverse();
  while (stack.length) {
    const e = stack.pop()!;
    yield e;
    const kids = children(e);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}
