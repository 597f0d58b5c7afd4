import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Endpoints = lazyPage(() => import('../../pages/MeetingEndpointsPage'), 'MeetingEndpointsPage', true);
const Meetings = lazyPage(() => import('../../pages/MeetingsPage'), 'MeetingsPage', true);
const Schedule = lazyPage(() => import('../../pages/MeetingSchedulePage'), 'MeetingSchedulePage', true);
const Statistics = lazyPage(() => import('../../pages/MeetingStatisticsPage'), 'MeetingStatisticsPage', true);
const Meeting = lazyPage(() => import('../../pages/MeetingPage'), 'MeetingPage', true);
const Room = lazyPage(() => import('../../pages/EndpointRoomPage'), 'EndpointRoomPage');

/** The online-meeting pages (họp trực tuyến, điểm cầu) and their menu links. The router ranks the fixed paths above `:id`. */
export const meetingRoutes: PageRoute[] = [
  ['quan-tri/diem-cau', Endpoints], ['hop-truc-tuyen', Meetings], ['hop-truc-tuyen/to-chuc', Schedule], ['hop-truc-tuyen/thong-ke', Statistics],
  ['hop-truc-tuyen/:id', Meeting], ['diem-cau/phong/:key', Room],
];

export const meetingMenu: MenuItem[] = [
  { to: '/hop-truc-tuyen', label: 'meetings.nav.meetings', visible: (user) => user.kind === 'official' },
  { to: '/quan-tri/diem-cau', label: 'meetings.nav.endpoints', visible: (user) => hasRole(user, 'admin') },
];
