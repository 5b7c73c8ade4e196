interface ProseHtmlProps {
  /** HTML from the Markdown pipeline, already sanitized there (lib/content/markdown.ts). */
  html: string;
  className?: string;
  /** The text's language when it differs from the page's. */
  lang?: string;
}

export function ProseHtml({ html, className = '', lang }: ProseHtmlProps) {
  return <div lang={lang} className={`prose-recap ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
