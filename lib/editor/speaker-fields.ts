import { existsSync } from 'node:fs';
import type { FieldSpec } from './field-spec';
import { slugFromName } from './pinyin-slug';
import { slugProblem } from './references';

export const speakerFields = (root: string): FieldSpec[] => [
  { key: 'name', label: '姓名', example: '王五' },
  { key: 'role', label: '职务', example: '工程师' },
  { key: 'organization', label: '单位', example: '某公司' },
  {
    key: 'slug',
    label: '文件名（网址的一部分）',
    example: 'wang-wu',
    initial: (answers) => (answers.name ? slugFromName(answers.name) : undefined),
    check: (slug, answers, roster) => {
      const invalid = slugProblem(slug);
      if (invalid) return invalid;
      if (roster.speakers.has(slug) || existsSync(`${root}/content/speakers/${slug}.md`)) {
        const other = roster.speakers.get(slug)?.name;
        return `content/speakers/${slug}.md 已经存在${other ? `（${other}）` : ''}，不会覆盖。${
          other === answers.name ? '这位嘉宾已经有了，直接在场次里写 ' + slug + ' 即可。' : `同名的另一位嘉宾请换一个，例如 --slug ${slug}-2`
        }`;
      }
      return undefined;
    },
  },
];
