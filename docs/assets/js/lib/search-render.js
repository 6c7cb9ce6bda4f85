// The markup of one search result, as Material 9.8 builds it (templates/search/index.tsx,
// renderSearchResultItem), so that Material's CSS styles it. Title and text come from Material's search
// worker as HTML (the index holds escaped text; the worker adds <mark> around the matched terms), and
// are inserted as such, as Material does.

// `translate(key, value)`: the text `key` of __config's translations, with `#` replaced by `value`.
export function renderResultItem(result, base, translate) {
  const threshold = result[0].score;
  const docs = [...result];

  // The page itself: the document whose address has no #fragment.
  const parent = docs.findIndex((doc) => !new URL(doc.location, base).href.includes("#"));
  const [article] = docs.splice(parent, 1);

  // The sections that score as well as the best one are shown; the others fold into a <details>.
  let index = docs.findIndex((doc) => doc.score < threshold);
  if (index === -1) index = docs.length;
  const best = docs.slice(0, index);
  const more = docs.slice(index);

  const item = element("li", "md-search-result__item");
  item.append(renderDocument(article, { parent: true, teaser: !parent && index === 0 }, base, translate));
  for (const section of best) item.append(renderDocument(section, { teaser: true }, base, translate));
  if (more.length) {
    const details = element("details", "md-search-result__more");
    const summary = document.createElement("summary");
    summary.tabIndex = -1;
    const label = document.createElement("div");
    label.textContent = more.length === 1
      ? translate("search.result.more.one")
      : translate("search.result.more.other", more.length);
    summary.append(label);
    details.append(summary);
    for (const section of more) details.append(renderDocument(section, { teaser: true }, base, translate));
    item.append(details);
  }
  return item;
}

function renderDocument(doc, { parent = false, teaser = false }, base, translate) {
  const link = element("a", "md-search-result__link");
  link.href = new URL(doc.location, base).href;
  link.tabIndex = -1;
  const article = element("article", "md-search-result__article md-typeset");
  article.dataset.mdScore = doc.score.toFixed(2);
  if (parent) article.append(element("div", "md-search-result__icon md-icon"));
  article.insertAdjacentHTML("beforeend", `<${parent ? "h1" : "h2"}>${doc.title}</${parent ? "h1" : "h2"}>`);
  if (teaser && doc.text.length > 0) article.insertAdjacentHTML("beforeend", doc.text);
  if (doc.tags) {
    const nav = element("nav", "md-tags");
    for (const tag of doc.tags) {
      const span = element("span", "md-tag");
      span.textContent = tag;
      nav.append(span);
    }
    article.append(nav);
  }
  // The query's terms this document lacks, struck through.
  const missing = Object.keys(doc.terms).filter((term) => !doc.terms[term]);
  if (teaser && missing.length > 0) {
    const terms = element("p", "md-search-result__terms");
    terms.append(`${translate("search.result.term.missing")}: `);
    missing.forEach((term, i) => {
      const del = document.createElement("del");
      del.textContent = term;
      terms.append(...(i ? [" ", del] : [del]));
    });
    article.append(terms);
  }
  link.append(article);
  return link;
}

// The meta line above the list: Material's wording, its numbers rounded as Material does (1k, 1.1k).
export function metaText(count, query, translate) {
  if (count === 0) return translate(query ? "search.result.none" : "search.result.placeholder");
  if (count === 1) return translate("search.result.one");
  return translate("search.result.other", count > 999
    ? `${((count + 0.000001) / 1000).toFixed(+((count - 950) % 1000 > 99))}k`
    : count);
}

function element(tag, className) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
