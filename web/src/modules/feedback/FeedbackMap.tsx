import { useEffect, useId, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './feedback.css';
import { useI18n } from '../../i18n/i18n';
import { Button } from '../../ui/kit';

export type LatLng = { lat: number; lng: number };

/** Where the tiles come from and where the map opens, as the server's map settings give them. */
export type MapView = { tileUrl: string; attribution: string; center: LatLng; zoom: number; maxZoom?: number };

/** A report on the map: its popup names it and links to its page. */
export type MapPoint = LatLng & { key: string; title: string; detail?: string; href?: string };

type FeedbackMapProps = {
  view: MapView;
  /** The map's accessible name. */
  label: string;
  /** Says where the same content is as text (the list beside the map). */
  description: string;
  points?: MapPoint[];
  /** The point being chosen (sending a report); with `onPick`, a tap or the "centre" button moves it. */
  picked?: LatLng | null;
  onPick?: (point: LatLng) => void;
  /** A new value pans the map there (e.g. "use my location"). */
  focus?: LatLng | null;
};

// Markers are HTML (a divIcon styled in feedback.css): Leaflet's default PNG icons resolve their paths at run
// time and break under a bundler, and a div can carry an accessible name.
const pin = (kind: 'report' | 'picked') => L.divIcon({ className: `fb-pin fb-pin-${kind}`, html: '<span aria-hidden="true"></span>', iconSize: [28, 28], iconAnchor: [14, 28], popupAnchor: [0, -26] });

/**
 * A Leaflet map of reports, or a point picker. Keyboard users reach it with Tab, pan with the arrow keys,
 * zoom with + and −, and open a report with Enter on its marker; the page always shows the same reports
 * as a list (the text alternative named by `description`), and the picker has a button that places the
 * point at the centre of the map instead of a tap.
 */
export function FeedbackMap({ view, label, description, points, picked, onPick, focus }: FeedbackMapProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const reports = useRef<L.LayerGroup | null>(null);
  const chosen = useRef<L.Marker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const descriptionId = useId();
  const closeLabel = useRef('');
  closeLabel.current = t('feedback.map.closePopup');

  useEffect(() => {
    if (!element.current) return;
    const created = L.map(element.current, { center: [view.center.lat, view.center.lng], zoom: view.zoom, zoomControl: false, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: t('feedback.map.zoomIn'), zoomOutTitle: t('feedback.map.zoomOut') }).addTo(created);
    L.tileLayer(view.tileUrl, { attribution: view.attribution, maxZoom: view.maxZoom ?? 19 }).addTo(created);
    created.attributionControl.setPrefix(false);
    reports.current = L.layerGroup().addTo(created);
    created.on('click', (event: L.LeafletMouseEvent) => pick.current?.({ lat: round(event.latlng.lat), lng: round(event.latlng.lng) }));
    // A popup opened from the keyboard takes the focus to its link; its close button speaks the page's language.
    created.on('popupopen', (event: L.PopupEvent) => {
      const box = event.popup.getElement();
      box?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', closeLabel.current);
      if (document.activeElement?.classList.contains('fb-pin')) box?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus();
    });
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      chosen.current = null;
    };
    // The map is made once per view; labels follow the language below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.tileUrl, view.attribution, view.center.lat, view.center.lng, view.zoom, view.maxZoom]);

  // The reports' markers, each a keyboard-reachable button whose popup links to the report.
  useEffect(() => {
    const group = reports.current;
    const current = map.current;
    if (!group || !current) return;
    group.clearLayers();
    for (const point of points ?? []) {
      const marker = L.marker([point.lat, point.lng], { icon: pin('report'), title: point.title, keyboard: true }).addTo(group);
      marker.getElement()?.setAttribute('aria-label', point.title);
      marker.bindPopup(() => popup(point, navigate));
    }
    if (points && points.length > 0) current.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])).pad(0.2), { maxZoom: 15 });
  }, [points, navigate, view]);

  // The chosen point.
  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (!picked) {
      chosen.current?.remove();
      chosen.current = null;
      return;
    }
    const at: [number, number] = [picked.lat, picked.lng];
    if (chosen.current) chosen.current.setLatLng(at);
    else chosen.current = L.marker(at, { icon: pin('picked'), keyboard: false, interactive: false }).addTo(current);
  }, [picked, view]);

  useEffect(() => {
    if (focus && map.current) map.current.setView([focus.lat, focus.lng], Math.max(map.current.getZoom(), 16));
  }, [focus]);

  return (
    <div className="fb-map-wrap">
      <div ref={element} className="fb-map" role="region" aria-label={label} aria-describedby={descriptionId} />
      <p id={descriptionId} className="kit-small kit-muted fb-map-note">{description}</p>
      {onPick && (
        <Button onClick={() => {
          const centre = map.current?.getCenter();
          if (centre) onPick({ lat: round(centre.lat), lng: round(centre.lng) });
        }}>{t('feedback.map.pickCentre')}</Button>
      )}
    </div>
  );
}

/** Six decimals: about 10 cm, more than a phone's GPS knows. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function popup(point: MapPoint, navigate: (to: string) => void): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement(point.href ? 'a' : 'strong');
  title.textContent = point.title;
  if (point.href && title instanceof HTMLAnchorElement) {
    const href = point.href;
    title.href = href;
    title.addEventListener('click', (event) => {
      event.preventDefault();
      navigate(href);
    });
  }
  box.append(title);
  if (point.detail) {
    const detail = document.createElement('div');
    detail.textContent = point.detail;
    box.append(detail);
  }
  return box;
}
