// Lotsen's anonymous web chat. Plain JavaScript, no build step, no third-party code.
//
// It talks to the bot through a Direct Line 3.0 subset on the same origin (create a conversation,
// post an activity, poll for activities with a watermark) and renders the subset of Adaptive Cards
// 1.5 the bot uses. Privacy: the conversation id and token live in memory only, so a reload starts
// afresh; localStorage holds the chosen UI language and nothing else.
(() => {
  'use strict';

  const API = '/v3/directline/conversations';
  const LANG_KEY = 'lotsen.chat.lang';
  const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
  /** Poll every second while a reply is awaited, every 10 s when idle. */
  const FAST_POLL_MS = 1000;
  const IDLE_POLL_MS = 10000;
  /** Keep polling fast this long after the first reply of a turn, for the rest of the turn. */
  const TRAILING_MS = 2500;
  /** Give up waiting for a reply after this long (the conversation itself goes on). */
  const REPLY_TIMEOUT_MS = 30000;

  const STRINGS = {
    sv: {
      title: 'Lotsen – chatt om stöd för barn och föräldrar',
      skip: 'Hoppa till meddelandefältet',
      tagline: 'Automatisk guide till stöd för barn och föräldrar',
      newChat: 'Ny chatt',
      about: 'Om Lotsen',
      otherLanguage: 'English',
      notice:
        'Du chattar med en automatisk guide, inte en människa. Skriv inte namn eller personnummer. Inga meddelanden sparas, och allt glöms efter 30 minuter.',
      logTitle: 'Samtal',
      suggestions: 'Svarsförslag',
      label: 'Skriv ditt meddelande',
      placeholder: 'Till exempel: Min son är 10 år och bor i Skärholmen',
      send: 'Skicka',
      danger: 'Akut fara?',
      call: 'Ring',
      bris: 'Barn: BRIS',
      you: 'Du:',
      bot: 'Lotsen:',
      welcome:
        'Hej! Jag kan berätta vilket stöd som finns för barn, unga och föräldrar i Stockholm och hur ni tar kontakt. Du behöver inte säga vem du är. Skriv med egna ord eller välj nedan.',
      starters: ['Jag är förälder', 'Jag är ung', 'Hjälp'],
      newTab: '(öppnas i ny flik)',
      sendFailed: 'Meddelandet kunde inte skickas. Kontrollera anslutningen och försök igen.',
      notSent: 'Inte skickat',
      noReply: 'Inget svar ännu. Försök igen om en stund.',
      expired:
        'Samtalet har avslutats efter en stund utan aktivitet. Skriv igen för att börja ett nytt samtal.',
      restarted: 'Förra samtalet hade gått ut, så ett nytt har startats.',
      cleared: 'Chatten är tömd. Ett nytt samtal börjar när du skriver.',
      confirmNew: 'Vill du börja om? Det här samtalet försvinner.',
      crisisLabel: 'Viktigt',
      languageSet: 'Språket är nu svenska.',
    },
    en: {
      title: 'Lotsen – chat about support for children and parents',
      skip: 'Skip to the message field',
      tagline: 'An automated guide to support for children and parents',
      newChat: 'New chat',
      about: 'About',
      otherLanguage: 'Svenska',
      notice:
        'You are chatting with an automated guide, not a person. Do not write names or ID numbers. No messages are kept, and everything is forgotten after 30 minutes.',
      logTitle: 'Conversation',
      suggestions: 'Suggested replies',
      label: 'Write your message',
      placeholder: 'For example: My son is 10 and lives in Skärholmen',
      send: 'Send',
      danger: 'In danger now?',
      call: 'Call',
      bris: 'Children: BRIS',
      you: 'You:',
      bot: 'Lotsen:',
      welcome:
        "Hi! I can tell you what support there is for children, young people and parents in Stockholm, and how to get in touch. You don't need to say who you are. Write in your own words or choose below.",
      starters: ['I am a parent', 'I am a teenager', 'Help'],
      newTab: '(opens in a new tab)',
      sendFailed: 'The message could not be sent. Check your connection and try again.',
      notSent: 'Not sent',
      noReply: 'No reply yet. Please try again in a moment.',
      expired:
        'The conversation ended after a while without activity. Write again to start a new one.',
      restarted: 'The last conversation had expired, so a new one has started.',
      cleared: 'The chat is cleared. A new conversation starts when you write.',
      confirmNew: 'Start over? This conversation will be gone.',
      crisisLabel: 'Important',
      languageSet: 'The language is now English.',
    },
  };

  const $ = (id) => document.getElementById(id);
  const log = $('log');
  const suggestions = $('suggestions');
  const form = $('composer');
  const input = $('message');
  const status = $('status');
  const typing = $('typing');
  const langButton = $('lang');
  const notice = $('notice');
  const aboutButton = $('about');
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let lang = initialLanguage();
  /** In memory only: { id, token, expiresAt }. */
  let conversation = null;
  let watermark = '';
  let started = false;
  let awaitingSince = 0;
  let trailingUntil = 0;
  let pollTimer = 0;
  let failures = 0;
  let queue = Promise.resolve();
  /** Messages queued or on their way, and the id the server gave the latest one. */
  let inFlight = 0;
  let lastSentId = '';
  const seen = new Set();
  const userId = `dl_${randomHex(16)}`;

  // ---------------------------------------------------------------------------------------------
  // Language

  function initialLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'sv' || asked === 'en') return asked;
    try {
      const stored = localStorage.getItem(LANG_KEY);
      if (stored === 'sv' || stored === 'en') return stored;
    } catch {
      // Storage may be blocked; Swedish it is.
    }
    return 'sv';
  }

  const t = (key) => STRINGS[lang][key];
  const locale = () => (lang === 'sv' ? 'sv-SE' : 'en-US');

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('title');
    for (const node of document.querySelectorAll('[data-i18n]')) {
      node.textContent = t(node.dataset.i18n);
    }
    input.placeholder = t('placeholder');
    langButton.textContent = t('otherLanguage');
    langButton.lang = lang === 'sv' ? 'en' : 'sv';
  }

  function setLanguage(next, { tellBot }) {
    if (next === lang) return;
    lang = next;
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Not remembered; the switch still works for this page.
    }
    applyLanguage();
    if (!started) {
      showWelcome();
    } else if (tellBot) {
      // The bot keeps the language it was given; tell it, so that its replies follow the page.
      enqueue({ value: { lotsenAction: { type: 'set_language', language: lang } } }, null);
    }
    announce(t('languageSet'));
  }

  // ---------------------------------------------------------------------------------------------
  // Small DOM helpers

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function hidden(text) {
    return el('span', 'vh', text);
  }

  function randomHex(bytes) {
    // crypto.getRandomValues works on plain http too, unlike crypto.randomUUID.
    const values = crypto.getRandomValues(new Uint8Array(bytes));
    return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function announce(text) {
    // Clear first so that the same message twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = text;
    }, 50);
  }

  /** Only https, tel and mailto links are followed; anything else stays plain text. */
  function safeUrl(value) {
    if (typeof value !== 'string') return null;
    try {
      const url = new URL(value, location.href);
      return ['https:', 'tel:', 'mailto:'].includes(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  function link(href, label, className) {
    const a = el('a', className, label);
    a.href = href;
    if (href.startsWith('https:')) {
      // A new tab, so that the conversation (in memory only) is not lost.
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.append(' ', hidden(t('newTab')));
    }
    return a;
  }

  // ---------------------------------------------------------------------------------------------
  // Text: the markdown subset Adaptive Cards and Direct Line use (bold, italic, links, lists)

  // No lookbehind: Safari before 16.4 would refuse the whole script.
  const INLINE =
    /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(^|[^\p{L}\p{N}_])_(.+?)_(?![\p{L}\p{N}_])/gu;

  /** Appends plain text, with every phone number and web address in it as a link (linkify.js). */
  function appendLinked(parent, text) {
    for (const part of window.LotsenLinkify.linkify(text)) {
      parent.append(typeof part === 'string' ? part : link(part.href, part.text, 'inline-link'));
    }
  }

  function appendInline(parent, text) {
    let last = 0;
    for (const m of text.matchAll(INLINE)) {
      if (m.index > last) appendLinked(parent, text.slice(last, m.index));
      if (m[1] !== undefined) appendLinked(parent.appendChild(el('strong')), m[1]);
      else if (m[5] !== undefined) {
        appendLinked(parent, m[4]);
        appendLinked(parent.appendChild(el('em')), m[5]);
      } else {
        const href = safeUrl(m[3]);
        parent.append(href ? link(href, m[2]) : m[2]);
      }
      last = m.index + m[0].length;
    }
    if (last < text.length) appendLinked(parent, text.slice(last));
  }

  /**
   * Renders text into `parent` as paragraphs and lists; returns `parent`. `plain` text (Direct Line's
   * `textFormat: 'plain'`) keeps its characters as they are, line breaks included.
   */
  function renderText(parent, text, plain = false) {
    let para = null;
    let list = null;
    for (const line of String(text).split(/\r?\n/)) {
      const bullet = !plain && /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = !plain && /^\s*\d+[.)]\s+(.*)$/.exec(line);
      if (bullet || numbered) {
        const tag = bullet ? 'UL' : 'OL';
        if (!list || list.tagName !== tag) {
          list = el(tag.toLowerCase());
          parent.append(list);
        }
        const item = el('li');
        appendInline(item, (bullet || numbered)[1]);
        list.append(item);
        para = null;
      } else if (line.trim() === '') {
        para = null;
        list = null;
      } else {
        if (para) para.append(el('br'));
        else {
          para = el('p');
          parent.append(para);
        }
        if (plain) appendLinked(para, line);
        else appendInline(para, line);
        list = null;
      }
    }
    return parent;
  }

  // ---------------------------------------------------------------------------------------------
  // Adaptive Cards 1.5, the subset the bot sends

  const SIZES = new Set(['small', 'medium', 'large', 'extralarge']);
  const COLORS = new Set(['attention', 'good', 'warning', 'accent']);
  const STYLES = new Set(['emphasis', 'good', 'attention', 'warning', 'accent']);
  /** The card format's enum values are case-insensitive ("Bolder" and "bolder"). */
  const lower = (value) => (typeof value === 'string' ? value.toLowerCase() : '');

  function spacing(node, element) {
    if (element.separator) node.classList.add('sep');
    const space = lower(element.spacing);
    if (['none', 'small', 'large', 'extralarge'].includes(space)) node.classList.add(`sp-${space}`);
    return node;
  }

  function renderElements(items, parent) {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const node = renderElement(item);
      if (node) parent.append(node);
    }
  }

  function renderElement(e) {
    if (!e || typeof e !== 'object' || e.isVisible === false) return null;
    switch (e.type) {
      case 'TextBlock': {
        if (typeof e.text !== 'string' || e.text === '') return null;
        const [weight, size, color] = [lower(e.weight), lower(e.size), lower(e.color)];
        const heading =
          lower(e.style) === 'heading' ||
          (weight === 'bolder' && ['medium', 'large', 'extralarge'].includes(size));
        const node = heading ? el('h3', 'tb') : el('div', 'tb');
        if (weight === 'bolder') node.classList.add('bold');
        if (SIZES.has(size)) node.classList.add(`size-${size}`);
        if (e.isSubtle) node.classList.add('subtle');
        if (COLORS.has(color)) node.classList.add(`color-${color}`);
        // `wrap: false` would cut text off on a narrow phone; text always wraps here.
        if (heading) appendInline(node, e.text.replace(/\s*\n\s*/g, ' '));
        else renderText(node, e.text);
        return spacing(node, e);
      }
      case 'RichTextBlock': {
        const node = el('p', 'tb');
        for (const run of Array.isArray(e.inlines) ? e.inlines : []) {
          const text = typeof run === 'string' ? run : run && run.text;
          if (typeof text !== 'string') continue;
          const span = el(lower(run.weight) === 'bolder' ? 'strong' : run.italic ? 'em' : 'span');
          appendLinked(span, text);
          if (run.isSubtle) span.className = 'subtle';
          node.append(span);
        }
        return spacing(node, e);
      }
      case 'FactSet': {
        const facts = Array.isArray(e.facts) ? e.facts : [];
        if (facts.length === 0) return null;
        const dl = el('dl', 'facts');
        for (const fact of facts) {
          const row = el('div');
          const dt = el('dt');
          const dd = el('dd');
          appendInline(dt, String(fact.title ?? ''));
          appendInline(dd, String(fact.value ?? ''));
          row.append(dt, dd);
          dl.append(row);
        }
        return spacing(dl, e);
      }
      case 'Container': {
        const node = el('div', 'container');
        if (STYLES.has(lower(e.style))) node.classList.add(`style-${lower(e.style)}`);
        renderElements(e.items, node);
        if (e.selectAction) node.append(renderActions([e.selectAction]));
        return node.childNodes.length ? spacing(node, e) : null;
      }
      case 'ColumnSet': {
        const node = el('div', 'columns');
        for (const column of Array.isArray(e.columns) ? e.columns : []) {
          if (!column || column.isVisible === false) continue;
          const col = el('div', 'column');
          if (lower(column.width) === 'auto') col.classList.add('auto');
          renderElements(column.items, col);
          if (col.childNodes.length) node.append(col);
        }
        return node.childNodes.length ? spacing(node, e) : null;
      }
      case 'ActionSet':
        return spacing(renderActions(e.actions), e);
      default:
        // Elements we do not render (images, inputs) fall back as the card format says.
        return e.fallback && typeof e.fallback === 'object' ? renderElement(e.fallback) : null;
    }
  }

  function renderActions(actions) {
    const group = el('div', 'actions');
    for (const action of Array.isArray(actions) ? actions : []) {
      if (!action || typeof action.title !== 'string' || action.isEnabled === false) continue;
      if (action.type === 'Action.Submit') {
        const button = el('button', 'btn btn-action', action.title);
        button.type = 'button';
        button.addEventListener('click', () => submitCardAction(action.title, action.data));
        group.append(button);
      } else if (action.type === 'Action.OpenUrl') {
        const href = safeUrl(action.url);
        if (href) group.append(link(href, action.title, 'btn btn-action'));
      } else if (action.type === 'Action.ShowCard' && action.card) {
        const button = el('button', 'btn btn-action', action.title);
        button.type = 'button';
        button.setAttribute('aria-expanded', 'false');
        const inner = renderCard(action.card);
        inner.hidden = true;
        inner.id = `show-${randomHex(6)}`;
        button.setAttribute('aria-controls', inner.id);
        button.addEventListener('click', () => {
          inner.hidden = !inner.hidden;
          button.setAttribute('aria-expanded', String(!inner.hidden));
        });
        group.append(button, inner);
      }
    }
    return group;
  }

  function renderCard(card) {
    const node = el('div', 'card');
    renderElements(card.body, node);
    if (Array.isArray(card.actions) && card.actions.length)
      node.append(renderActions(card.actions));
    if (!node.childNodes.length && typeof card.fallbackText === 'string') {
      renderText(node, card.fallbackText);
    }
    return node;
  }

  function isCrisis(card) {
    const id = card && (card.id ?? (Array.isArray(card.body) && card.body[0] && card.body[0].id));
    return typeof id === 'string' && id.startsWith('crisis');
  }

  // ---------------------------------------------------------------------------------------------
  // The log

  function scrollToShow(node) {
    node.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  }

  function addUserMessage(text) {
    const node = el('div', 'msg msg-user');
    node.lang = lang;
    const bubble = el('div', 'bubble');
    bubble.append(hidden(`${t('you')} `));
    renderText(bubble, text);
    node.append(bubble);
    log.append(node);
    scrollToShow(node);
    return node;
  }

  function addNote(text) {
    const node = el('p', 'note', text);
    node.lang = lang;
    log.append(node);
    scrollToShow(node);
  }

  function botMessage(localeHint) {
    const node = el('div', 'msg msg-bot');
    node.lang = /^en/i.test(localeHint || '') ? 'en' : /^sv/i.test(localeHint || '') ? 'sv' : lang;
    node.append(hidden(STRINGS[node.lang].bot));
    return node;
  }

  function renderActivity(activity) {
    if (activity.type !== 'message') return null;
    const node = botMessage(activity.locale);
    if (typeof activity.text === 'string' && activity.text.trim() !== '') {
      node.append(renderText(el('div', 'bubble'), activity.text, activity.textFormat === 'plain'));
    }
    for (const attachment of Array.isArray(activity.attachments) ? activity.attachments : []) {
      if (!attachment || attachment.contentType !== CARD_TYPE || !attachment.content) continue;
      const card = renderCard(attachment.content);
      if (isCrisis(attachment.content)) {
        // A crisis card must stand out, and be read out at once.
        const alert = el('div', 'crisis');
        alert.setAttribute('role', 'alert');
        // The numbers to call come first, so that a phone shows them without scrolling.
        const calls = card.querySelector(':scope > .actions');
        if (calls) card.prepend(calls);
        alert.append(el('p', 'crisis-label', STRINGS[node.lang].crisisLabel), card);
        node.append(alert);
      } else {
        node.append(card);
      }
    }
    return node.childNodes.length > 1 ? node : null;
  }

  function showSuggestions(actions) {
    const hadFocus = suggestions.contains(document.activeElement);
    for (const old of suggestions.querySelectorAll('button, a')) old.remove();
    let count = 0;
    for (const action of Array.isArray(actions) ? actions : []) {
      if (!action || typeof action.title !== 'string') continue;
      const value = action.value;
      if (action.type === 'openUrl' || action.type === 'call') {
        const href = safeUrl(
          action.type === 'call' && !/^tel:/.test(value) ? `tel:${value}` : value,
        );
        if (href) suggestions.append(link(href, action.title, 'btn btn-suggestion'));
        count += href ? 1 : 0;
        continue;
      }
      const button = el('button', 'btn btn-suggestion', action.title);
      button.type = 'button';
      button.addEventListener('click', () => {
        if (action.type === 'messageBack') {
          enqueue({ text: action.text, value: action.value }, action.displayText ?? action.title);
        } else if (action.type === 'postBack') {
          enqueue(typeof value === 'string' ? { text: value } : { value }, null);
        } else {
          // imBack: the value is sent as the user's own words.
          const text = typeof value === 'string' ? value : action.title;
          enqueue({ text }, text);
        }
        input.focus();
      });
      suggestions.append(button);
      count += 1;
    }
    suggestions.hidden = count === 0;
    if (hadFocus && count === 0) input.focus();
  }

  function showWelcome() {
    log.textContent = '';
    const node = botMessage(locale());
    node.append(renderText(el('div', 'bubble'), t('welcome')));
    log.append(node);
    showSuggestions(t('starters').map((text) => ({ type: 'imBack', title: text, value: text })));
  }

  // ---------------------------------------------------------------------------------------------
  // Direct Line subset

  async function request(method, url, body) {
    const headers = {};
    if (conversation) headers.Authorization = `Bearer ${conversation.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    return response;
  }

  const isGone = (response) => [401, 403, 404].includes(response.status);

  async function startConversation() {
    conversation = null;
    watermark = '';
    const response = await request('POST', API);
    if (!response.ok) throw new Error(`start ${response.status}`);
    const data = await response.json();
    if (typeof data.conversationId !== 'string' || typeof data.token !== 'string') {
      throw new Error('start: bad response');
    }
    const ttl = (Number(data.expires_in) > 0 ? Number(data.expires_in) : 1800) * 1000;
    conversation = { id: data.conversationId, token: data.token, ttl, expiresAt: Date.now() + ttl };
  }

  function activitiesUrl() {
    return `${API}/${encodeURIComponent(conversation.id)}/activities`;
  }

  async function postActivity(part) {
    // The page shows Lotsen's notice at the start of every conversation and keeps it behind
    // "Om Lotsen", so the bot's greeting need not say it again (once per conversation).
    const activity = {
      type: 'message',
      from: { id: userId },
      locale: locale(),
      channelData: { lotsenNoticeShown: true },
    };
    if (typeof part.text === 'string') activity.text = part.text;
    if (part.value !== undefined) activity.value = part.value;
    return request('POST', activitiesUrl(), activity);
  }

  /** Sends one message; `display` is what the log shows as the user's words (null: nothing). */
  function enqueue(part, display) {
    // The notice is read once; then it folds away behind "Om Lotsen" and leaves the room to the talk.
    showNotice(false);
    const bubble = display ? addUserMessage(display) : null;
    started = true;
    showSuggestions([]);
    inFlight += 1;
    queue = queue
      .then(() => deliver(part, bubble))
      .finally(() => {
        inFlight -= 1;
      });
    return queue;
  }

  async function deliver(part, bubble) {
    try {
      let restarted = false;
      if (!conversation) await startConversation();
      let response = await postActivity(part);
      if (isGone(response)) {
        // The server forgot the conversation (expired, or restarted) before we noticed.
        restarted = true;
        await startConversation();
        response = await postActivity(part);
      }
      if (!response.ok) throw new Error(`post ${response.status}`);
      const data = await response.json().catch(() => ({}));
      if (typeof data.id === 'string') {
        seen.add(data.id);
        lastSentId = data.id;
      }
      status.textContent = '';
      // The server keeps an idle conversation this long after its last message.
      conversation.expiresAt = Date.now() + conversation.ttl;
      if (restarted) {
        // A new conversation: its notice is shown once, as at the start.
        addNote(t('restarted'));
        showNotice(true);
      }
      awaitingSince = Date.now();
      trailingUntil = 0;
      typing.hidden = false;
      schedulePoll(0);
    } catch {
      if (bubble) bubble.append(el('p', 'failed', t('notSent')));
      announce(t('sendFailed'));
    }
  }

  function schedulePoll(delay) {
    window.clearTimeout(pollTimer);
    pollTimer = window.setTimeout(poll, delay);
  }

  function stopAwaiting() {
    awaitingSince = 0;
    typing.hidden = true;
  }

  function expire() {
    window.clearTimeout(pollTimer);
    stopAwaiting();
    if (conversation && started) {
      addNote(t('expired'));
      // The next message starts a new conversation, whose notice is shown once, as at the start.
      showNotice(true);
    }
    conversation = null;
  }

  async function poll() {
    if (!conversation) return;
    if (Date.now() >= conversation.expiresAt) return expire();
    const busy = awaitingSince > 0 || Date.now() < trailingUntil;
    // Idle and out of sight: wait for the tab to come back (see visibilitychange).
    if (!busy && document.hidden) return;
    const current = conversation;
    try {
      const query = watermark ? `?watermark=${encodeURIComponent(watermark)}` : '';
      const response = await request('GET', `${activitiesUrl()}${query}`);
      if (current !== conversation) return;
      if (isGone(response)) return expire();
      if (!response.ok) throw new Error(`poll ${response.status}`);
      const data = await response.json();
      failures = 0;
      if (data.watermark !== undefined && data.watermark !== null)
        watermark = String(data.watermark);
      receive(Array.isArray(data.activities) ? data.activities : []);
    } catch {
      failures += 1;
    }
    if (current !== conversation) return;
    if (awaitingSince && Date.now() - awaitingSince > REPLY_TIMEOUT_MS) {
      stopAwaiting();
      announce(t('noReply'));
    }
    const fast = awaitingSince > 0 || Date.now() < trailingUntil;
    const base = fast ? FAST_POLL_MS : IDLE_POLL_MS;
    schedulePoll(Math.min(base * 2 ** Math.min(failures, 5), 60000));
  }

  function receive(activities) {
    let first = null;
    for (const activity of activities) {
      if (!activity || typeof activity !== 'object') continue;
      if (activity.id && seen.has(activity.id)) continue;
      if (activity.id) seen.add(activity.id);
      const from = activity.from || {};
      if (from.id === userId || (from.role && from.role !== 'bot')) continue;
      if (activity.type === 'typing') {
        typing.hidden = false;
        continue;
      }
      const node = renderActivity(activity);
      if (activity.type === 'message') {
        followLanguage(activity);
        showSuggestions(activity.suggestedActions && activity.suggestedActions.actions);
      }
      if (!node) continue;
      log.append(node);
      // A crisis card wins: its numbers to call must be what the screen shows.
      if (node.querySelector('.crisis')) first = node;
      else first ??= node;
      if (awaitingSince) stopAwaiting();
      trailingUntil = Date.now() + TRAILING_MS;
    }
    // Show the start of the first new message: a tall card is read from its top.
    if (first)
      first.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  }

  /**
   * When the bot answers the latest message in the other language (the user picked it in the chat, or
   * wrote in it), the page follows. Older replies, or replies while a message is on its way, do not
   * count: they may predate a switch the user just made.
   */
  function followLanguage(activity) {
    if (inFlight > 0 || !lastSentId || activity.replyToId !== lastSentId) return;
    const spoken = /^en/i.test(activity.locale || '')
      ? 'en'
      : /^sv/i.test(activity.locale || '')
        ? 'sv'
        : '';
    if (spoken && spoken !== lang) setLanguage(spoken, { tellBot: false });
  }

  function submitCardAction(title, data) {
    if (typeof data === 'string') return enqueue({ text: data }, title);
    const value = data && typeof data === 'object' ? { ...data } : {};
    const teams = value.msteams;
    delete value.msteams;
    if (teams && teams.type === 'imBack' && typeof teams.value === 'string') {
      return enqueue({ text: teams.value }, teams.value);
    }
    if (teams && teams.type === 'messageBack') {
      return enqueue({ text: teams.text, value: teams.value ?? value }, teams.displayText ?? title);
    }
    const chosen = value.lotsenAction || value;
    if (chosen.type === 'set_language' && (chosen.language === 'sv' || chosen.language === 'en')) {
      // The bot is told by this very message; the page follows.
      setLanguage(chosen.language, { tellBot: false });
    }
    return enqueue({ value }, title);
  }

  function showNotice(shown) {
    notice.hidden = !shown;
    aboutButton.setAttribute('aria-expanded', String(shown));
  }

  // ---------------------------------------------------------------------------------------------
  // Wiring

  aboutButton.addEventListener('click', () => showNotice(notice.hidden));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') {
      input.focus();
      return;
    }
    input.value = '';
    enqueue({ text }, text);
  });

  langButton.addEventListener('click', () =>
    setLanguage(lang === 'sv' ? 'en' : 'sv', { tellBot: true }),
  );

  $('new-chat').addEventListener('click', () => {
    if (started && !window.confirm(t('confirmNew'))) return;
    window.clearTimeout(pollTimer);
    conversation = null;
    started = false;
    lastSentId = '';
    seen.clear();
    stopAwaiting();
    showNotice(true);
    showWelcome();
    announce(t('cleared'));
    input.focus();
  });

  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && conversation) schedulePoll(0);
  });

  applyLanguage();
  showWelcome();
})();
