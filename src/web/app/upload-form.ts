import { clear, el } from './dom.js';
import { hrefFor } from './router.js';

// Held in memory only: a token typed here is gone when the tab closes, and never lands in storage.
let token = '';

interface UploadAnswer {
  readonly status?: 'added' | 'unchanged';
  readonly document?: { readonly id: string; readonly name: string };
  readonly claims?: number;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Adds an article to the case: a file from disk or a URL the server fetches (POST /api/documents). */
export function uploadForm(onAdded: () => void): HTMLElement {
  const file = el('input', { type: 'file', attrs: { name: 'file', accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown' } });
  const url = el('input', { type: 'url', attrs: { name: 'url', placeholder: 'https://… (fetched by the server, now)' } });
  const tokenInput = el('input', { type: 'password', attrs: { name: 'token', placeholder: 'only if the server was started with --token', autocomplete: 'off', value: token } });
  const result = el('p', { className: 'upload-result', role: 'status' });
  const submit = el('button', { type: 'submit' }, 'Add to case');
  const form = el('form', { className: 'upload', on: {
    submit: (event) => {
      event.preventDefault();
      token = tokenInput.value.trim();
      const chosen = file.files?.[0];
      let body: BodyInit;
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      if (chosen) {
        const data = new FormData();
        data.set('file', chosen);
        body = data;
      } else if (url.value.trim()) {
        body = JSON.stringify({ url: url.value.trim() });
        headers['content-type'] = 'application/json';
      } else {
        show(result, 'Choose a file or give a URL.', true);
        return;
      }
      submit.disabled = true;
      show(result, 'Reading the article…', false);
      void fetch('/api/documents', { method: 'POST', headers, body })
        .then(async (res) => ({ ok: res.ok, answer: (await res.json()) as UploadAnswer }))
        .then(({ ok, answer }) => {
          if (!ok || !answer.document) {
            show(result, `Not added: ${answer.error?.message ?? 'unknown error'} [${answer.error?.code ?? 'HTTP'}]`, true);
            return;
          }
          clear(result);
          result.classList.remove('error');
          result.append(answer.status === 'added' ? `Added, with ${answer.claims ?? 0} claims: ` : 'Already in the case: ',
            el('a', { href: hrefFor('documents', { doc: answer.document.id }) }, answer.document.name));
          form.reset();
          if (answer.status === 'added') onAdded();
        })
        .catch((err: unknown) => show(result, `Not added: ${err instanceof Error ? err.message : String(err)}`, true))
        .finally(() => { submit.disabled = false; });
    },
  } },
    el('h3', {}, 'Add an article'),
    el('label', { className: 'field' }, el('span', {}, 'File (.txt, .md, .html)'), file),
    el('label', { className: 'field' }, el('span', {}, 'or URL'), url),
    el('label', { className: 'field' }, el('span', {}, 'Token'), tokenInput),
    submit,
    result,
  );
  return form;
}

function show(target: HTMLElement, text: string, isError: boolean): void {
  clear(target);
  target.classList.toggle('error', isError);
  target.append(text);
}
