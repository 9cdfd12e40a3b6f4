import { analyzeMessage } from '../engine';
import { htmlToPlainText, parseMailFile } from '../mail';
import { CATEGORY_IDS, type MailMessage } from '../model';
import { customizePack, DEFAULT_PACK, MAX_TERM_CHARS, type RulePack, type TermChange } from '../rules';

/** One input that grows without limit, and the work whose time must grow in proportion to its length. */
export interface ScalingCase {
  name: string;
  /** Characters of the small input; the large one is SIZE_RATIO times as long. */
  smallChars: number;
  make(chars: number): { length: number };
  run(input: unknown): unknown;
}

const SENDER = { name: 'Alex Morgan', address: 'alex.morgan@example.org' };
const plain = (text: string): MailMessage => ({ from: SENDER, subject: 'Hello', text });
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Text shapes that grow without limit; each must cost the engine time in proportion to its length. */
const ENGINE_SHAPES: Record<string, (chars: number) => string> = {
  'blocks without letters': (chars) => '1\n\n'.repeat(chars / 3),
  'punctuation paragraphs': (chars) => '!!\n\n'.repeat(chars / 4),
  'number list 5.5.5': (chars) => '5.'.repeat(chars / 2),
  'comma-separated numbers': (chars) => '12,'.repeat(chars / 3),
  'euro amounts': (chars) => '€ 5 '.repeat(chars / 4),
  'quoted lines': (chars) => '> x\n'.repeat(chars / 4),
  'list items': (chars) => '- please send the internal design files\n'.repeat(chars / 41),
  'request sentences': (chars) => 'Could you send the unpublished process parameters? We pay 5000 euro. '.repeat(chars / 70),
  'Dutch requests': (chars) => 'Kunt u de interne ontwerpbestanden sturen? Wij betalen 5000 euro. '.repeat(chars / 66),
  negations: (chars) => "we don't send internal documents, ".repeat(chars / 34),
  'gap bait': (chars) => `please ${'x, '.repeat(chars / 3)}send`,
  abbreviations: (chars) => 'dhr. '.repeat(chars / 5),
  'one long word': (chars) => 'x'.repeat(chars),
};

function nestedMultipart(depth: number, innermost: string): string {
  let body = innermost;
  for (let level = depth; level > 0; level--) {
    body = `Content-Type: multipart/mixed; boundary="n${level}"\r\n\r\n--n${level}\r\n${body}\r\n--n${level}--\r\n`;
  }
  return body;
}

/** Numbered words, so that thousands of terms are all distinct, with a sign in front of some. */
export function manyTerms(count: number, withSigns: boolean): TermChange[] {
  return Array.from({ length: count }, (_, index) => ({
    category: CATEGORY_IDS[index % CATEGORY_IDS.length]!,
    language: index % 2 === 0 ? 'en' : 'nl',
    term: `${withSigns && index % 3 === 0 ? '#' : ''}codeword${index} phase ${index % 7}`,
  }));
}

/** `count` terms of the longest length the settings allow, each opening with `prefix` and a number. */
export function longestTerms(prefix: string, count: number): TermChange[] {
  return Array.from({ length: count }, (_, index) => ({
    category: 'secrecy',
    language: 'en',
    term: `${prefix}w${index} ${'ab '.repeat(MAX_TERM_CHARS / 3)}`.slice(0, MAX_TERM_CHARS),
  }));
}

function textWithTerms(withSigns: boolean): ScalingCase {
  const added = manyTerms(3_000, withSigns);
  const pack: RulePack = customizePack(DEFAULT_PACK, { added, disabledRules: [] });
  const unit = `${added.slice(0, 40).map((change) => change.term).join(', ')} and more words here. `;
  return {
    name: `text with 3,000 added terms (signs in front: ${withSigns})`,
    smallChars: 8_000,
    make: (chars) => unit.repeat(Math.ceil(chars / unit.length)),
    run: (text) => analyzeMessage({ from: SENDER, subject: 'Terms', text: text as string }, { pack }),
  };
}

/** Every input shape `npm run bench` times at two sizes. */
export function scalingCases(): ScalingCase[] {
  return [
    ...Object.entries(ENGINE_SHAPES).map(([name, make]) => ({
      name,
      smallChars: 8_000,
      make,
      run: (text: unknown) => analyzeMessage(plain(text as string)),
    })),
    {
      name: 'display name',
      smallChars: 8_000,
      make: (chars) => 'a'.repeat(chars),
      run: (name) => analyzeMessage({ from: { name: name as string, address: 'a@example.org' }, subject: 'Hello', text: 'Hello.' }),
    },
    textWithTerms(false),
    textWithTerms(true),
    {
      name: 'HTML nested in tables',
      smallChars: 4_000,
      make: (chars) => `${'<table><tr><td>'.repeat(chars / 15)}deep`,
      run: (html) => htmlToPlainText(html as string),
    },
    {
      name: '60-deep multipart with a long body',
      smallChars: 16_000,
      make: (chars) => encode(`From: a@example.org\r\n${nestedMultipart(60, `Content-Type: text/plain\r\n\r\n${'word. '.repeat(chars / 6)}`)}`),
      run: async (bytes) => {
        for (const { result } of await parseMailFile(bytes as Uint8Array)) if (result.ok) await analyzeMessage(result.message);
      },
    },
  ];
}
