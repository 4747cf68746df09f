import type { DocumentRef } from './api.js';
import { append, clear, el } from './dom.js';
import { detailHref } from './router.js';
import { uploadForm } from './upload-form.js';

type DocumentRow = DocumentRef & { readonly claims: number };

/** The documents of the case, with a form to add one; after an upload only the list is redrawn, so the form's answer stays. */
export async function renderDocumentList(root: HTMLElement, load: () => Promise<readonly DocumentRow[]>, onAdded: () => void): Promise<void> {
  clear(root);
  const heading = el('h2', {}, 'Documents');
  const list = el('ul', { className: 'scroll documents' });
  const fill = async (): Promise<void> => {
    const docs = await load();
    heading.textContent = `Documents (${docs.length})`;
    clear(list);
    append(list, ...docs.map((d) =>
      el('li', {},
        el('a', { href: detailHref({ doc: d.id }) }, d.title ?? d.name),
        el('p', { className: 'muted' }, [d.outlet, d.published, d.name, `${d.claims} claims`].filter(Boolean).join(' · ')))));
  };
  append(root, heading, uploadForm(() => {
    void fill();
    onAdded();
  }), list);
  await fill();
}
