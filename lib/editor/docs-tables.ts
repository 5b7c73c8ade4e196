import { contentModels, translationModels, type ContentModel, type Field, type Lang } from '../content/model';
import { HINT_CODES, PROBLEM_CODES, type Params } from '../content/problem';
import { catalogues } from '../i18n/messages';

// The tables of the editors' guide (docs/editing.md) and of docs/content-model.md, generated from the
// declarations and the message catalogue; `npm run docs:fields` writes them between their markers.

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

const WORDS = {
  zh: { field: '字段', required: '必填', translatable: '可翻译', meaning: '写法', example: '例子', yes: '是', no: '否', atLeast: (n: number) => `，至少 ${n} 项` },
  en: { field: 'field', required: 'required', translatable: 'translatable', meaning: 'meaning', example: 'example', yes: 'yes', no: 'no', atLeast: (n: number) => `, ≥ ${n}` },
} as const;

function kindWords(field: Field, lang: Lang): string {
  if (field.kind === 'enum') return field.values.map((value) => `\`${value}\` (${field.valueLabels[value]?.[lang]})`).join(lang === 'zh' ? '、' : ', ');
  if (field.kind === 'list' && field.of.kind === 'object') return `${Object.keys(field.of.fields).map((name) => `\`${name}\``).join(' + ')}`;
  return '';
}

/** One document type's fields as a Markdown table, in the given language. */
export function fieldTable(model: ContentModel, lang: Lang): string {
  const words = WORDS[lang];
  const translatable = translationModels[model.type].fields as Record<string, unknown>;
  const lines = Object.entries(model.fields).map(([name, field]) => {
    const min = field.kind === 'list' && field.min ? words.atLeast(field.min) : '';
    const required = field.requiredWhen?.[lang] ?? (field.required ? `${words.yes}${min}` : words.no);
    const kinds = kindWords(field, lang);
    const [colon, semicolon] = lang === 'zh' ? ['：', '；'] : [': ', '; '];
    const meaning = `${field.label[lang]}${colon}${field.help[lang]}${kinds ? `${semicolon}${kinds}` : ''}`;
    const example = field.example ? `\`${name}: ${field.example}\`` : '';
    return row([`\`${name}\``, required, name in translatable ? words.yes : words.no, meaning, example]);
  });
  return [row([words.field, words.required, words.translatable, words.meaning, words.example]), '|---|---|---|---|---|', ...lines].join('\n');
}

/** Placeholders for a message's parameters, so the table shows its shape. */
const SAMPLE: Params = {
  field: '<field>', example: '<example>', expected: 'string', actual: 'string', value: '<value>', values: ['<a>', '<b>'], min: 2,
  count: 1, role: 'panelists', kind: 'talk', slug: '<slug>', name: '<name>', event: '<event>', events: ['<event>'], file: '<file>',
  path: '<path>', others: ['<path>'], order: 3, people: ['<slug>'], start: '09:00', end: '08:30', line: 'N', reason: '<YAML>',
  todo: 'summary', what: 'file', input: '<input>', items: ['<a>', '<b>'], quote: '"', text: '<text>',
};

/** Every message the tools can print, Chinese beside English, keyed by its code. */
export function messageTable(): string {
  const { zh, en } = catalogues;
  const lines = [
    ...PROBLEM_CODES.map((code) => row([`\`${code}\``, zh.problems[code](SAMPLE), en.problems[code](SAMPLE)])),
    ...HINT_CODES.map((code) => row([`\`${code}\`（…；）`, zh.hints[code](SAMPLE), en.hints[code](SAMPLE)])),
  ];
  return [row(['code', '中文', 'English']), '|---|---|---|', ...lines].join('\n');
}

/** The documents holding generated tables, and the language of their field tables. */
export const DOCS_WITH_TABLES: readonly { path: string; lang: Lang }[] = [
  { path: 'docs/editing.md', lang: 'zh' },
  { path: 'docs/content-model.md', lang: 'en' },
];

/** The generated blocks, by marker name. */
export function generatedBlocks(lang: Lang): Record<string, string> {
  return {
    'fields:event': fieldTable(contentModels.event, lang),
    'fields:session': fieldTable(contentModels.session, lang),
    'fields:speaker': fieldTable(contentModels.speaker, lang),
    messages: messageTable(),
  };
}

/** Replaces each `<!-- generated:NAME -->…<!-- /generated:NAME -->` block of a document with its current text. */
export function fillGenerated(text: string, blocks: Record<string, string>): string {
  return text.replace(/(<!-- generated:([\w:]+) -->\n)[\s\S]*?(\n<!-- \/generated:\2 -->)/g, (whole, open: string, name: string, close: string) =>
    blocks[name] === undefined ? whole : `${open}${blocks[name]}${close}`,
  );
}
