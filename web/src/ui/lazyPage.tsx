import { lazy, type ComponentType, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/vi';
import type { Me } from '../modules/identity/session';

/**
 * A page loaded with its route only: a citizen on a phone downloads the code of the pages they open.
 * Officers' and admins' screens come with Ant Design (`antd`), which the citizen's pages never load.
 */
export function lazyPage<K extends string>(load: () => Promise<{ [key in K]: () => ReactNode }>, name: K, antd = false): ComponentType {
  return lazy(async () => {
    const [module, scope] = await Promise.all([load(), antd ? import('./AntdScope') : undefined]);
    const Page: () => ReactNode = module[name];
    const Scope = scope?.AntdScope;
    return { default: Scope ? () => <Scope><Page /></Scope> : Page };
  });
}

/** A module's pages: path under the portal (no leading slash) and the page. */
export type PageRoute = [path: string, page: ComponentType];

/** A link a module adds to the account menu, for the users it concerns. */
export type MenuItem = { to: string; label: MessageKey; visible: (user: Me) => boolean };
