// Marks links that leave this site with data-extern, so that print.css prints their address after
// them. Material's instant navigation makes every href absolute, so CSS alone cannot tell a link to
// another website from a link to another page of this site. Runs once per visit (module), marks the
// links of every page Material shows (document$).

const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
// The site root, resolved once against the first page: later pages arrive by instant navigation.
const SITE_ROOT = new URL(config.base || ".", window.location.href).href;

export function isExternal(href, siteRoot = SITE_ROOT) {
  const url = new URL(href, siteRoot);
  return (url.protocol === "http:" || url.protocol === "https:") && !url.href.startsWith(siteRoot);
}

function markLinks() {
  for (const link of document.querySelectorAll(".md-content a[href]")) {
    if (isExternal(link.href)) {
      link.setAttribute("data-extern", "");
    }
  }
}

if (window.document$) {
  window.document$.subscribe(markLinks);
} else {
  markLinks();
}
