/**
 * The summit's judged queries: for each, the page a reader means (it must come first, or in the top
 * three); and absent-word queries, whose words appear nowhere on the site, so any hit is noise.
 * Read by scripts/compare-search-engines.ts and the search tests.
 */
const S = '/events/npcon-2023-beijing/sessions/';
export const JUDGED: [query: string, url: string][] = [
  ['推理', `${S}meituan-vision-gpu-inference-architecture`],
  ['算力芯片', `${S}llm-deployment-training-architecture-chips`],
  ['InsCode', `${S}inscode-everyone-is-a-developer`],
  ['郑叔亮', '/speakers/zheng-shuliang'],
  ['美团 GPU 推理', `${S}meituan-vision-gpu-inference-architecture`],
  ['圆桌 开源', `${S}roundtable-new-paradigm-developer-skills`],
  ['张路宇', '/speakers/zhang-luyu'],
  ['LangChain', `${S}agents-planning-memory-prompt-first`],
  ['隐私保护', `${S}llm-deployment-training-architecture-chips`],
  ['微服务', `${S}meituan-vision-gpu-inference-architecture`],
  ['价值观 风险', `${S}roundtable-new-paradigm-developer-skills`],
  ['agent 记忆', `${S}agents-planning-memory-prompt-first`],
  ['芯片', `${S}llm-deployment-training-architecture-chips`],
  ['浪潮信息', '/speakers/owen-zhu'],
  ['开源', `${S}roundtable-new-paradigm-developer-skills`],
];
export const ABSENT = [
  '量子计算',
  '区块链',
  '自动驾驶',
  '元宇宙',
  '机器人',
  '深度学习',
  '云原生',
  '强化学习',
  '大数据',
  '华为云',
  '数据中心',
  '智能客服',
  '云计算',
  '手机芯片',
  '游戏引擎',
];
