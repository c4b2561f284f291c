/**
 * A tiny strict XML parser for tests: enough to prove that generated SVG/HTML fragments are
 * well-formed (one root, balanced and properly nested tags, quoted unique attributes, valid
 * entities, no stray `<` or `&`) and to query the element tree. Throws on the first error.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function decode(text: string, at: number): string {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i)))
      throw new Error(`Bad entity at ${at + i}: ${text.slice(i, i + 10)}`);
  }
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Parses a complete document with a single root element. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: {
    name: string;
    attrs: Record<string, string>;
    children: (XmlElement | string)[];
  }[] = [];
  let root: XmlElement | undefined;

  const skipWs = (): void => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };

  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) throw new Error(`Unclosed comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) throw new Error(`Unclosed processing instruction at ${i}`);
      i = end + 2;
      continue;
    }
    if (xml.startsWith('</', i)) {
      i += 2;
      const m = NAME.exec(xml.slice(i));
      if (!m) throw new Error(`Bad closing tag at ${i}`);
      i += m[0].length;
      skipWs();
      if (xml[i] !== '>') throw new Error(`Expected > at ${i}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== m[0])
        throw new Error(`Mismatched </${m[0]}> at ${i}, open: ${open?.name ?? 'none'}`);
      const el: XmlElement = open;
      if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
      else if (root) throw new Error('More than one root element');
      else root = el;
      continue;
    }
    if (xml[i] === '<') {
      i++;
      const m = NAME.exec(xml.slice(i));
      if (!m) throw new Error(`Bad tag name at ${i}`);
      i += m[0].length;
      const attrs: Record<string, string> = {};
      for (;;) {
        const before = i;
        skipWs();
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (i === before) throw new Error(`Expected whitespace before attribute at ${i}`);
        const a = NAME.exec(xml.slice(i));
        if (!a) throw new Error(`Bad attribute name at ${i}`);
        i += a[0].length;
        if (xml[i] !== '=') throw new Error(`Expected = after ${a[0]} at ${i}`);
        i++;
        const q = xml[i];
        if (q !== '"' && q !== "'") throw new Error(`Unquoted attribute ${a[0]} at ${i}`);
        const end = xml.indexOf(q, i + 1);
        if (end === -1) throw new Error(`Unclosed attribute ${a[0]}`);
        const raw = xml.slice(i + 1, end);
        if (raw.includes('<')) throw new Error(`< in attribute ${a[0]} at ${i}`);
        if (Object.hasOwn(attrs, a[0])) throw new Error(`Duplicate attribute ${a[0]} at ${i}`);
        attrs[a[0]] = decode(raw, i + 1);
        i = end + 1;
      }
      const selfClosing = xml.startsWith('/>', i);
      i += selfClosing ? 2 : 1;
      const el = { name: m[0], attrs, children: [] as (XmlElement | string)[] };
      if (selfClosing) {
        if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
        else if (root) throw new Error('More than one root element');
        else root = el;
      } else {
        if (root && stack.length === 0) throw new Error('More than one root element');
        stack.push(el);
      }
      continue;
    }
    const next = xml.indexOf('<', i);
    const text = xml.slice(i, next === -1 ? xml.length : next);
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error(`Text outside the root element at ${i}`);
    } else {
      stack[stack.length - 1]!.children.push(decode(text, i));
    }
    i = next === -1 ? xml.length : next;
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('No root element');
  return root;
}

/** Every descendant element (including `el`) with the given name, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(el);
  return out;
}

/** The concatenated text content of an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
