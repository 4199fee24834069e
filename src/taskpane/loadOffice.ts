/**
 * office.js as Microsoft requires it for production and AppSource: the page's <head> loads it from
 * the CDN (https://appsforoffice.microsoft.com/lib/1/hosted/office.js, "Referencing the Office
 * JavaScript API library" in office-js-docs-pr), and the CSP allows exactly that origin. When the
 * CDN script did not load (the pane opened offline for the preview, or behind a firewall that
 * blocks the CDN) the copy of the npm package served beside the pane is loaded instead; Microsoft
 * supports that copy for offline development and debugging only.
 */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_LOCAL = 'office-js/office.js';

/** Resolves once `Office` exists: at once after the CDN script, else after the local copy. */
export function loadOffice(doc: Document = document): Promise<void> {
  if (typeof Office !== 'undefined') return Promise.resolve();
  // office.js finds its own folder (host files, strings) from its <script> element: the failed
  // CDN element goes, so the only office.js element left is the local one.
  doc.querySelector(`script[src="${OFFICE_CDN}"]`)?.remove();
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = OFFICE_LOCAL;
    script.onload = () => resolve();
    script.onerror = () =>
      reject(new Error(`office.js loaded neither from ${OFFICE_CDN} nor here`));
    doc.head.appendChild(script);
  });
}
