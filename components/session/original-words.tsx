import { getT } from '@/lib/i18n/request';

/** Under a translated quote on an English page: the words as they were said, in Chinese. */
export function OriginalWords({ text }: { text?: string }) {
  const t = getT();
  if (!text) return null;
  return (
    <p className="mt-2 text-[15px] leading-[1.8] font-normal text-stone-600 dark:text-stone-400" data-original-words="">
      <span className="mr-1.5 text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400">
        {t.edition.originalWords}
      </span>
      <span lang="zh-CN">{text}</span>
    </p>
  );
}
