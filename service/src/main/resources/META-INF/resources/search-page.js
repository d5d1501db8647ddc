// The search page: a client of the public REST API only (/api/v1/...), so it doubles as an example for client
// developers. Its whole state lives in the address (see readState/addressOf), so a search can be bookmarked, shared
// and walked back with the browser's back button.

const LIST_PARAMS = ['topic', 'country', 'source'];
const FACETS = [
  {name: 'topic', legend: 'Chủ đề', english: 'Topic'},
  {name: 'country', legend: 'Quốc gia', english: 'Country'},
  {name: 'year', legend: 'Năm', english: 'Year'},
  {name: 'month', legend: 'Tháng', english: 'Month'},
];
// Date facets select through the from/to range: the API filters dates by range only.
const DATE_FACETS = new Set(['year', 'month']);
const FACET_SIZE = 20;
const MORE_FACET_VALUES = 100;
const SEARCH_DELAY_MS = 400;
const SUGGEST_DELAY_MS = 150;

const $ = (id) => document.getElementById(id);
const form = $('search-form');
const input = $('q');
const suggestionList = $('suggestions');

/** The page's state, read from the address: the search, the pages walked through, the article open. */
function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const state = {q: params.get('q') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '',
    sort: params.get('sort') ?? '', size: params.get('size') ?? '', doc: params.get('doc') ?? '',
    // The cursors of the pages after the first, in order: the last one is the page shown; popping it goes back.
    cursors: params.getAll('cursor')};
  for (const name of LIST_PARAMS) {
    state[name] = params.getAll(name);
  }
  return state;
}

/** The search part of the state as API query parameters, without paging. */
function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of LIST_PARAMS) {
    state[name].forEach((value) => params.append(name, value));
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params;
}

function addressOf(state) {
  const params = searchParams(state);
  if (state.sort) params.set('sort', state.sort);
  if (state.size) params.set('size', state.size);
  state.cursors.forEach((cursor) => params.append('cursor', cursor));
  if (state.doc) params.set('doc', state.doc);
  const query = params.toString();
  return query ? `search?${query}` : 'search';
}

let state = readState();

/**
 * Shows a new state and records it in the history. Typing replaces the entry that typing made, so back skips
 * the half-typed queries and returns to the state before the typing began.
 */
function go(changes, {typing = false, fromResults = false} = {}) {
  const next = {...state, ...changes};
  const address = addressOf(next);
  if (address === addressOf(state)) return;
  const entry = {typing, fromResults};
  if (typing && history.state?.typing) {
    history.replaceState(entry, '', address);
  } else {
    history.pushState(entry, '', address);
  }
  state = next;
  show({typing});
}

/** A change to the search itself starts again from its first page. */
function refine(changes, options) {
  go({...changes, cursors: [], doc: ''}, options);
}

window.addEventListener('popstate', () => {
  state = readState();
  show();
});

async function getJson(path, params, signal) {
  const response = await fetch(params?.toString() ? `${path}?${params}` : path,
      {headers: {Accept: 'application/json'}, signal});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    // Problems (RFC 9457) say what was wrong in detail, e.g. an unreadable date.
    throw new Error(body?.detail || body?.title || `HTTP ${response.status}`);
  }
  return body;
}

// ---------- Safe rendering ----------

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/**
 * Appends the API's highlighted HTML (escaped text with matches in <mark>) as text and <mark> elements only. It is
 * parsed in an inert document and copied node by node, so nothing but marks can reach the page even if a response
 * carried other markup.
 */
function appendMarked(parent, html) {
  const copy = (from, into) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        into.append(node.data);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.localName === 'mark') {
          copy(node, into.appendChild(document.createElement('mark')));
        } else {
          copy(node, into);
        }
      }
    }
  };
  copy(new DOMParser().parseFromString(html, 'text/html').body, parent);
  return parent;
}

/** 2024-01-29 as 29/01/2024, 2022-11 as 11/2022: dates as precise as the source, read the Vietnamese way. */
function dateText(value) {
  return value.split('-').reverse().join('/');
}

function dateElement(value) {
  return value ? element('time', {datetime: value}, dateText(value)) : element('span', {}, 'Không rõ ngày / No date');
}

function tagList(countries, topics, label) {
  return element('ul', {class: 'chips tags', 'aria-label': label},
      ...countries.map((country) => element('li', {class: 'tag country'},
          element('abbr', {class: 'code', title: country.name}, country.code), ' ', country.name)),
      ...topics.map((topic) => element('li', {class: 'tag topic'}, topic.label)));
}

function hitElement(hit, headingLevel) {
  const link = element('a', {class: 'result-link', href: addressOf({...state, doc: hit.id}), dataset: {id: hit.id}});
  if (hit.titleHighlighted) appendMarked(link, hit.titleHighlighted);
  else if (hit.title) link.append(hit.title);
  else untitled(link, hit.snippet);
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    lastOpened = hit.id;
    go({doc: hit.id}, {fromResults: !state.doc});
  });
  const meta = element('p', {class: 'meta'}, dateElement(hit.publishedAt));
  if (hit.source) {
    meta.append(' · ', element('span', {class: 'source'}, element('span', {class: 'visually-hidden'}, 'Nguồn / Source: '),
        hit.source));
  }
  return element('li', {},
      element('article', {class: 'result', 'data-id': hit.id},
          element(headingLevel, {class: 'result-title'}, link),
          meta,
          hit.snippet ? appendMarked(element('p', {class: 'snippet'}), hit.snippet) : null,
          tagList(hit.countries, hit.topics, 'Quốc gia và chủ đề / Countries and topics')));
}

/** An article without a headline is named by the start of its text, so links to untitled articles differ. */
function untitled(link, snippet) {
  const words = appendMarked(document.createElement('span'), snippet ?? '').textContent.split(/\s+/);
  link.classList.add('untitled');
  link.append(words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ') || 'Không có tiêu đề / Untitled');
}

// ---------- Results ----------

let searchAbort;
// The article last opened from the results: its link takes the focus back when the results return.
let lastOpened;
let nextCursor;

async function show({typing = false} = {}) {
  if (!typing) input.value = state.q;
  $('from').value = state.from;
  $('to').value = state.to;
  selectValue($('sort'), state.sort);
  selectValue($('size'), state.size);
  const article = Boolean(state.doc);
  $('results-view').hidden = article;
  $('article-view').hidden = !article;
  document.title = article ? 'Bài báo / Article — Tìm kiếm tin tức' : titleFor(state);
  if (article) {
    await showArticle(state.doc);
  } else {
    await showResults();
  }
}

function titleFor(current) {
  return current.q ? `${current.q} — Tìm kiếm tin tức / News search` : 'Tìm kiếm tin tức / News search';
}

/** Selects a value, adding it as an option when the address asks for one the list lacks (e.g. size=2). */
function selectValue(select, value) {
  if (![...select.options].some((option) => option.value === value)) {
    select.append(element('option', {}, value));
  }
  select.value = value;
}

async function showResults() {
  searchAbort?.abort();
  const search = new AbortController();
  searchAbort = search;
  const params = searchParams(state);
  if (state.sort) params.set('sort', state.sort);
  if (state.size) params.set('size', state.size);
  if (state.cursors.length) params.set('cursor', state.cursors.at(-1));
  params.set('facetSize', FACET_SIZE);
  const results = $('results');
  results.setAttribute('aria-busy', 'true');
  let response;
  try {
    response = await getJson('api/v1/search', params, search.signal);
  } catch (error) {
    if (error.name !== 'AbortError') showError(error);
    return;
  } finally {
    // A search replaced by a newer one leaves the results busy: the newer one is still on its way.
    if (searchAbort === search) results.removeAttribute('aria-busy');
  }
  $('error').hidden = true;
  const focused = document.activeElement?.id;
  renderResults(response);
  renderFacets(response.facets);
  renderActiveFilters(response.applied.filters);
  // A re-rendered checkbox or pager button takes the focus back, so keyboard users keep their place; a pager
  // button disabled on the first or last page hands it to the results.
  if (focused && document.activeElement === document.body) {
    $(focused)?.focus();
    if (document.activeElement === document.body) results.focus();
  }
  if (lastOpened) {
    results.querySelector(`.result-link[data-id="${CSS.escape(lastOpened)}"]`)?.focus();
    lastOpened = undefined;
  }
}

function showError(error) {
  const box = $('error');
  box.textContent = `Lỗi / Error: ${error.message}`;
  box.hidden = false;
}

function renderResults(response) {
  const page = state.cursors.length + 1;
  const total = response.totalExact ? response.total.toLocaleString('vi-VN') : `hơn / over ${response.total.toLocaleString('vi-VN')}`;
  $('results-heading').textContent = `${total} kết quả / results` + (page > 1 ? ` · trang / page ${page}` : '');
  $('results').replaceChildren(...response.hits.map((hit) => hitElement(hit, 'h3')));
  $('page-number').textContent = response.hits.length ? `Trang / Page ${page}` : '';
  $('prev-page').disabled = page === 1;
  $('next-page').disabled = !response.nextCursor;
  nextCursor = response.nextCursor;

  const suggestion = $('did-you-mean');
  suggestion.hidden = !response.didYouMean;
  if (response.didYouMean) {
    const button = element('button', {type: 'button', class: 'link'}, response.didYouMean);
    button.addEventListener('click', () => refine({q: response.didYouMean}));
    suggestion.replaceChildren('Có phải bạn muốn tìm / Did you mean: ', button, ' ?');
  }
}

$('next-page').addEventListener('click', () => {
  if (nextCursor) go({cursors: [...state.cursors, nextCursor]});
});
$('prev-page').addEventListener('click', () => go({cursors: state.cursors.slice(0, -1)}));

// ---------- Facets ----------

function renderFacets(facets) {
  $('facets').replaceChildren(...FACETS.filter((facet) => facets[facet.name]?.length)
      .map((facet) => facetElement(facet, facets[facet.name])));
}

/** A facet's fieldset; when the search listed as many values as it asked for, a button lists up to 100. */
function facetElement(facet, buckets, expandable = buckets.length >= FACET_SIZE) {
  const list = element('ul', {class: 'facet-values'}, ...buckets.map((bucket) => bucketElement(facet, bucket, buckets)));
  const fieldset = element('fieldset', {class: 'facet', 'data-facet': facet.name},
      element('legend', {}, facet.legend, ' ', element('span', {lang: 'en'}, `/ ${facet.english}`)), list);
  if (expandable) {
    const more = element('button', {type: 'button', class: 'link more', id: `more-${facet.name}`},
        'Thêm / More');
    more.addEventListener('click', async () => {
      const params = searchParams(state);
      params.set('size', MORE_FACET_VALUES);
      try {
        const all = await getJson(`api/v1/facets/${facet.name}`, params);
        const fuller = facetElement(facet, all.buckets, false);
        fieldset.replaceWith(fuller);
        // The first value not listed before takes the focus from the button, which is gone.
        fuller.querySelectorAll('input')[buckets.length]?.focus();
      } catch (error) {
        showError(error);
      }
    });
    fieldset.append(more);
  }
  return fieldset;
}

function bucketElement(facet, bucket, buckets) {
  const id = `facet-${facet.name}-${bucket.value}`;
  // Articles without a date cannot be asked for: the API's date filter is a range.
  const unselectable = DATE_FACETS.has(facet.name) && bucket.value === 'unknown';
  const checkbox = element('input', {type: 'checkbox', id, checked: bucket.selected, disabled: unselectable,
    dataset: {value: bucket.value}});
  checkbox.addEventListener('change', () => refine(toggled(facet.name, bucket, buckets)));
  const name = facet.name === 'country'
      ? [element('abbr', {class: 'code', title: bucket.label}, bucket.value), ' ', bucket.label]
      : [bucket.label];
  return element('li', {},
      checkbox,
      element('label', {for: id}, element('span', {class: 'name'}, ...name),
          element('span', {class: 'count'}, element('span', {class: 'visually-hidden'}, ', số bài / articles: '),
              String(bucket.count))));
}

/** The state change that ticking or unticking a bucket makes. */
function toggled(facetName, bucket, buckets) {
  if (!DATE_FACETS.has(facetName)) {
    const values = state[facetName].filter((value) => value !== bucket.value);
    return {[facetName]: bucket.selected ? values : [...values, bucket.value]};
  }
  // Several years or months select the range from the first to the last of them.
  const chosen = buckets.filter((other) => other.selected && other.value !== bucket.value).map((other) => other.value);
  if (!bucket.selected) chosen.push(bucket.value);
  chosen.sort();
  return chosen.length ? {from: chosen[0], to: chosen.at(-1)} : {from: '', to: ''};
}

function renderActiveFilters(applied) {
  const chips = [
    ...applied.topic.map((topic) => [`Chủ đề / Topic: ${topic.label}`, {topic: without(state.topic, topic.value)}]),
    ...applied.country.map((country) => [`Quốc gia / Country: ${country.label}`,
      {country: without(state.country, country.value)}]),
    ...applied.source.map((source) => [`Nguồn / Source: ${source}`, {source: without(state.source, source)}]),
    ...(applied.from ? [[`Từ / From: ${dateText(applied.from)}`, {from: ''}]] : []),
    ...(applied.to ? [[`Đến / To: ${dateText(applied.to)}`, {to: ''}]] : []),
  ].map(([text, change]) => {
    const button = element('button', {type: 'button', class: 'chip', 'aria-label': `Bỏ / Remove ${text}`}, text, ' ×');
    button.addEventListener('click', () => refine(change));
    return element('li', {}, button);
  });
  $('active-filters').replaceChildren(...chips);
}

/**
 * The state's values without one resolved by the API: the address may name a country as "Lào" or "la" and the API
 * answers "LA", so values are compared as the API resolves them, case and marks aside.
 */
function without(values, resolved) {
  const key = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
  return values.filter((value) => key(value) !== key(resolved));
}

// ---------- Dates, sort, size ----------

$('apply-dates').addEventListener('click', applyDates);
for (const id of ['from', 'to']) {
  $(id).addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      applyDates();
    }
  });
}

function applyDates() {
  refine({from: $('from').value.trim(), to: $('to').value.trim()});
}

$('sort').addEventListener('change', (event) => refine({sort: event.target.value}));
$('size').addEventListener('change', (event) => refine({size: event.target.value}));

// ---------- Search box and autocomplete ----------

let composing = false;
let searchTimer;
let suggestTimer;
let suggestAbort;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  closeSuggestions();
  refine({q: input.value.trim()});
});

// An input method (Telex, VNI) builds a syllable through a composition: nothing is searched until it is complete.
input.addEventListener('compositionstart', () => {
  composing = true;
});
input.addEventListener('compositionend', () => {
  composing = false;
  typed();
});
input.addEventListener('input', (event) => {
  if (composing || event.isComposing) return;
  typed();
});

function typed() {
  clearTimeout(searchTimer);
  clearTimeout(suggestTimer);
  searchTimer = setTimeout(() => refine({q: input.value.trim()}, {typing: true}), SEARCH_DELAY_MS);
  suggestTimer = setTimeout(suggest, SUGGEST_DELAY_MS);
}

async function suggest() {
  suggestAbort?.abort();
  const text = input.value.trim();
  if (!text) {
    closeSuggestions();
    return;
  }
  suggestAbort = new AbortController();
  let suggestions;
  try {
    suggestions = await getJson('api/v1/suggest', new URLSearchParams({q: text, size: '5'}), suggestAbort.signal);
  } catch {
    // Autocomplete is a convenience: without it the search still works.
    closeSuggestions();
    return;
  }
  const kinds = {country: 'Quốc gia / Country', topic: 'Chủ đề / Topic', organisation: 'Tổ chức / Organisation'};
  const options = [
    ...suggestions.entities.map((entity) => [`${kinds[entity.kind]}: `, entity.label, () => pickEntity(entity)]),
    ...suggestions.titles.map((title) => ['Bài / Article: ', title.title, () => {
      lastOpened = title.id;
      go({doc: title.id});
    }]),
  ];
  suggestionList.replaceChildren(...options.map(([kind, label, pick], index) => {
    const option = element('li', {role: 'option', id: `suggestion-${index}`, 'aria-selected': 'false'},
        element('span', {class: 'kind'}, kind), label);
    option.addEventListener('mousedown', (event) => event.preventDefault());
    option.addEventListener('click', () => choose(pick));
    option.pick = pick;
    return option;
  }));
  const open = options.length > 0 && document.activeElement === input;
  suggestionList.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
  input.removeAttribute('aria-activedescendant');
}

/** A country or topic becomes a filter in place of the words typed for it; an organisation is searched by name. */
function pickEntity(entity) {
  if (entity.kind === 'organisation') {
    refine({q: entity.label});
  } else {
    input.value = '';
    refine({q: '', [entity.kind]: [...without(state[entity.kind], entity.value), entity.value]});
  }
}

function choose(pick) {
  clearTimeout(searchTimer);
  closeSuggestions();
  pick();
}

function closeSuggestions() {
  suggestAbort?.abort();
  clearTimeout(suggestTimer);
  suggestionList.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

input.addEventListener('keydown', (event) => {
  const options = [...suggestionList.children];
  if (suggestionList.hidden || !options.length || event.isComposing) return;
  const current = options.findIndex((option) => option.id === input.getAttribute('aria-activedescendant'));
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = (current + step + options.length + (current < 0 && step < 0 ? 1 : 0)) % options.length;
    options.forEach((option, index) => option.setAttribute('aria-selected', String(index === next)));
    input.setAttribute('aria-activedescendant', options[next].id);
    options[next].scrollIntoView({block: 'nearest'});
  } else if (event.key === 'Enter' && current >= 0) {
    event.preventDefault();
    choose(options[current].pick);
  } else if (event.key === 'Escape') {
    closeSuggestions();
  }
});
input.addEventListener('blur', closeSuggestions);

// ---------- Keyboard: arrows move through results and through a facet's values; "/" goes to the search box ----------

function moveFocus(event, items) {
  const steps = {ArrowDown: 1, ArrowUp: -1};
  if (!(event.key in steps) && event.key !== 'Home' && event.key !== 'End') return;
  const index = items.indexOf(document.activeElement);
  if (index < 0) return;
  event.preventDefault();
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1
      : Math.min(items.length - 1, Math.max(0, index + steps[event.key]));
  items[next].focus();
}

for (const list of [$('results'), $('related')]) {
  list.addEventListener('keydown', (event) => moveFocus(event, [...list.querySelectorAll('.result-link')]));
}
$('facets').addEventListener('keydown', (event) => {
  const fieldset = event.target.closest('fieldset');
  if (fieldset) moveFocus(event, [...fieldset.querySelectorAll('input:not(:disabled)')]);
});
document.addEventListener('keydown', (event) => {
  if (event.key === '/' && !event.target.closest('input, select, textarea')) {
    event.preventDefault();
    input.focus();
  }
});

document.querySelector('[data-home]').addEventListener('click', (event) => {
  event.preventDefault();
  go(readState(''));
});

// ---------- Article view ----------

let articleAbort;

async function showArticle(id) {
  articleAbort?.abort();
  articleAbort = new AbortController();
  const path = `api/v1/documents/${encodeURIComponent(id)}`;
  let article;
  let related;
  try {
    [article, related] = await Promise.all([getJson(path, null, articleAbort.signal),
      getJson(`${path}/related`, null, articleAbort.signal)]);
  } catch (error) {
    if (error.name === 'AbortError') return;
    $('article-title').textContent = 'Không mở được bài / Article not available';
    $('article-meta').textContent = error.message;
    for (const part of ['article-tags', 'article-body', 'related']) $(part).replaceChildren();
    return;
  }
  const title = $('article-title');
  title.textContent = article.title ?? 'Không có tiêu đề / Untitled';
  document.title = `${title.textContent} — Tìm kiếm tin tức`;
  const meta = [dateElement(article.published?.value)];
  if (article.source) meta.push(' · ', article.source);
  if (article.url && /^https?:\/\//i.test(article.url)) {
    meta.push(' · ', element('a', {href: article.url, rel: 'noopener noreferrer'}, 'Bài gốc / Original'));
  }
  $('article-meta').replaceChildren(...meta);
  $('article-tags').replaceChildren(tagList(article.countries ?? [], article.topics ?? [],
      'Quốc gia và chủ đề / Countries and topics'));
  const paragraphs = (article.body ?? '').split(/\n\s*\n/).filter((text) => text.trim());
  const body = paragraphs.map((text) => element('p', {}, text.trim()));
  if (article.captions?.length) {
    body.push(element('h3', {}, 'Chú thích ảnh / Photo captions'),
        element('ul', {class: 'captions'}, ...article.captions.map((caption) => element('li', {}, caption))));
  }
  $('article-body').replaceChildren(...body);
  $('related').replaceChildren(...related.hits.map((hit) => hitElement(hit, 'h4')));
  if (!related.hits.length) $('related').append(element('li', {}, 'Không có / None'));
  title.focus();
}

$('back-to-results').addEventListener('click', () => {
  lastOpened = state.doc;
  if (history.state?.fromResults) history.back();
  else go({doc: ''});
});

// ---------- Start ----------

if (matchMedia('(max-width: 44rem)').matches) $('filters').open = false;
history.replaceState({typing: false, fromResults: false}, '', location.href);
show();
