import { Link } from '@/components/ui/link';
import { getRoutes, getT } from '@/lib/i18n/request';

export function SiteFooter() {
  const t = getT();
  const routes = getRoutes();
  return (
    <footer className="mt-20 border-t border-stone-200 bg-stone-50 text-[15px] text-stone-600 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <p className="max-w-xl">{t.footer.about}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {[
            { href: routes.home(), label: t.nav.home },
            { href: routes.speakers(), label: t.nav.speakers },
            { href: routes.topics(), label: t.nav.topics },
          ].map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="hover:text-stone-900 dark:hover:text-white">
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            {/* A file, not a page: a plain link, so the router does not try to render it. */}
            <a href={routes.apiEvents()} type="application/json" className="hover:text-stone-900 dark:hover:text-white">
              {t.footer.openData}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
