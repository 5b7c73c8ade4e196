import { defineModel } from './define';

/** content/speakers/<speaker>.md: one person, shared by every event. */
export const speakerModel = defineModel({
  type: 'speaker',
  name: 'Speaker',
  label: { zh: '嘉宾', en: 'Speaker' },
  location: 'speakers/<speaker>.md',
  filePathPattern: 'speakers/!(*.en).md',
  body: { zh: '嘉宾简介（Markdown）', en: 'the biography (Markdown)' },
  fields: {
    name: {
      kind: 'text',
      required: true,
      translatable: true,
      label: { zh: '姓名', en: 'Name' },
      help: { zh: '显示的名字', en: 'the display name' },
      example: '"陈巍"',
    },
    role: {
      kind: 'text',
      required: true,
      translatable: true,
      label: { zh: '职务', en: 'Role' },
      help: { zh: '现任职务', en: 'their current role' },
      example: '"董事长"',
    },
    organization: {
      kind: 'text',
      required: true,
      translatable: true,
      label: { zh: '单位', en: 'Organization' },
      help: { zh: '所在单位', en: 'where they work' },
      example: '"千芯科技"',
    },
    avatar: {
      kind: 'image',
      label: { zh: '头像', en: 'Portrait' },
      help: { zh: 'public/ 下的图片路径；不写则生成占位图', en: 'an image path inside public/; a placeholder is generated otherwise' },
      example: '"/avatars/chen-wei.jpg"',
    },
    links: {
      kind: 'list',
      of: {
        kind: 'object',
        name: 'Link',
        label: { zh: '链接', en: 'Link' },
        help: { zh: '一个主页', en: 'one profile' },
        fields: {
          label: {
            kind: 'text',
            required: true,
            label: { zh: '名称', en: 'Label' },
            help: { zh: '链接的文字', en: "the link's text" },
            example: '"个人主页"',
          },
          url: {
            kind: 'url',
            required: true,
            label: { zh: '地址', en: 'Address' },
            help: { zh: 'https:// 开头的完整地址', en: 'a full https:// address' },
            example: 'https://example.com',
          },
        },
      },
      label: { zh: '链接', en: 'Links' },
      help: { zh: '其他网站上的主页', en: 'profiles elsewhere' },
      example: '[{label: "个人主页", url: "https://example.com"}]',
    },
    draft: {
      kind: 'boolean',
      default: false,
      label: { zh: '草稿', en: 'Draft' },
      help: {
        zh: 'true：只在本地预览中显示；已发布的场次不能引用草稿嘉宾',
        en: 'true: preview only; a published session cannot name a draft speaker',
      },
      example: 'true',
    },
  },
});
