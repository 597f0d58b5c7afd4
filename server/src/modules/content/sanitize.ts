import sanitizeHtml from 'sanitize-html';

/** The platform's own uploaded images of articles: the only images an article may show. */
export const IMAGE_PATH = /^\/api\/news\/images\/([0-9a-f]{32})$/;
export const imagePath = (key: string) => `/api/news/images/${key}`;

/**
 * An article's body as the browser may render it: an allow-list of the tags Tiptap's editor writes
 * (paragraphs, headings, emphasis, lists, quotes, links, images), links only to http(s) and mail
 * addresses, images only from the platform's uploads (an absolute address of the portal is kept as a
 * path). Everything else (scripts, event handlers, styles, frames, `javascript:` links, foreign images)
 * is dropped. Pure: `publicUrl` is the portal's own address.
 */
export function sanitizeArticleHtml(html: string, publicUrl: string): string {
  const ownImage = (src: string | undefined): string | null => {
    if (!src) return null;
    const path = src.startsWith(`${publicUrl}/`) ? src.slice(publicUrl.length) : src;
    return IMAGE_PATH.test(path) ? path : null;
  };
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'a', 'img'],
    allowedAttributes: { a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt', 'title'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      // Headings start at h2: the page's title is its h1.
      h1: 'h2',
      a: (tagName, attribs) => ({
        tagName,
        attribs: {
          ...(attribs.href ? { href: attribs.href } : {}),
          ...(attribs.title ? { title: attribs.title } : {}),
          ...(attribs.target === '_blank' ? { target: '_blank' } : {}),
          rel: 'noopener noreferrer nofollow',
        },
      }),
      img: (tagName, attribs) => {
        const src = ownImage(attribs.src);
        return { tagName, attribs: { ...(src ? { src } : {}), alt: attribs.alt ?? '', ...(attribs.title ? { title: attribs.title } : {}) } };
      },
    },
    // An image that is not the platform's own is removed whole (allowedSchemesByTag leaves only relative paths).
    exclusiveFilter: (frame) => frame.tag === 'img' && !(frame.attribs.src && IMAGE_PATH.test(frame.attribs.src)),
  }).trim();
}

/** Plain text of sanitized HTML, for checks that something is left (an image counts as content). */
export const hasContent = (html: string) => /<img\s/.test(html) || sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim().length > 0;

/** The keys of the platform images an article's body shows. */
export const imageKeys = (html: string) => [...html.matchAll(/src="\/api\/news\/images\/([0-9a-f]{32})"/g)].map((m) => m[1]!);
