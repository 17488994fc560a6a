/** Markdown for item bodies: raw HTML off, so whatever an editor or contributor types stays text. */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(source: string): string {
  return md.render(source);
}
