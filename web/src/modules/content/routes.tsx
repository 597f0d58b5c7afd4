import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Questions = lazyPage(() => import('../../pages/QuestionsPage'), 'QuestionsPage');
const Question = lazyPage(() => import('../../pages/QuestionPage'), 'QuestionPage');
const Inbox = lazyPage(() => import('../../pages/QuestionInboxPage'), 'QuestionInboxPage', true);
const News = lazyPage(() => import('../../pages/NewsPage'), 'NewsPage');
const Article = lazyPage(() => import('../../pages/NewsArticlePage'), 'NewsArticlePage');
const Editorial = lazyPage(() => import('../../pages/NewsEditorialPage'), 'NewsEditorialPage', true);
const Editor = lazyPage(() => import('../../pages/NewsEditorPage'), 'NewsEditorPage', true);

/** The portal's content pages (questions and answers, news) and their menu links. The router ranks the fixed paths above `:id`. */
export const contentRoutes: PageRoute[] = [
  ['hoi-dap', Questions], ['hoi-dap/xu-ly', Inbox], ['hoi-dap/:id', Question],
  ['tin-tuc', News], ['tin-tuc/:slug', Article], ['bien-tap', Editorial], ['bien-tap/moi', Editor], ['bien-tap/:id', Editor],
];

export const contentMenu: MenuItem[] = [
  { to: '/hoi-dap', label: 'content.nav.questions', visible: () => true },
  { to: '/tin-tuc', label: 'content.nav.news', visible: () => true },
  { to: '/hoi-dap/xu-ly', label: 'content.nav.inbox', visible: (user) => user.kind === 'official' && (hasRole(user, 'specialist') || hasRole(user, 'leader')) },
  // Editors write; leaders and the admin review (the page itself says whose articles, by the server's rules).
  { to: '/bien-tap', label: 'content.nav.editorial', visible: (user) => user.kind === 'official' && (hasRole(user, 'editor') || hasRole(user, 'leader') || hasRole(user, 'admin')) },
];
