import { Document, Packer, type ISectionOptions, type IPropertiesOptions } from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx built with the `docx` library, as Word-like test input. */
export async function buildDocx(children: ISectionOptions['children'], options: Partial<IPropertiesOptions> = {}): Promise<Uint8Array> {
  const doc = new Document({ ...options, sections: [{ children }] } as IPropertiesOptions);
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The parts of a package. */
export function parts(docx: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(docx);
}

export function partXml(docx: Uint8Array, name: string): XmlDocument {
  return new DOMParser().parseFromString(strFromU8(parts(docx)[name]), 'application/xml');
}

/** Edits one part at XML level (a real DOM, as Word's own markup would be) and repacks. */
export function editPart(docx: Uint8Array, name: string, edit: (doc: XmlDocument) => void): Uint8Array {
  const files = parts(docx);
  const doc = new DOMParser().parseFromString(strFromU8(files[name]), 'application/xml');
  edit(doc);
  files[name] = strToU8(new XMLSerializer().serializeToString(doc));
  return zipSync(files);
}

/** Replaces a part's bytes (or adds one). */
export function withPart(docx: Uint8Array, name: string, content: string | Uint8Array): Uint8Array {
  const files = parts(docx);
  files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

export function withoutPart(docx: Uint8Array, name: string): Uint8Array {
  const files = parts(docx);
  delete files[name];
  return zipSync(files);
}

/** The w:p elements of the body whose text contains `needle`. */
export function paragraphsWith(doc: XmlDocument, needle: string): Element[] {
  return [...doc.getElementsByTagNameNS(W, 'p')].filter((p) => (p.textContent ?? '').includes(needle));
}

/** The w:r whose text is exactly `text`. */
export function runWith(doc: XmlDocument, text: string): Element {
  const r = [...doc.getElementsByTagNameNS(W, 'r')].find((x) => x.textContent === text);
  if (!r) throw new Error(`no run "${text}"`);
  return r;
}

/** Wraps `el` in a new w:<local> element with tracked-change attributes. */
export function wrap(el: Element, local: 'ins' | 'del' | 'moveFrom' | 'moveTo', id: number): Element {
  const doc = el.ownerDocument!;
  const w = doc.createElementNS(W, `w:${local}`);
  w.setAttributeNS(W, 'w:id', String(id));
  w.setAttributeNS(W, 'w:author', '起草人');
  w.setAttributeNS(W, 'w:date', '2024-12-01T09:00:00Z');
  el.parentNode!.insertBefore(w, el);
  w.appendChild(el);
  return w;
}

/** Turns the w:t elements under `el` into w:delText, as Word writes deleted text. */
export function toDelText(el: Element): void {
  for (const t of [...el.getElementsByTagNameNS(W, 't')]) {
    const d = el.ownerDocument!.createElementNS(W, 'w:delText');
    d.setAttribute('xml:space', 'preserve');
    d.appendChild(el.ownerDocument!.createTextNode(t.textContent ?? ''));
    t.parentNode!.replaceChild(d, t);
  }
}

/**
 * A minimal Compound File Binary (OLE) container with the given stream names and a few bytes in
 * each, as Word 97-2003 writes a .doc or Office wraps a password-protected .docx.
 */
export function buildCfb(streams: string[]): Uint8Array {
  const S = 512;
  // Sector 0: FAT; sector 1: directory (4 entries a sector); sectors 2…: one data sector per stream.
  const entries = ['Root Entry', ...streams];
  const dirSectors = Math.ceil(entries.length / 4);
  const dataStart = 1 + dirSectors;
  const total = dataStart + streams.length;
  const buf = new Uint8Array(S * (total + 1));
  const view = new DataView(buf.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (buf[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  view.setUint32(0x38, 0x1000, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  const sector = (n: number) => S * (n + 1);
  // FAT
  for (let i = 0; i < S / 4; i++) view.setUint32(sector(0) + 4 * i, 0xffffffff, true);
  view.setUint32(sector(0), 0xfffffffd, true);
  for (let d = 0; d < dirSectors; d++) view.setUint32(sector(0) + 4 * (1 + d), d === dirSectors - 1 ? 0xfffffffe : 2 + d, true);
  for (let s = 0; s < streams.length; s++) view.setUint32(sector(0) + 4 * (dataStart + s), 0xfffffffe, true);
  // Directory
  entries.forEach((name, i) => {
    const at = sector(1) + 128 * i;
    for (let c = 0; c < name.length; c++) view.setUint16(at + 2 * c, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, 2 * (name.length + 1), true);
    buf[at + 0x42] = i === 0 ? 5 : 2;
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, i + 1 < entries.length && i > 0 ? i + 1 : 0xffffffff, true);
    view.setUint32(at + 0x4c, i === 0 && entries.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(at + 0x74, i === 0 ? 0xfffffffe : dataStart + i - 1, true);
    view.setUint32(at + 0x78, i === 0 ? 0 : 16, true);
  });
  return buf;
}

/**
 * A ZIP whose word/document.xml says it is 100 bytes but inflates to `megabytes` MB: a zip bomb
 * that a reader trusting the header would inflate in full.
 */
export function lyingZip(megabytes: number): Uint8Array {
  const zlib = require('node:zlib') as typeof import('node:zlib');
  const comp = zlib.deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024, 0x20), { level: 9 });
  const name = Buffer.from('word/document.xml');
  const lh = Buffer.alloc(30);
  lh.writeUInt32LE(0x04034b50, 0);
  lh.writeUInt16LE(20, 4);
  lh.writeUInt16LE(8, 8);
  lh.writeUInt32LE(comp.length, 18);
  lh.writeUInt32LE(100, 22);
  lh.writeUInt16LE(name.length, 26);
  const ch = Buffer.alloc(46);
  ch.writeUInt32LE(0x02014b50, 0);
  ch.writeUInt16LE(20, 4);
  ch.writeUInt16LE(20, 6);
  ch.writeUInt16LE(8, 10);
  ch.writeUInt32LE(comp.length, 20);
  ch.writeUInt32LE(100, 24);
  ch.writeUInt16LE(name.length, 28);
  const cd = Buffer.concat([ch, name]);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(30 + name.length + comp.length, 16);
  return new Uint8Array(Buffer.concat([lh, name, comp, cd, eocd]));
}
