import { isExampleId, type UiLanguage } from '@lotsen/domain';
import { copyFor, type Copy } from '../copy.js';
import { html, type Markup } from '../html.js';
import { page } from '../layout.js';
import {
  AGE_BANDS,
  type GroupFilter,
  type GroupListing,
  type GroupsView,
  type Term,
} from './groups.js';

/*
 * The public groups page and the shortlist, as plain HTML: a GET form for the filters and one for the
 * shortlist, so that everything works without JavaScript and every view has its own address.
 */

/** Where the pages of each language live. */
export const PATHS = {
  sv: { groups: '/grupper', shortlist: '/grupper/urval' },
  en: { groups: '/en/groups', shortlist: '/en/groups/shortlist' },
} as const satisfies Record<UiLanguage, { groups: string; shortlist: string }>;

const dateFormats = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

const collators = { sv: new Intl.Collator('sv'), en: new Intl.Collator('en') };

function day(lang: UiLanguage, iso: string): string {
  return dateFormats[lang].format(new Date(`${iso}T00:00:00Z`));
}

/** "17.00–18.30" in Swedish, "17:00–18:30" in English. */
function meetingTime(lang: UiLanguage, start: string, minutes: number | undefined): string {
  const sep = lang === 'sv' ? '.' : ':';
  const [h = 0, m = 0] = start.split(':').map(Number);
  const show = (total: number) =>
    `${String(Math.floor(total / 60) % 24).padStart(2, '0')}${sep}${String(total % 60).padStart(2, '0')}`;
  const from = h * 60 + m;
  return minutes === undefined ? show(from) : `${show(from)}–${show(from + minutes)}`;
}

function when(c: Copy, g: GroupListing): string {
  const { meetings, startDate } = g.cohort;
  const parts = [day(c.lang, startDate)];
  if (meetings.weekday) {
    const weekday = c.weekdays[meetings.weekday] ?? meetings.weekday;
    parts.push(
      meetings.startTime
        ? `${weekday} ${meetingTime(c.lang, meetings.startTime, meetings.durationMinutes)}`
        : weekday,
    );
  }
  parts.push(c.meetings(meetings.count));
  return parts.join(', ');
}

function where(c: Copy, g: GroupListing, districtName: string): string {
  const { premises } = g.cohort;
  // A confidential place is never shown: the API sends only the district, and we say why.
  if (premises.confidential) return `${districtName} (${c.placeOnRequest})`;
  return premises.name ? `${premises.name}, ${districtName}` : districtName;
}

function contact(c: Copy, g: GroupListing, chatUrl: string): Markup {
  const k = g.service.contact;
  const items: Markup[] = [];
  if (k.phone) items.push(html`<a href="tel:${k.phone.replace(/[^\d+]/g, '')}">${k.phone}</a>`);
  if (k.email) items.push(html`<a href="mailto:${k.email}">${k.email}</a>`);
  if (k.url) items.push(html`<a href="${k.url}">${c.website}</a>`);
  const howTo = k.howTo?.[c.lang];
  // Where the catalogue has no way in yet, the chat finds one rather than leaving the row empty.
  if (items.length === 0 && !howTo) return html`<a href="${chatUrl}">${c.askForContact}</a>`;
  return html`${items.map((item, i) => html`${i > 0 ? ' · ' : ''}${item}`)}${howTo ? html`${items.length ? html`<br />` : ''}${howTo}` : ''}`;
}

function howToStart(c: Copy, g: GroupListing): string {
  const routes = g.service.accessRoutes.map((r) => c.accessRoutes[r] ?? r);
  // Young people from 13 may seek support themselves (SoL 11 kap. 10 §); said where the group is theirs.
  if (g.cohort.ageBand.min >= 13) routes.push(c.youngAlone);
  return routes.join(' ');
}

function groupCard(
  c: Copy,
  g: GroupListing,
  view: GroupsView,
  pick: boolean,
  chatUrl: string,
): Markup {
  const district = view.districts.find((d) => d.id === g.cohort.premises.districtId);
  const districtName = district?.name[c.lang] ?? g.cohort.premises.districtId;
  const needs = g.cohort.needs
    .map((id) => view.needs.find((n) => n.id === id)?.label[c.lang])
    .filter((label): label is string => label !== undefined);
  const language = c.languageNames[g.cohort.language] ?? g.cohort.language;
  const headingId = `g-${g.cohort.id}`;
  return html`<li class="group">
    <h2 id="${headingId}">${g.service.name[c.lang]}</h2>
    <span class="status">${g.ongoing ? c.ongoing : c.planned}</span>
    <dl>
      <dt>${c.forWhom}</dt>
      <dd>
        ${c.years(g.cohort.ageBand.min, g.cohort.ageBand.max)}${needs.length ? html`: ${needs.join(', ')}` : ''}
      </dd>
      <dt>${c.where}</dt>
      <dd>${where(c, g, districtName)}</dd>
      <dt>${c.starts}</dt>
      <dd>${when(c, g)}</dd>
      <dt>${c.placesLeft}</dt>
      <dd>${c.ofSeats(g.cohort.placesLeft, g.cohort.seats.max)}</dd>
      <dt>${c.language}</dt>
      <dd>${language}</dd>
      <dt>${c.howToStart}</dt>
      <dd>${howToStart(c, g)}</dd>
      <dt>${c.contact}</dt>
      <dd>${contact(c, g, chatUrl)}</dd>
    </dl>
    ${pick ? html`<label class="pick"><input type="checkbox" name="ids" value="${g.service.id}" form="shortlist" /> ${c.addToShortlist}<span class="vh">: ${g.service.name[c.lang]}</span></label>` : ''}
  </li>`;
}

function select(
  name: string,
  label: string,
  any: string,
  options: readonly { value: string; text: string }[],
  chosen: string | undefined,
): Markup {
  return html`<div>
    <label for="f-${name}">${label}</label
    ><select id="f-${name}" name="${name}">
      <option value="">${any}</option>
      ${options.map((o) => html`<option value="${o.value}" ${o.value === chosen ? html` selected` : ''}>${o.text}</option>`)}
    </select>
  </div>`;
}

function termText(c: Copy, t: Term): string {
  return c.termName(t.season, t.year);
}

/** Links shared by both pages: the other language and the chat. */
function nav(c: Copy, otherHref: string): Markup {
  const other = c.lang === 'sv' ? 'en' : 'sv';
  return html`<a href="${otherHref}" lang="${other}" hreflang="${other}">${c.otherLanguage}</a>`;
}

function askLotsen(c: Copy, chatUrl: string): Markup {
  return html`<p class="noprint">
    ${c.askLotsenText} <a class="button ask" href="${chatUrl}">${c.askLotsen}</a>
  </p>`;
}

const exampleNotice = (c: Copy, view: GroupsView) =>
  view.cohortIds.some(isExampleId) ? c.example : undefined;

/** The query string of a filter, for the link to the other language. */
function filterQuery(filter: GroupFilter): string {
  const q = new URLSearchParams();
  if (filter.districtId) q.set('area', filter.districtId);
  if (filter.ageBand) q.set('age', filter.ageBand);
  if (filter.need) q.set('need', filter.need);
  if (filter.term) q.set('term', filter.term);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The public page of groups with places left, filtered. */
export function groupsPage(
  lang: UiLanguage,
  view: GroupsView,
  filter: GroupFilter,
  chatUrl: string,
): string {
  const c = copyFor(lang);
  const other = lang === 'sv' ? 'en' : 'sv';
  const districts = [...view.districts]
    .sort((a, b) => collators[lang].compare(a.name[lang], b.name[lang]))
    .map((d) => ({ value: d.id, text: d.name[lang] }));
  const needs = view.needs
    .filter((n) => n.kind === 'support')
    .map((n) => ({ value: n.id, text: n.label[lang] }));
  const ages = AGE_BANDS.map((b) => ({ value: b.id, text: c.years(b.min, b.max) }));
  const terms = view.terms.map((t) => ({ value: t.id, text: termText(c, t) }));
  const body = html`<h1>${c.groupsTitle}</h1>
    <p>${c.groupsIntro}</p>
    ${askLotsen(c, chatUrl)}
    <form
      class="filters"
      method="get"
      action="${PATHS[lang].groups}"
      role="search"
      aria-label="${c.filters}"
    >
      <fieldset>
        <legend>${c.filters}</legend>
        ${select('area', c.area, c.anyArea, districts, filter.districtId)}
        ${select('age', c.ageBand, c.anyAge, ages, filter.ageBand)}
        ${select('need', c.need, c.anyNeed, needs, filter.need)}
        ${select('term', c.term, c.anyTerm, terms, filter.term)}
        <div><button type="submit">${c.show}</button></div>
      </fieldset>
    </form>
    <p class="count">${c.found(view.groups.length)}</p>
    ${
      view.groups.length === 0
        ? html`<p>${c.none}</p>`
        : html`<ul class="groups">
            ${view.groups.map((g) => groupCard(c, g, view, true, chatUrl))}
          </ul>`
    }
    <form id="shortlist" class="staff" method="get" action="${PATHS[lang].shortlist}">
      <p>${c.shortlistHelp}</p>
      <button type="submit">${c.makeShortlist}</button>
    </form>`;
  return page({
    lang,
    title: c.groupsTitle,
    nav: nav(c, PATHS[other].groups + filterQuery(filter)),
    example: exampleNotice(c, view),
    body,
  });
}

/** The shortlist: the chosen services' groups, to print or send. */
export function shortlistPage(
  lang: UiLanguage,
  view: GroupsView,
  serviceIds: readonly string[],
  chatUrl: string,
): string {
  const c = copyFor(lang);
  const other = lang === 'sv' ? 'en' : 'sv';
  const query = serviceIds.length
    ? `?${serviceIds.map((id) => `ids=${encodeURIComponent(id)}`).join('&')}`
    : '';
  const body = html`<h1>${c.shortlistTitle}</h1>
    <p>${c.shortlistIntro}</p>
    ${
      view.groups.length === 0
        ? html`<p>${c.shortlistEmpty}</p>`
        : html`<ul class="groups">
            ${view.groups.map((g) => groupCard(c, g, view, false, chatUrl))}
          </ul>`
    }
    <p class="noprint">${c.printHint}</p>
    ${askLotsen(c, chatUrl)}
    <p class="noprint"><a href="${PATHS[lang].groups}">${c.backToAll}</a></p>`;
  return page({
    lang,
    title: c.shortlistTitle,
    nav: nav(c, PATHS[other].shortlist + query),
    example: exampleNotice(c, view),
    body,
  });
}
