import type { BooleanField, TextField, Words } from './define';

// Fields several document types share, declared once.

const PREVIEW_ONLY: Words = { zh: 'true：只在本地预览中显示，不会发布', en: 'true: shown by the preview, absent from a production build' };

export const draftField = (help: Words = PREVIEW_ONLY) =>
  ({ kind: 'boolean', default: false, label: { zh: '草稿', en: 'Draft' }, help, example: 'true' }) as const satisfies BooleanField;

export const summaryField = (example: string) =>
  ({
    kind: 'text',
    required: true,
    translatable: true,
    label: { zh: '摘要', en: 'Summary' },
    help: { zh: '一段话；也是搜索引擎显示的描述', en: "one paragraph; also the page's description for search engines" },
    example,
  }) as const satisfies TextField;
