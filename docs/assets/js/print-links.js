// Marks links that leave this site with data-extern, so that the print styles print their address
// after them. Instant navigation (navigation.js) makes every href absolute, so CSS alone cannot tell a
// link to another website from a link to another page of this site.
const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
// The site root, resolved once against the first page: later pages arrive by instant navigation.
const SITE_ROOT = new URL(config.base || ".", window.location.href).href;

function isExternal(href) {
  const url = new URL(href, SITE_ROOT);
  return (url.protocol === "http:" || url.protocol === "https:") && !url.href.startsWith(SITE_ROOT);
}

export function markExternalLinks(root) {
  for (const link of root.querySelectorAll(".md-content a[href]")) {
    if (isExternal(link.href)) link.setAttribute("data-extern", "");
  }
}
