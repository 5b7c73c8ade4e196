import { zhCN } from './zh-CN';

/** The page language, in one place: `<html lang>`, Intl formatting and Open Graph locale derive from it. */
export const locale = 'zh-CN';
export const t = zhCN;

const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });

/** `2023-08-12` → `2023年8月12日`; the date is a calendar day, so it is read as UTC to never shift. */
export const formatDate = (isoDate: string): string => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

const listFormat = new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' });
export const formatList = (items: string[]): string => listFormat.format(items);
