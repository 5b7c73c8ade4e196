'use client';

import { useEffect, useRef } from 'react';

interface MoreResultsProps {
  label: string;
  onMore: () => void;
}

/**
 * Reads the next hits' text when the reader scrolls near the end of the list (or presses the button):
 * a first query fetches only the text of the hits on its first screen.
 */
export function MoreResults({ label, onMore }: MoreResultsProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = button.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onMore();
      },
      { rootMargin: '0px 0px 400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [onMore]);
  return (
    <button
      ref={button}
      type="button"
      onClick={onMore}
      className="mt-4 w-full rounded-xl border border-stone-300 px-4 py-3 font-medium text-stone-800 hover:bg-stone-50 dark:border-stone-700 dark:text-stone-100 dark:hover:bg-stone-900"
    >
      {label}
    </button>
  );
}
