import { createContentStore } from '@/lib/content/store';
import type { SpeakerRef } from '@/lib/content/types';
import { speaker } from '../../../../fixtures/store-documents';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉'];

/** `count` published speakers with Chinese names of many surnames, in the Chinese edition's order. */
export function syntheticRoster(count: number): SpeakerRef[] {
  const speakers = Array.from({ length: count }, (_, index) => {
    const name = `${SURNAMES[index % SURNAMES.length]}${GIVEN[(index * 7) % GIVEN.length]}${GIVEN[(index * 13) % GIVEN.length]}`;
    return speaker(`speaker-${index}`, name, { organization: '示例科技研究院', role: '高级工程师' });
  });
  return createContentStore({ events: [], sessions: [], speakers }, { includeDrafts: false }).getSpeakers();
}
