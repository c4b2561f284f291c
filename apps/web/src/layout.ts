import type { UiLanguage } from '@lotsen/domain';
import { html, trusted, type Markup } from './html.js';

/*
 * The document every page is in: one inline stylesheet (no extra request, well under the 50 KB
 * budget), readable from 320 px up, visible focus, and a print style that drops the page's controls
 * and keeps what a family needs on paper.
 */

const STYLE = trusted(`
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--accent:#0a5c8f;--bg:#fff;--soft:#f3f6f8;--warn:#fff3c4}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main,header,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding-top:.75rem}
.brand{font-weight:700;color:var(--ink);text-decoration:none;font-size:1.1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.75rem 0 .5rem}
h2{font-size:1.15rem;margin:0 0 .25rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #d4351c;outline-offset:2px}
.example{background:var(--warn);border:2px solid #8a6d00;padding:.5rem .75rem;margin:.75rem 0;font-weight:600}
.filters{background:var(--soft);padding:.75rem;border-radius:.5rem;display:grid;gap:.5rem;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));align-items:end}
.filters fieldset{border:0;margin:0;padding:0;display:contents}
.filters legend{grid-column:1/-1;font-weight:700;padding:0}
label{display:block;font-weight:600}
select,button,.button{font:inherit;min-height:44px;width:100%;padding:.4rem .5rem;border:1px solid #6b6b6b;border-radius:.3rem;background:#fff;color:var(--ink)}
button,.button{background:var(--accent);color:#fff;border-color:var(--accent);font-weight:600;cursor:pointer;text-align:center;text-decoration:none;display:inline-block}
.ask{display:inline-block;width:auto;padding:.5rem 1rem}
.count{font-weight:600;margin:.75rem 0}
ul.groups{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
.group{border:1px solid var(--line);border-radius:.5rem;padding:.75rem}
.group dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.5rem 0}
.group dt{font-weight:600;color:var(--muted)}
.group dd{margin:0;min-width:0;overflow-wrap:anywhere}
.status{display:inline-block;font-size:.875rem;font-weight:600;padding:0 .4rem;border-radius:.25rem;background:#e3eef6;color:#063a5c}
.pick{display:flex;align-items:center;gap:.5rem;min-height:44px;font-weight:600}
.pick input{width:1.5rem;height:1.5rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.logout{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.logout button{width:auto;padding:.4rem 1rem}
.staff{margin-top:1rem;padding:.75rem;border-top:1px solid var(--line)}
footer{margin-top:2rem;padding-bottom:2rem;color:var(--muted)}
@media (max-width:30rem){.group dl{grid-template-columns:1fr;gap:0}.group dd{margin-bottom:.4rem}}
@media print{a[href^="http"]::after{content:" (" attr(href) ")";font-size:.9em}header nav,.filters,.staff,.pick,.noprint{display:none!important}a{color:var(--ink);text-decoration:none}.group{break-inside:avoid}body{font-size:11pt}}
`);

/** Options of {@link page}. */
export interface PageOptions {
  readonly lang: UiLanguage;
  readonly title: string;
  /** Links in the header: the other language, the chat. */
  readonly nav: Markup;
  /** The example-data notice, when the page shows example data. */
  readonly example?: string | undefined;
  readonly body: Markup;
}

/** A whole HTML document. */
export function page(options: PageOptions): string {
  return (
    '<!doctype html>' +
    html`<html lang="${options.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>${options.title}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header>
          <a class="brand" href="${options.lang === 'en' ? '/en/groups' : '/grupper'}">Lotsen</a>
          <nav>${options.nav}</nav>
        </header>
        <main>
          ${options.example ? html`<p class="example" role="note">${options.example}</p>` : ''}
          ${options.body}
        </main>
      </body>
    </html>`.text
  );
}
