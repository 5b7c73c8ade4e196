interface ProseHtmlProps {
  /** HTML from the Markdown pipeline, already sanitized there (lib/content/markdown.ts). */
  html: string;
  className?: string;
}

export function ProseHtml({ html, className = '' }: ProseHtmlProps) {
  return <div className={`prose-recap ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
