/** The pages' icon: three linked nodes. Inline SVG, so nothing is built or fetched for it. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<path d="M8 24 16 8 24 22Z" fill="none" stroke="#3b5b8c" stroke-width="2.5"/>
<circle cx="16" cy="8" r="5" fill="#e0803c"/><circle cx="8" cy="24" r="5" fill="#3b5b8c"/><circle cx="24" cy="22" r="5" fill="#3b5b8c"/>
</svg>`;

export const FAVICON_LINK = '<link rel="icon" type="image/svg+xml" href="/favicon.svg">';
