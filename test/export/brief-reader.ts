// Reads a Markdown brief back into its sections and items, so tests check structure rather than search the whole text.

export interface BriefSection { readonly title: string; readonly text: string }

/** The `## ` sections of a brief, in order, each with its text up to the next `## `. */
export function briefSections(markdown: string): BriefSection[] {
  return markdown.split(/^## /m).slice(1).map((chunk) => {
    const newline = chunk.indexOf('\n');
    return { title: chunk.slice(0, newline).trim(), text: chunk.slice(newline + 1) };
  });
}

/** The bullet items of a section, without their "- ". */
export function claimItems(sectionText: string): string[] {
  return sectionText.split('\n').filter((l) => /^- /.test(l)).map((l) => l.slice(2));
}
