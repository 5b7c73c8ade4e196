import { Link } from '@/components/ui/link';
import { HeaderSearch } from './header-search';
import { ThemeToggle } from './theme-toggle';
import { getRoutes, getT } from '@/lib/i18n/request';

interface SiteHeaderProps {
  /** The latest event's page, which the 议程 entry opens; absent when nothing is published. */
  agendaUrl?: string;
}

export function SiteHeader({ agendaUrl }: SiteHeaderProps) {
  const t = getT();
  const routes = getRoutes();
  const links = [
    ...(agendaUrl ? [{ href: agendaUrl, label: t.nav.agenda }] : []),
    { href: routes.events(), label: t.nav.events },
    { href: routes.speakers(), label: t.nav.speakers },
    { href: routes.topics(), label: t.nav.topics },
  ];
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-950/90 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2.5 sm:flex-nowrap sm:gap-x-4 sm:px-6">
        <Link
          href={routes.home()}
          className="mr-auto shrink-0 text-base font-bold sm:text-lg tracking-wide whitespace-nowrap text-stone-900 no-underline dark:text-stone-50"
        >
          <span className="text-accent-700 dark:text-accent-300">NPCon</span> {t.siteName.replace('NPCon', '').trim()}
        </Link>
        <nav aria-label={t.nav.label}>
          <ul className="flex items-center text-[15px]">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="rounded-md px-1.5 py-2 whitespace-nowrap text-stone-700 hover:bg-stone-100 hover:text-stone-900 sm:px-3 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div data-header-tools="" className="flex w-full items-center gap-2 sm:w-auto">
          <HeaderSearch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
