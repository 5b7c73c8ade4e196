import type { ReactNode } from 'react';

interface SectionHeadingProps {
  id: string;
  children: ReactNode;
}

/** The h2 of a page section; its id lets the section be labelled and linked. */
export function SectionHeading({ id, children }: SectionHeadingProps) {
  return (
    <h2 id={id} className="mb-5 text-xl font-bold text-stone-900 sm:text-2xl dark:text-stone-50">
      {children}
    </h2>
  );
}
